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

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    int threads = Runtime.getRuntime().availableProcessors();
    int partitions = 0;
    boolean single = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--sizes" -> Stream.of(args[++i].split(",")).map(s -> Integer.parseInt(s.replace("_", ""))).forEach(sizes::add);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--partitions" -> partitions = Integer.parseInt(args[++i]);
        case "--skip-single" -> single = false;
        default -> throw new IllegalArgumentException("unknown option: " + args[i] + " (--sizes, --threads, --partitions, --skip-single)");
      }
    }
    if (sizes.isEmpty()) {
      sizes.add(100_000);
    }
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
        summary = RelataSpark.run(spark, RelataSpark.Options.parse(args_.toArray(String[]::new)));
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
