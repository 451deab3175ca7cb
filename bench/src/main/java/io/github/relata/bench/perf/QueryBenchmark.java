package io.github.relata.bench.perf;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One related-posts query (top {@value IndexedPosts#K}) for a random post of the index, on one thread.
 * Sampled, so JMH reports the latency distribution (p50, p99). Relata: {@code ArticleIndex.relatedTo(id,
 * limit 10)}, which returns the articles with scores and explanations; Lucene: {@code MoreLikeThis.like(doc)}
 * then a search for 11 hits, the query post dropped, doc ids only.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class QueryBenchmark {

  /** Each thread's sequence of query posts, the same in every run. */
  @State(Scope.Thread)
  public static class Picks {
    final SplittableRandom random = new SplittableRandom(42);
  }

  /** Returns the related list of a random post. */
  @Benchmark
  public List<?> query(IndexedPosts posts, Picks picks) {
    return posts.index.query(picks.random.nextInt(posts.size), IndexedPosts.K);
  }
}
