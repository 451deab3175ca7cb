package io.github.relata.bench.perf;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every post's related list (top {@value IndexedPosts#K}), as a static site generator needs them: one
 * query per post, on as many threads as there are cores (both engines; Lucene with one MoreLikeThis per
 * thread and language, sharing the thread-safe IndexSearcher). Single shot: the figure is total seconds.
 *
 * <p>Where all pairs would take hours (MoreLikeThis at 1M posts), {@code -p queries=20000} times the
 * lists of that many posts spread evenly over the index instead; the report scales the time to all posts
 * and marks the figure as an estimate.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Timeout(time = 90, timeUnit = TimeUnit.MINUTES)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class AllPairsBenchmark {

  /** How many posts' lists to compute. */
  @State(Scope.Benchmark)
  public static class Queries {
    /** 0 for every post (the default), else that many posts spread evenly over the index. */
    @Param({"0"})
    public int queries;
  }

  /** Returns the number of related posts found over all lists. */
  @Benchmark
  public long allPairs(IndexedPosts posts, Queries queries) {
    int n = queries.queries <= 0 || queries.queries > posts.size ? posts.size : queries.queries;
    return posts.index.allPairs(IndexedPosts.K, Runtime.getRuntime().availableProcessors(), n);
  }
}
