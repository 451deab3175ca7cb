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

  /** The number of posts: pick with {@code -p size=100000}. */
  @Param({"10000", "100000", "1000000"})
  public int size;

  /** The engine: {@code relata} or {@code lucene-mlt}. */
  @Param({"relata", "lucene-mlt"})
  public String engine;

  SyntheticCorpus corpus;
  PerfEngine index;

  /** Generates the posts and builds the index. */
  @Setup(Level.Trial)
  public void build() throws IOException {
    corpus = SyntheticCorpus.loadShared();
    List<Article> articles = SitePosts.materialise(corpus, size);
    index = PerfEngine.create(engine);
    index.build(articles);
  }

  /** Releases the index. */
  @TearDown(Level.Trial)
  public void close() {
    index.close();
  }
}
