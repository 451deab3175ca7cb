package io.github.relata.spark;

import io.github.relata.BatchPost;
import io.github.relata.imports.ImportException;
import io.github.relata.imports.RelatedListsWriter;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;

/**
 * The related-posts batch job: reads a site's posts, writes every post's related list (JSON Lines in the
 * related-lists format, as {@code relata related} writes them, one file per partition, in order of post id).
 *
 * <pre>
 * spark-submit --class io.github.relata.spark.RelataSpark relata-spark-VERSION-job.jar \
 *     --input posts.jsonl --output related/ [--format jsonl|parquet|hugo|jekyll|wxr|feed|json] [--max-results 10]
 *     [--explain] [--partitions N] [--snapshot FILE]
 * </pre>
 */
public final class RelataSpark {

  private RelataSpark() {}

  /** What a run did. */
  record Summary(
      long posts, long wallMillis, long shuffleBytes, long shuffleRecords, List<String> problems, java.util.Map<String, Long> passMillis,
      java.util.Map<String, Long> shuffleByStage) {}

  /**
   * Runs the job with {@code args} (see the class comment); Spark's master comes from spark-submit, or {@code
   * --master}.
   *
   * @param args the command line
   * @throws Exception if the input cannot be read or the output written
   */
  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    SparkSession.Builder builder = SparkSession.builder().appName("relata related");
    if (options.master != null) {
      builder.master(options.master).config("spark.ui.enabled", "false");
    }
    try (SparkSession session = builder.getOrCreate()) {
      Summary s = run(session, options);
      System.out.printf(Locale.ROOT, "%,d posts, %,d ms, shuffle %,d bytes (%,d a post), %d input problems%n",
          s.posts(), s.wallMillis(), s.shuffleBytes(), s.posts() == 0 ? 0 : s.shuffleBytes() / s.posts(), s.problems().size());
      s.passMillis().forEach((pass, ms) -> System.out.printf(Locale.ROOT, "  %s: %,d ms%n", pass, ms));
      s.shuffleByStage().forEach((stage, bytes) -> System.out.printf(Locale.ROOT, "  shuffle written by %s: %,d bytes a post%n", stage,
          s.posts() == 0 ? 0 : bytes / s.posts()));
      s.problems().stream().limit(20).forEach(p -> System.err.println("skipped " + p));
    }
  }

  static Summary run(SparkSession session, Options options) throws ImportException, java.io.IOException {
    ShuffleMeter meter = new ShuffleMeter();
    session.sparkContext().addSparkListener(meter);
    long start = System.nanoTime();
    int partitions = options.partitions > 0 ? options.partitions : session.sparkContext().defaultParallelism() * 2;
    RelatedJob.Settings settings = new RelatedJob.Settings(options.maxResults);
    CollectionAccumulator<String> problems = session.sparkContext().collectionAccumulator("input problems");
    JavaRDD<BatchPost> posts = PostInput.read(session, options.format, options.input, settings, partitions, problems);
    RelatedJob job = new RelatedJob(org.apache.spark.api.java.JavaSparkContext.fromSparkContext(session.sparkContext()), settings, partitions);
    JavaRDD<String> lines = job.run(posts, options.explain ? RelatedListsWriter.Detail.EXPLANATIONS : RelatedListsWriter.Detail.SCORES, options.snapshot == null ? null : java.nio.file.Path.of(options.snapshot));
    lines.saveAsTextFile(options.output);
    long count = job.posts();
    long wall = (System.nanoTime() - start) / 1_000_000;
    java.util.Map<String, Long> passes = new java.util.LinkedHashMap<>(job.timer.millis);
    passes.put("score, write lists", wall - passes.values().stream().mapToLong(Long::longValue).sum());
    return new Summary(count, wall, meter.bytes(), meter.records(), List.copyOf(problems.value()), passes, meter.bytesByStage());
  }

  /** The command line. */
  static final class Options {
    String input;
    String output;
    String format = "jsonl";
    int maxResults = 10;
    boolean explain;
    int partitions;
    String master;
    String snapshot;

    static Options parse(String... args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--input" -> o.input = value(args, ++i, arg);
          case "--output" -> o.output = value(args, ++i, arg);
          case "--format" -> o.format = value(args, ++i, arg);
          case "--max-results" -> o.maxResults = number(value(args, ++i, arg), arg, 1, 1000);
          case "--partitions" -> o.partitions = number(value(args, ++i, arg), arg, 1, 1_000_000);
          case "--master" -> o.master = value(args, ++i, arg);
          case "--explain" -> o.explain = true;
          case "--snapshot" -> o.snapshot = value(args, ++i, arg);
          default -> throw new IllegalArgumentException("unknown option: " + arg
              + " (options: --input, --output, --format, --max-results, --partitions, --master, --explain, --snapshot)");
        }
      }
      if (o.input == null || o.output == null) {
        throw new IllegalArgumentException("--input and --output are required");
      }
      return o;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }

    private static int number(String value, String option, int min, int max) {
      try {
        int n = Integer.parseInt(value);
        if (n < min || n > max) {
          throw new IllegalArgumentException(option + " must be in [" + min + ", " + max + "]: " + value);
        }
        return n;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " must be a whole number: " + value, e);
      }
    }
  }
}
