package io.github.relata.bench.perf;

import io.github.relata.Article;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Adding one new post to a built index of {@code size} posts until the change can be queried.
 *
 * <ul>
 *   <li>Relata: {@code ArticleIndex.with(article)}, which returns a new immutable snapshot (analysis,
 *       postings, document frequencies, fold-in to the latent space); the built snapshot is unchanged, so
 *       every call adds to an index of exactly {@code size} posts.
 *   <li>Lucene: {@code IndexWriter.addDocument} then {@code DirectoryReader.openIfChanged(reader, writer)}
 *       (a near-real-time reopen, which flushes a one-document segment) and a new {@code IndexSearcher}.
 *       Merges run in the background as Lucene's defaults schedule them. The writer is rolled back to the
 *       built commit after each iteration, so the index grows by one iteration's posts at most.
 * </ul>
 *
 * <p>The new posts are synthetic posts {@code size} to {@code size + 4095}, made beforehand, used in turn.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class AddBenchmark {

  static final int NEW_POSTS = 4096;

  /** Posts that are not in the index, and the writer state around each iteration. */
  @State(Scope.Benchmark)
  public static class NewPosts {
    List<Article> articles;
    int next;

    /** Makes the new posts. */
    @Setup(Level.Trial)
    public void make(IndexedPosts posts) {
      articles = List.copyOf(SitePosts.generated(posts.corpus, posts.size, NEW_POSTS));
    }

    /** Opens what adding needs (Lucene: a writer and a near-real-time reader). */
    @Setup(Level.Iteration)
    public void begin(IndexedPosts posts) {
      posts.index.beginAdds();
    }

    /** Discards the added posts. */
    @TearDown(Level.Iteration)
    public void end(IndexedPosts posts) {
      posts.index.endAdds();
    }

    Article next() {
      Article article = articles.get(next);
      next = (next + 1) % articles.size();
      return article;
    }
  }

  /** Returns what can be queried after the add. */
  @Benchmark
  public Object add(IndexedPosts posts, NewPosts newPosts) {
    return posts.index.add(newPosts.next());
  }
}
