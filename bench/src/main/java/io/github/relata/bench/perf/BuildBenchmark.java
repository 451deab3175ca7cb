package io.github.relata.bench.perf;

import io.github.relata.Article;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building an index of {@code size} posts from articles already in memory, until it can be queried:
 * Relata's {@code RelatedPosts.index(articles)}; Lucene's {@code addDocument} of every post on every core,
 * {@code commit} and {@code DirectoryReader.open} (see {@link LuceneMltEngine}). Single shot: the figure is
 * seconds per build; posts per second is {@code size} divided by it.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Timeout(time = 90, timeUnit = TimeUnit.MINUTES)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class BuildBenchmark {

  /** The posts to index, made once per fork. */
  @State(Scope.Benchmark)
  public static class Posts {
    /** The number of posts: pick with {@code -p size=100000}. */
    @Param({"10000", "100000", "1000000"})
    public int size;

    /** The engine: {@code relata} or {@code lucene-mlt}. */
    @Param({"relata", "lucene-mlt"})
    public String engine;

    List<Article> articles;
    PerfEngine built;

    /** Generates the posts. */
    @Setup(Level.Trial)
    public void make() throws IOException {
      articles = SitePosts.materialise(SyntheticCorpus.loadShared(), size);
    }

    /** Releases the index built in the iteration, before the next is built. */
    @TearDown(Level.Iteration)
    public void release() {
      if (built != null) {
        built.close();
        built = null;
      }
    }
  }

  /** Builds the index and returns its size. */
  @Benchmark
  public int build(Posts posts) {
    posts.built = PerfEngine.create(posts.engine);
    posts.built.build(posts.articles);
    return posts.built.size();
  }
}
