package io.github.relata.bench.perf;

import io.github.relata.Article;
import java.io.IOException;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * JMH state: {@code size} synthetic posts ({@link SyntheticCorpus}, default seed) indexed by one engine,
 * built once per fork, outside the measurement.
 */
@State(Scope.Benchmark)
public class IndexedPosts {

  /** The related-list length of every query: {@value}. */
  public static final int K = 10;

  /** From this many posts on, the posts are made as the engine reads them; see {@link #build}. */
  static final int GENERATED_FROM = 1_000_000;

  /** The number of posts: pick with {@code -p size=100000}. */
  @Param({"10000", "100000", "1000000"})
  public int size;

  /** The engine: {@code relata} or {@code lucene-mlt}. */
  @Param({"relata", "lucene-mlt"})
  public String engine;

  SyntheticCorpus corpus;
  PerfEngine index;

  /**
   * Generates the posts and builds the index. From {@value #GENERATED_FROM} posts on, each post is made as the
   * engine reads it and not kept, so that the heap holds the index and not the posts too (1M posts and their
   * bodies take more than the index: a run in a 2 GiB heap measures the engine, not the harness).
   */
  @Setup(Level.Trial)
  public void build() throws IOException {
    corpus = SyntheticCorpus.loadShared();
    List<Article> articles = size >= GENERATED_FROM ? SitePosts.generated(corpus, 0, size) : SitePosts.materialise(corpus, size);
    index = PerfEngine.create(engine);
    index.build(articles);
  }

  /** Releases the index. */
  @TearDown(Level.Trial)
  public void close() {
    index.close();
  }
}
