package io.github.relata.bench.perf;

import io.github.relata.Article;
import java.util.List;

/**
 * One related-posts engine as the performance suite drives it: build an index, add a post, ask for one
 * post's related list, and compute every post's list. Posts are addressed by their position in the list
 * given to {@link #build}, so that neither engine pays for an id lookup the other does not.
 *
 * <p>{@link #query} may be called from several threads at once; the other methods from one thread.
 */
interface PerfEngine extends AutoCloseable {

  /** The names accepted by {@link #create}, in report order. */
  List<String> NAMES = List.of(RelataEngine.NAME, LuceneMltEngine.NAME);

  /** Returns a new, empty engine of the given name: {@code relata} or {@code lucene-mlt}. */
  static PerfEngine create(String name) {
    return switch (name) {
      case RelataEngine.NAME -> new RelataEngine();
      case LuceneMltEngine.NAME -> new LuceneMltEngine();
      default -> throw new IllegalArgumentException("unknown engine: " + name + " (known: " + String.join(", ", NAMES) + ")");
    };
  }

  /** Returns the engine's name in reports. */
  String name();

  /**
   * Indexes the posts, using every core where the engine can.
   *
   * @param articles posts with unique ids
   */
  void build(List<Article> articles);

  /** Returns the number of posts indexed by {@link #build}. */
  int size();

  /**
   * Returns the related list of the post at position {@code ord}: at most {@code k} posts, never itself.
   * The result is the engine's own (Relata's {@code RelatedPost}s, Lucene's {@code TopDocs} with the query
   * post dropped); its size is all a caller may rely on.
   */
  List<?> query(int ord, int k);

  /** Prepares {@link #add}: opens what adding needs, outside the measurement. */
  void beginAdds();

  /**
   * Adds one post that is not indexed and returns what can be queried afterwards: Relata a new snapshot,
   * Lucene a searcher over a reopened near-real-time reader.
   */
  Object add(Article article);

  /** Discards every post added since {@link #beginAdds}, so the index is as built. */
  void endAdds();

  /**
   * Computes the related lists of {@code k} of {@code queries} posts spread evenly over the index (every
   * post when {@code queries} is the size) on {@code threads} threads.
   *
   * @return the total number of related posts found, to check and to keep the work from being optimised away
   */
  long allPairs(int k, int threads, int queries);

  /** Returns the position of the {@code i}th of {@code queries} posts spread evenly over {@code size}. */
  static int spread(int i, int queries, int size) {
    return (int) ((long) i * size / queries);
  }

  /** Releases the index. */
  @Override
  void close();
}
