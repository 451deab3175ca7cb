package io.github.relata.spark;

import io.github.relata.Article;
import io.github.relata.ArticleIndex;
import io.github.relata.RelatedPosts;
import io.github.relata.bench.perf.SyntheticCorpus;
import io.github.relata.imports.ImportFormat;
import io.github.relata.imports.PostImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The batch job in local mode against the single-machine engine, on the bench's synthetic posts: at each size,
 * the index's build and all pairs (every post's top 10, on every core), then the job's wall time, the time per
 * post of each, the job's shuffle bytes per post, and how many list entries the two share.
 *
 * <pre>
 * java ... io.github.relata.spark.SparkBench --sizes 100000,1000000 [--threads 2] [--partitions N] [--skip-single]
 * </pre>
 */
public final class SparkBench {

  private SparkBench() {}

  /** The bench's command line. */
  @Command(name = "spark-bench", sortOptions = false, mixinStandardHelpOptions = true)
  static final class Options {
    @Option(names = "--sizes", split = ",", paramLabel = "N", description = "The site sizes to run, such as 10000,100000 (default: 100000).")
    List<Integer> sizes = new ArrayList<>(List.of(100_000));

    @Option(names = "--threads", paramLabel = "N", description = "Spark's local[N] (default: the machine's cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--partitions", paramLabel = "N", description = "The job's partitions (default: twice its parallelism).")
    int partitions;

    @Option(names = "--candidate-join", paramLabel = "HOW", description = "The job's --candidate-join: auto (default), broadcast or partitioned.")
    String candidateJoin = "auto";

    @Option(names = "--skip-single", description = "Run the job only, not the single machine's build and all pairs beside it.")
    boolean skipSingle;
  }

  public static void main(String[] args) throws Exception {
    Options options = new Options();
    CommandLine command = new CommandLine(options);
    command.parseArgs(args);
    if (command.isUsageHelpRequested()) {
      command.usage(System.out);
      return;
    }
    List<Integer> sizes = options.sizes;
    int threads = options.threads;
    int partitions = options.partitions;
    boolean single = !options.skipSingle;
    Path dir = Path.of("target", "spark-bench");
    Files.createDirectories(dir);
    System.out.println("| posts | single machine: build + all pairs (s) | ms a post | Spark local[" + threads
        + "] (s) | ms a post | ratio | shuffle bytes a post | shuffle records a post | list entries in both |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (int size : sizes) {
      Path input = dir.resolve("synthetic-" + size + ".jsonl");
      if (!Files.exists(input)) {
        SyntheticCorpus.loadShared().writeJsonl(input, size);
      }
      Map<String, List<String>> expected = new HashMap<>();
      double singleSeconds = Double.NaN;
      if (single) {
        List<Article> posts = PostImporter.withDefaults().read(ImportFormat.JSON_LINES, input).articles();
        long start = System.nanoTime();
        ArticleIndex index = RelatedPosts.builder().maxResults(10).build().index(posts);
        List<String> ids = posts.stream().map(Article::id).toList();
        List<List<String>> lists = IntStream.range(0, ids.size()).parallel()
            .mapToObj(i -> index.relatedTo(ids.get(i)).stream().map(r -> r.article().id()).toList()).toList();
        singleSeconds = (System.nanoTime() - start) / 1e9;
        for (int i = 0; i < ids.size(); i++) {
          expected.put(ids.get(i), lists.get(i));
        }
      }
      Path output = dir.resolve("related-" + size);
      deleteTree(output);
      RelataSpark.Summary summary;
      try (SparkSession spark = LocalSpark.session(threads)) {
        List<String> args_ = new ArrayList<>(List.of("--input", input.toString(), "--output", output.toString(), "--max-results", "10"));
        if (partitions > 0) {
          args_.addAll(List.of("--partitions", String.valueOf(partitions)));
        }
        args_.addAll(List.of("--candidate-join", options.candidateJoin));
        summary = RelataSpark.run(spark, RelataSpark.Options.parse(args_.toArray(String[]::new)),
            (pass, ms) -> System.err.printf(Locale.ROOT, "%,d posts, pass done: %s, %,d ms%n", size, pass, ms));
      }
      long both = 0;
      long entries = 0;
      if (single) {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (Stream<Path> parts = Files.list(output)) {
          for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
            for (String line : Files.readAllLines(part)) {
              var node = json.readTree(line);
              List<String> want = expected.get(node.get("id").asText());
              List<String> got = new ArrayList<>();
              node.get("related").forEach(r -> got.add(r.get("id").asText()));
              entries += want.size();
              both += want.stream().filter(got::contains).count();
            }
          }
        }
      }
      double sparkSeconds = summary.wallMillis() / 1e3;
      System.err.println(size + " posts, passes: " + summary.passMillis());
      System.err.printf(Locale.ROOT, "  inverted index: %,d entries (%,d bytes a post at 8 an entry), %s%n", summary.indexEntries(),
          8 * summary.indexEntries() / size, summary.join().name().toLowerCase(Locale.ROOT));
      System.err.printf(Locale.ROOT, "  model broadcast: %,d bytes (%,d a post)%n", summary.modelBytes(), summary.modelBytes() / size);
      summary.shuffleByStage().forEach((stage, bytes) -> System.err.printf(Locale.ROOT, "  shuffle by %s: %,d bytes a post%n", stage,
          bytes / size));
      System.out.printf(Locale.ROOT, "| %,d | %.1f | %.3f | %.1f | %.3f | %.1f | %,d | %,d | %s |%n", size, singleSeconds,
          1e3 * singleSeconds / size, sparkSeconds, 1e3 * sparkSeconds / size, sparkSeconds / singleSeconds,
          summary.shuffleBytes() / size, summary.shuffleRecords() / size,
          single ? String.format(Locale.ROOT, "%,d of %,d (%.4f%%)", both, entries, 100.0 * both / Math.max(1, entries)) : "not compared");
    }
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
