package io.github.relata.spark;

import io.github.relata.BatchPost;
import io.github.relata.imports.ImportException;
import io.github.relata.imports.RelatedListsWriter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The related-posts batch job: reads a site's posts, writes every post's related list (JSON Lines in the
 * related-lists format, as {@code relata related} writes them, one file per partition, in order of post id).
 *
 * <pre>
 * spark-submit --class io.github.relata.spark.RelataSpark relata-spark-VERSION-job.jar \
 *     --input posts.jsonl --output related/ [--format jsonl|parquet|hugo|jekyll|wxr|feed|json] [--max-results 10]
 *     [--explain] [--partitions N] [--candidate-join auto|broadcast|partitioned] [--latent-training-posts N]
 *     [--snapshot FILE]
 * </pre>
 */
public final class RelataSpark {

  private RelataSpark() {}

  /** What a run did. */
  record Summary(
      long posts, long wallMillis, long shuffleBytes, long shuffleRecords, List<String> problems, java.util.Map<String, Long> passMillis,
      java.util.Map<String, Long> shuffleByStage, InvertedIndexJoin.Join join, long indexEntries, long modelBytes) {}

  /**
   * Runs the job with {@code args} (see the class comment); Spark's master comes from spark-submit, or {@code
   * --master}.
   *
   * @param args the command line
   * @throws Exception if the input cannot be read or the output written
   */
  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (ParameterException e) {
      System.err.println(e.getMessage());
      e.getCommandLine().usage(System.err);
      System.exit(2);
      return;
    }
    if (options.help) {
      new CommandLine(new Options()).usage(System.out);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("relata related");
    if (options.master != null) {
      builder.master(options.master).config("spark.ui.enabled", "false");
    }
    try (SparkSession session = builder.getOrCreate()) {
      Summary s = run(session, options, (pass, ms) -> System.err.printf(Locale.ROOT, "pass done: %s, %,d ms%n", pass, ms));
      System.out.printf(Locale.ROOT, "%,d posts, %,d ms, shuffle %,d bytes (%,d a post), %d input problems%n",
          s.posts(), s.wallMillis(), s.shuffleBytes(), s.posts() == 0 ? 0 : s.shuffleBytes() / s.posts(), s.problems().size());
      System.out.printf(Locale.ROOT, "  inverted index: %,d entries, %s; model broadcast: %,d bytes%n", s.indexEntries(),
          s.join().name().toLowerCase(Locale.ROOT), s.modelBytes());
      s.passMillis().forEach((pass, ms) -> System.out.printf(Locale.ROOT, "  %s: %,d ms%n", pass, ms));
      s.shuffleByStage().forEach((stage, bytes) -> System.out.printf(Locale.ROOT, "  shuffle written by %s: %,d bytes a post%n", stage,
          s.posts() == 0 ? 0 : bytes / s.posts()));
      s.problems().stream().limit(20).forEach(p -> System.err.println("skipped " + p));
    }
  }

  static Summary run(SparkSession session, Options options) throws ImportException, java.io.IOException {
    return run(session, options, (pass, ms) -> {});
  }

  /** Runs the job, telling {@code progress} each pass's name and milliseconds as it ends. */
  static Summary run(SparkSession session, Options options, java.util.function.ObjLongConsumer<String> progress)
      throws ImportException, java.io.IOException {
    ShuffleMeter meter = new ShuffleMeter();
    session.sparkContext().addSparkListener(meter);
    long start = System.nanoTime();
    int partitions = options.partitions > 0 ? options.partitions : session.sparkContext().defaultParallelism() * 2;
    RelatedJob.Settings settings = new RelatedJob.Settings(options.maxResults, options.latentTrainingPosts);
    CollectionAccumulator<String> problems = session.sparkContext().collectionAccumulator("input problems");
    JavaRDD<BatchPost> posts = PostInput.read(session, options.format, options.input, settings, partitions, problems);
    RelatedJob job = new RelatedJob(
        org.apache.spark.api.java.JavaSparkContext.fromSparkContext(session.sparkContext()), settings, partitions, options.candidateJoin);
    job.timer.onPass(progress);
    JavaRDD<String> lines = job.run(posts, options.explain ? RelatedListsWriter.Detail.EXPLANATIONS : RelatedListsWriter.Detail.SCORES, options.snapshot == null ? null : java.nio.file.Path.of(options.snapshot));
    lines.saveAsTextFile(options.output);
    long count = job.posts();
    long wall = (System.nanoTime() - start) / 1_000_000;
    java.util.Map<String, Long> passes = new java.util.LinkedHashMap<>(job.timer.millis);
    passes.put("score, write lists", wall - passes.values().stream().mapToLong(Long::longValue).sum());
    return new Summary(count, wall, meter.bytes(), meter.records(), List.copyOf(problems.value()), passes, meter.bytesByStage(),
        job.joinUsed() == null ? options.candidateJoin : job.joinUsed(), job.indexEntries(), job.modelBytes());
  }

  /** The command line, parsed by picocli. */
  @Command(name = "relata-spark", sortOptions = false, usageHelpAutoWidth = true,
      description = "Writes every post's related list, as JSON Lines in the related-lists format, one file a partition, in order of post id.")
  static final class Options {
    @Option(names = "--input", required = true, paramLabel = "PATH", description = "The posts: a file or a folder, in --format.")
    String input;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "The folder the lists are written to; it must not exist.")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
        description = "The input's format: jsonl, json, parquet, hugo, jekyll, wxr or feed (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--max-results", paramLabel = "N", defaultValue = "10", description = "The longest list, 1 to 1000 (default: ${DEFAULT-VALUE}).")
    String maxResultsText;

    @Option(names = "--explain", description = "Add to each entry each signal's share of the score, the shared terms and tags, and the exposure.")
    boolean explain;

    @Option(names = "--partitions", paramLabel = "N", description = "How many partitions (default: twice Spark's default parallelism).")
    @Nullable String partitionsText;

    @Option(names = "--latent-training-posts", paramLabel = "N", defaultValue = "20000",
        description = "The most posts the latent space is learned from, 100 to 1000000: all up to N, an even sample of N beyond "
            + "(default: ${DEFAULT-VALUE}).")
    String latentTrainingPostsText;

    @Option(names = "--candidate-join", paramLabel = "HOW", defaultValue = "auto",
        description = "How queries meet the inverted index: broadcast (a copy on every executor), partitioned (joined by term), "
            + "or auto (broadcast up to 2^25 entries; default: ${DEFAULT-VALUE}).")
    String candidateJoinText;

    @Option(names = "--master", paramLabel = "URL", description = "Spark's master, such as local[*], when spark-submit does not give one.")
    @Nullable String master;

    @Option(names = "--snapshot", paramLabel = "FILE", description = "Also save the index of all posts there, for web servers to load.")
    @Nullable String snapshot;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Print this help and exit.")
    boolean help;

    int maxResults;
    int partitions;
    int latentTrainingPosts;
    InvertedIndexJoin.Join candidateJoin = InvertedIndexJoin.Join.AUTO;

    /**
     * Returns the options of {@code args}.
     *
     * @throws ParameterException naming the option and its value, if one is unknown, missing or out of range
     */
    static Options parse(String... args) {
      Options o = new Options();
      CommandLine line = new CommandLine(o);
      line.parseArgs(args);
      o.maxResults = wholeNumber(line, "--max-results", o.maxResultsText, 1, 1000);
      o.partitions = o.partitionsText == null ? 0 : wholeNumber(line, "--partitions", o.partitionsText, 1, 1_000_000);
      o.candidateJoin = join(line, o.candidateJoinText);
      o.latentTrainingPosts = wholeNumber(line, "--latent-training-posts", o.latentTrainingPostsText, 100, 1_000_000);
      return o;
    }

    private static InvertedIndexJoin.Join join(CommandLine line, String text) {
      for (InvertedIndexJoin.Join j : InvertedIndexJoin.Join.values()) {
        if (j.name().equalsIgnoreCase(text.strip())) {
          return j;
        }
      }
      throw new ParameterException(line, "--candidate-join must be auto, broadcast or partitioned: " + text);
    }

    private static int wholeNumber(CommandLine line, String option, String text, int min, int max) {
      String s = text.strip();
      if (!s.matches("[+-]?\\d+")) {
        throw new ParameterException(line, option + " must be a whole number: " + text);
      }
      if (s.replaceFirst("^[+-]?0*", "").length() > 10 || Long.parseLong(s) > max) {
        throw new ParameterException(line, s.startsWith("-") ? option + " must be at least " + min + ": " + text : option + " is too large (at most " + max + "): " + text);
      }
      if (Long.parseLong(s) < min) {
        throw new ParameterException(line, option + " must be at least " + min + ": " + text);
      }
      return Integer.parseInt(s);
    }
  }
}
