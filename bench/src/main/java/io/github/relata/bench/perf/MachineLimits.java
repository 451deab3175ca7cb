package io.github.relata.bench.perf;

import io.github.relata.Article;
import io.github.relata.ArticleIndex;
import io.github.relata.IndexFigures;
import io.github.relata.RelatedPosts;
import io.github.relata.bench.SharedCorpora;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;

/**
 * The {@code limits} command: how close the index's size, a query's reads and the latent space's SVD are
 * to what this machine allows. It measures the machine (one thread's sequential read bandwidth, the latency
 * of a dependent random read, EJML's dense matrix product rate), counts what the index stores and what
 * queries and the SVD do ({@link IndexFigures}), and prints each figure beside its bound with the arithmetic.
 */
final class MachineLimits {

  /** Queries counted for the reads of a query. */
  static final int QUERIES = 2000;

  private MachineLimits() {}

  /** One thread's rates on this machine. */
  record Machine(double readBytesPerSecond, double latencySeconds, double denseFlopsPerSecond) {}

  static int run(BenchOptions options, PrintStream out, PrintStream err) throws IOException {
    SyntheticCorpus corpus = SyntheticCorpus.load(SharedCorpora.require(), SyntheticCorpus.DEFAULT_SEED);
    Machine machine = machine(err);
    for (int size : options.sizes()) {
      List<Article> articles = SitePosts.materialise(corpus, size);
      long start = System.nanoTime();
      ArticleIndex index = RelatedPosts.withDefaults().index(articles);
      double build = (System.nanoTime() - start) / 1e9;
      err.printf(Locale.ROOT, "%,d posts: built in %.1f s%n", size, build);
      IndexFigures.Storage storage = IndexFigures.storage(index);
      IndexFigures.Query query = IndexFigures.queries(index, storage, QUERIES);
      IndexFigures.Svd svd = IndexFigures.svd(index, 3);
      out.print(report(size, machine, storage, query, svd));
    }
    return 0;
  }

  /** Measures this machine's rates on one thread. */
  static Machine machine(PrintStream err) {
    long[] data = new long[32 << 20]; // 256 MB, far beyond the caches
    SplittableRandom random = new SplittableRandom(2026);
    for (int i = 0; i < data.length; i++) {
      data[i] = random.nextLong();
    }
    double bestRead = Double.POSITIVE_INFINITY;
    long sink = 0;
    for (int r = 0; r < 5; r++) {
      long start = System.nanoTime();
      long sum = 0;
      for (long x : data) {
        sum += x;
      }
      sink += sum;
      bestRead = Math.min(bestRead, (System.nanoTime() - start) / 1e9);
    }
    double bandwidth = 8.0 * data.length / bestRead;
    data = null;
    // A random cycle through 256 MB: each read depends on the last, so each waits for memory.
    int[] next = new int[64 << 20];
    for (int i = 0; i < next.length; i++) {
      next[i] = i;
    }
    for (int i = next.length - 1; i > 0; i--) { // Sattolo's shuffle: one cycle through every slot
      int j = random.nextInt(i);
      int t = next[i];
      next[i] = next[j];
      next[j] = t;
    }
    int steps = 20_000_000;
    int at = 0;
    long start = System.nanoTime();
    for (int s = 0; s < steps; s++) {
      at = next[at];
    }
    double latency = (System.nanoTime() - start) / 1e9 / steps;
    sink += at;
    next = null;
    DMatrixRMaj a = RandomMatrices_DDRM.rectangle(1000, 1000, new java.util.Random(1));
    DMatrixRMaj b = RandomMatrices_DDRM.rectangle(1000, 1000, new java.util.Random(2));
    DMatrixRMaj c = new DMatrixRMaj(1000, 1000);
    double bestMult = Double.POSITIVE_INFINITY;
    for (int r = 0; r < 5; r++) {
      long t = System.nanoTime();
      CommonOps_DDRM.mult(a, b, c);
      bestMult = Math.min(bestMult, (System.nanoTime() - t) / 1e9);
    }
    sink += (long) c.get(0, 0);
    err.printf(Locale.ROOT, "machine: read %.1f GB/s, dependent read %.0f ns, dense product %.2f GFlop/s (one thread)%s%n", bandwidth / 1e9,
        latency * 1e9, 2e9 / bestMult / 1e9, sink == 42 ? " " : "");
    return new Machine(bandwidth, latency, 2e9 / bestMult);
  }

  /** The figures of one size as Markdown, with the arithmetic behind each bound. */
  static String report(int size, Machine m, IndexFigures.Storage s, IndexFigures.Query q, IndexFigures.Svd svd) {
    StringBuilder b = new StringBuilder();
    double entropy = s.incidenceEntropyBytes() + s.pairEntropyBytes();
    double stored = s.postingsBytes() + s.forwardBytes();
    b.append(String.format(Locale.ROOT, "%n### %,d posts%n%n", size));
    b.append(String.format(Locale.ROOT,
        "Machine, one thread: sequential read %.1f GB/s, a dependent random read %.0f ns, EJML's dense product %.2f GFlop/s.%n%n",
        m.readBytesPerSecond() / 1e9, m.latencySeconds() * 1e9, m.denseFlopsPerSecond() / 1e9));
    b.append("| figure | measured | bound | measured / bound | arithmetic |\n|---|---:|---:|---:|---|\n");
    b.append(String.format(Locale.ROOT,
        "| incidence of terms, bytes a post | %.0f | %.0f | %.2f | stored: postings %.0f B (%.1f entries) + analysed forms %.0f B (%.1f entries); "
            + "entropy: sum over terms of log2 C(N, df) / 8 / N = %.0f B for words, n-grams and labels + %.0f B for word pairs |%n",
        stored, entropy, stored / entropy, s.postingsBytes(), s.postingsEntries(), s.forwardBytes(), s.forwardEntries(),
        s.incidenceEntropyBytes(), s.pairEntropyBytes()));
    b.append(String.format(Locale.ROOT, "| rest of a post, bytes | %.0f |  |  | article %.0f B, latent vector %.0f B (arrays' headers not counted) |%n",
        s.articleBytes() + s.latentBytes(), s.articleBytes(), s.latentBytes()));
    double bytes = q.postingsBytes() + q.candidateBytes();
    double readTime = bytes / m.readBytesPerSecond();
    double missTime = (q.candidates() + q.lists()) * m.latencySeconds();
    double entries = q.postingsEntries() + q.candidateEntries();
    b.append(String.format(Locale.ROOT,
        "| a query's reads from memory, µs | see the query p50 | %.1f | | %.0f postings entries (%.0f B) + %.0f candidates' forms (%.0f B, %.0f entries) = %.0f KB "
            + "at %.1f GB/s = %.1f µs, + %.0f dependent reads (a candidate or a list each) at %.0f ns = %.1f µs; %.0f entries in all |%n",
        (readTime + missTime) * 1e6, q.postingsEntries(), q.postingsBytes(), q.candidates(), q.candidateBytes(), q.candidateEntries(),
        bytes / 1e3, m.readBytesPerSecond() / 1e9, readTime * 1e6, q.candidates() + q.lists(), m.latencySeconds() * 1e9,
        missTime * 1e6, entries));
    double flops = svd.sparseFlops() + svd.denseFlops();
    double bound = flops / (2 * m.denseFlopsPerSecond());
    b.append(String.format(Locale.ROOT,
        "| the latent space's SVD, s | %.2f | %.2f | %.1f | %,d x %,d training matrix, %,d entries, rank %d, sketch %d: %.2f GFlop sparse + %.2f GFlop dense "
            + "= %.2f GFlop (%.2f GFlop/s achieved); bound: both cores at EJML's dense rate |%n",
        svd.seconds(), bound, svd.seconds() / bound, svd.rows(), svd.columns(), svd.nonZeros(), svd.rank(), svd.sketch(), svd.sparseFlops() / 1e9,
        svd.denseFlops() / 1e9, flops / 1e9, flops / svd.seconds() / 1e9));
    return b.toString();
  }
}
