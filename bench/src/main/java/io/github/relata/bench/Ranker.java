package io.github.relata.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A related-posts method under evaluation: it indexes a corpus once, then answers one query per post.
 *
 * <p>Implementations need not be thread-safe; the harness calls them from one thread, always
 * {@link #index} first. To add a method to the evaluation, implement this and add its constructor to
 * {@link Rankers#all()}.
 */
public interface Ranker extends AutoCloseable {

  /** Returns the short name used in reports and output file names, e.g. {@code "plain-tfidf"}. */
  String name();

  /**
   * Indexes the posts, replacing any previous index. Must never read {@link CorpusPost#labels()}; the
   * harness passes posts without labels anyway.
   *
   * @param posts the corpus, ids unique
   */
  void index(List<CorpusPost> posts);

  /**
   * Returns the ids of the posts most related to {@code id}, best first: never {@code id} itself, at
   * most {@code k}.
   *
   * @param id the id of an indexed post
   * @param k the maximum number of results, positive
   * @return the related ids, possibly empty
   * @throws IllegalArgumentException if {@code id} is not indexed or {@code k} is not positive
   * @throws IllegalStateException if nothing has been indexed
   */
  List<String> related(String id, int k);

  /**
   * Returns {@link #related} with scores, as written to related-lists files. This default, for rankers
   * without scores, gives the entry at rank {@code r} (1-based) the score {@code 1 / r}; both built-in
   * rankers override it with their real scores.
   *
   * @param id the id of an indexed post
   * @param k the maximum number of results, positive
   * @return the related posts, best first
   * @throws IllegalArgumentException if {@code id} is not indexed or {@code k} is not positive
   * @throws IllegalStateException if nothing has been indexed
   */
  default List<RankedPost> scored(String id, int k) {
    List<String> ids = related(id, k);
    List<RankedPost> result = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      result.add(new RankedPost(ids.get(i), 1.0 / (i + 1)));
    }
    return result;
  }

  /** Releases the index; the default does nothing. */
  @Override
  default void close() {}
}
