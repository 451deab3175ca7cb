package io.github.relata.bench.perf;

import io.github.relata.Article;
import io.github.relata.ArticleIndex;
import io.github.relata.Filter;
import io.github.relata.RelatedPosts;
import io.github.relata.bench.SharedCorpora;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code Bench snapshot}: at each size, the time to build an index from the synthetic posts against the time
 * to save it and to load it back, the file's size, and the ratio of build to load (the goal: at least 10).
 * Not JMH: a build at 100k posts takes half a minute, and what matters is one load as an application or the
 * CLI does it at startup. Each size builds once (the posts made beforehand, as {@code BuildBenchmark}
 * does), saves once, and loads {@value #LOADS} times, each after a few {@code System.gc()} calls; the loaded
 * index is checked to give the built one's related lists for {@value #CHECKED} posts.
 *
 * <pre>{@code
 * java -Xmx6g -cp bench/target/benchmarks.jar io.github.relata.bench.perf.Bench snapshot --sizes 100000
 * }</pre>
 */
final class SnapshotBench {

  static final int LOADS = 3;
  static final int CHECKED = 200;
  static final String TABLE_FILE = "snapshot.md";

  private SnapshotBench() {}

  /** One size's figures. */
  record Result(int size, double buildSeconds, double saveSeconds, long fileBytes, double firstLoadSeconds, double medianLoadSeconds) {
    double ratio() {
      return buildSeconds / medianLoadSeconds;
    }
  }

  static int run(BenchOptions options, PrintStream out, PrintStream err) throws IOException {
    return run(options, SyntheticCorpus.load(SharedCorpora.require(), SyntheticCorpus.DEFAULT_SEED), out, err);
  }

  static int run(BenchOptions options, SyntheticCorpus corpus, PrintStream out, PrintStream err) throws IOException {
    Path dir = options.out();
    Files.createDirectories(dir);
    RelatedPosts engine = RelatedPosts.withDefaults();
    List<Result> results = new ArrayList<>();
    for (int size : options.sizes()) {
      List<Article> articles = SitePosts.materialise(corpus, size);
      collect();
      long start = System.nanoTime();
      ArticleIndex built = engine.index(articles);
      double build = seconds(start);
      err.printf(Locale.ROOT, "%,d posts: built in %.2f s%n", size, build);

      Path file = dir.resolve("snapshot-" + size + ".relata");
      start = System.nanoTime();
      built.save(file);
      double save = seconds(start);
      long bytes = Files.size(file);
      err.printf(Locale.ROOT, "%,d posts: saved in %.2f s, %,d bytes%n", size, save, bytes);

      double[] loads = new double[LOADS];
      ArticleIndex loaded = null;
      for (int i = 0; i < LOADS; i++) {
        loaded = null;
        collect();
        start = System.nanoTime();
        loaded = engine.load(file);
        loads[i] = seconds(start);
        err.printf(Locale.ROOT, "%,d posts: loaded in %.2f s%n", size, loads[i]);
      }
      check(built, loaded);
      double first = loads[0];
      Arrays.sort(loads);
      results.add(new Result(size, build, save, bytes, first, loads[LOADS / 2]));
      if (!options.flag("keep")) {
        Files.delete(file);
      }
    }
    String table = render(results);
    Files.writeString(dir.resolve(TABLE_FILE), Machine.describe() + "\n\n" + table);
    out.print(table);
    err.println("(written to " + dir.resolve(TABLE_FILE) + ")");
    return Bench.OK;
  }

  /** Fails unless the loaded index gives the built one's lists for posts spread over the index. */
  private static void check(ArticleIndex built, ArticleIndex loaded) {
    List<Article> posts = built.articles();
    for (int i = 0; i < CHECKED; i++) {
      String id = posts.get((int) ((long) i * posts.size() / CHECKED)).id();
      if (!built.relatedTo(id, Filter.none().limit(10)).equals(loaded.relatedTo(id, Filter.none().limit(10)))) {
        throw new IllegalStateException("the loaded snapshot relates other posts to " + id + " than the built index");
      }
    }
  }

  static String render(List<Result> results) {
    StringBuilder table = new StringBuilder(
        "| posts | build from posts (s) | save (s) | file (MB) | bytes/post | first load (s) | load, median of " + LOADS + " (s) | build / load |\n"
            + "|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Result r : results) {
      table.append(String.format(Locale.ROOT, "| %,d | %.1f | %.2f | %.1f | %,d | %.2f | %.2f | %.1f |%n",
          r.size(), r.buildSeconds(), r.saveSeconds(), r.fileBytes() / 1e6, r.fileBytes() / r.size(), r.firstLoadSeconds(),
          r.medianLoadSeconds(), r.ratio()));
    }
    return table.toString();
  }

  private static void collect() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
