package io.github.relata.bench.perf;

import io.github.relata.bench.Evaluation;
import io.github.relata.bench.EvaluationResult;
import io.github.relata.bench.Rankers;
import io.github.relata.bench.SharedCorpora;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The performance suite's command line: runs the JMH benchmarks and {@link HeapPerPost} at chosen sizes and
 * prints the Markdown "Performance" table (Relata beside Lucene MoreLikeThis, with their ratio), writes the
 * README's charts, writes synthetic corpora, and times snapshots ({@link SnapshotBench}). Run it from the shaded jar, whose class path JMH's forked
 * JVMs reuse:
 *
 * <pre>{@code
 * mvn -q -pl bench package -DskipTests
 * java -cp bench/target/benchmarks.jar io.github.relata.bench.perf.Bench run --sizes 10000,100000
 * }</pre>
 *
 * <p>{@code analysis-linearity} times analysis of adversarial texts at 1, 10 and 100 MB ({@link AnalysisLinearity}).
 *
 * <p>See {@link BenchOptions#USAGE} for every command and option. Exit status: 0 on success, 1 when a
 * benchmark fails or a file cannot be read or written, 2 on a usage error or when the corpora are missing.
 */
public final class Bench {

  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE_ERROR = 2;
  static final String TABLE_FILE = "performance.md";
  static final String MACHINE_FILE = "machine.txt";

  private static final Map<String, Class<?>> JMH_CLASSES = Map.of(
      "build", BuildBenchmark.class,
      "add", AddBenchmark.class,
      "query", QueryBenchmark.class,
      "all-pairs", AllPairsBenchmark.class);

  private Bench() {}

  /** Runs a command; exits with a non-zero status on failure. */
  public static void main(String[] args) {
    int status = run(Path.of(""), System.out, System.err, args);
    System.exit(status);
  }

  static int run(Path cwd, PrintStream out, PrintStream err, String... args) {
    BenchOptions options;
    try {
      options = BenchOptions.parse(cwd, args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(BenchOptions.USAGE);
      return USAGE_ERROR;
    }
    if (options.values().containsKey("corpora")) {
      System.setProperty(SharedCorpora.PROPERTY, options.values().get("corpora"));
    }
    try {
      return switch (options.command()) {
        case "run" -> runSuite(options, out, err);
        case "report" -> report(options, out, err);
        case "charts" -> charts(options, out, err);
        case "generate" -> generate(options, err);
        case "analysis-linearity" -> AnalysisLinearity.run(options, out, err);
        case "limits" -> {
          if (SharedCorpora.find().isEmpty()) {
            err.println(SharedCorpora.missingMessage());
            yield USAGE_ERROR;
          }
          yield MachineLimits.run(options, out, err);
        }
        case "snapshot" -> {
          if (SharedCorpora.find().isEmpty()) {
            err.println(SharedCorpora.missingMessage());
            yield USAGE_ERROR;
          }
          yield SnapshotBench.run(options, out, err);
        }
        default -> {
          out.println(BenchOptions.USAGE);
          yield OK;
        }
      };
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return FAILED;
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return USAGE_ERROR;
    }
  }

  private static int runSuite(BenchOptions options, PrintStream out, PrintStream err) throws IOException {
    if (SharedCorpora.find().isEmpty()) {
      err.println(SharedCorpora.missingMessage());
      return USAGE_ERROR;
    }
    Path corpora = SharedCorpora.require();
    Path dir = options.out();
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(MACHINE_FILE),
        String.format(Locale.ROOT, "%s (%s at %s posts, %s)%n", Machine.describe(), String.join(", ", options.only()),
            options.sizes().stream().map(n -> String.format(Locale.ROOT, "%,d", n)).collect(Collectors.joining(", ")),
            String.join(" and ", options.engines())),
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    List<String> failures = new ArrayList<>();
    long suiteStart = System.nanoTime();
    for (int size : options.sizes()) {
      for (String benchmark : options.only()) {
        long start = System.nanoTime();
        err.printf(Locale.ROOT, "== %s at %,d posts: %s%n", benchmark, size, String.join(", ", options.engines()));
        boolean ok;
        if (benchmark.equals("heap")) {
          ok = heap(options, size, corpora, dir);
        } else if (benchmark.equals("all-pairs")) {
          // One run per engine, as MoreLikeThis may time only a sample of the posts' lists.
          ok = true;
          for (String engine : options.engines()) {
            int queries = options.allPairsSample(engine, size);
            ok &= jmh(options, benchmark, size, List.of(engine), queries, corpora,
                dir.resolve("jmh-" + size + "-" + benchmark + "-" + engine + ".json"), err);
          }
        } else {
          // A run of some engines only must not replace the results of the others.
          String engines = options.engines().equals(PerfEngine.NAMES) ? "" : "-" + String.join("-", options.engines());
          ok = jmh(options, benchmark, size, options.engines(), 0, corpora,
              dir.resolve("jmh-" + size + "-" + benchmark + engines + ".json"), err);
        }
        if (!ok) {
          failures.add(benchmark + " at " + size);
        }
        err.printf(Locale.ROOT, "== %s at %,d posts took %s%n", benchmark, size, minutes(System.nanoTime() - start));
      }
    }
    err.printf(Locale.ROOT, "== the suite took %s%n", minutes(System.nanoTime() - suiteStart));
    int status = report(options, out, err);
    if (!failures.isEmpty()) {
      err.println("error: failed: " + String.join("; ", failures));
      return FAILED;
    }
    return status;
  }

  private static boolean jmh(
      BenchOptions options, String benchmark, int size, List<String> engines, int queries, Path corpora, Path result, PrintStream err) {
    ChainedOptionsBuilder jmh = new OptionsBuilder()
        .include("^" + Pattern.quote(JMH_CLASSES.get(benchmark).getName()) + "\\.")
        .param("size", Integer.toString(size))
        .param("engine", engines.toArray(String[]::new))
        .jvmArgsAppend("-Xmx" + options.heap("jmh-xmx", size), "-D" + SharedCorpora.PROPERTY + "=" + corpora)
        .resultFormat(ResultFormatType.JSON)
        .result(result.toString())
        .shouldFailOnError(true);
    // Modest settings, so that 10k and 100k finish in well under an hour: one fork; single-shot benchmarks
    // repeat only where a repetition is cheap.
    if (benchmark.equals("build")) {
      jmh.warmupIterations(size <= 10_000 ? 1 : 0).measurementIterations(size <= 10_000 ? 3 : 1);
    } else if (benchmark.equals("all-pairs")) {
      jmh.warmupIterations(size <= 10_000 ? 1 : 0).measurementIterations(size <= 10_000 ? 2 : 1)
          .param("queries", Integer.toString(queries));
    }
    if (options.values().containsKey("prof")) {
      jmh.addProfiler(options.values().get("prof"));
    }
    try {
      new Runner(jmh.build()).run();
      return true;
    } catch (RunnerException | RuntimeException e) {
      err.println("error: " + benchmark + " at " + size + " failed: " + e.getMessage());
      return false;
    }
  }

  private static boolean heap(BenchOptions options, int size, Path corpora, Path dir) throws IOException {
    boolean ok = true;
    String xmx = options.heap("heap-xmx", size);
    String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String engine : options.engines()) {
      // 16 MB G1 regions whatever the heap: with the 2 or 4 MB regions of a 4 GB heap, Lucene's ByteBuffersDirectory
      // blocks (up to 4 MB) are humongous objects that each take whole regions, inflating its figure up to twofold.
      List<String> command = List.of(java, "-Xmx" + xmx, "-XX:G1HeapRegionSize=16m", "-cp", System.getProperty("java.class.path"),
          HeapPerPost.class.getName(), "--engine", engine, "--size", Integer.toString(size),
          "--json", dir.resolve("heap-" + size + "-" + engine + "-xmx" + xmx + ".json").toString(),
          "--corpora", corpora.toString());
      try {
        int status = new ProcessBuilder(command).inheritIO().start().waitFor();
        ok &= status == OK || status == HeapPerPost.OUT_OF_MEMORY;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return ok;
  }

  private static int report(BenchOptions options, PrintStream out, PrintStream err) throws IOException {
    Path dir = options.out();
    PerfResults results = PerfResults.read(dir);
    if (results.isEmpty()) {
      err.println("error: no results in " + dir + ": run `Bench run` first");
      return FAILED;
    }
    Path machineFile = dir.resolve(MACHINE_FILE);
    List<String> machines = Files.isRegularFile(machineFile)
        ? Files.readAllLines(machineFile).stream().filter(line -> !line.isBlank()).toList()
        : List.of(Machine.describe());
    String report = (machines.size() == 1 ? "Machine: " + machines.get(0) + ".\n\n"
        : "Machine, one line per run:\n\n" + machines.stream().map(m -> "- " + m + "\n").collect(Collectors.joining()) + "\n")
        + PerformanceTable.render(results);
    Files.writeString(dir.resolve(TABLE_FILE), report);
    out.print(report);
    out.flush();
    err.println("(written to " + dir.resolve(TABLE_FILE) + "; JMH's JSON results beside it)");
    return OK;
  }

  private static int charts(BenchOptions options, PrintStream out, PrintStream err) throws IOException {
    Path docs = options.docs();
    Files.createDirectories(docs);
    if (!options.flag("skip-quality")) {
      List<Charts.Quality> qualities;
      if (options.values().containsKey("quality")) {
        qualities = Charts.readQualityTable(Path.of(options.values().get("quality")));
      } else {
        if (SharedCorpora.find().isEmpty()) {
          err.println(SharedCorpora.missingMessage());
          return USAGE_ERROR;
        }
        List<EvaluationResult> results = Evaluation.run(SharedCorpora.files(SharedCorpora.require()), Rankers.all(), 10, null,
            r -> err.printf(Locale.ROOT, "%s %s: %s%n", r.corpus(), r.ranker(), r.quality().toReferenceFormat()));
        qualities = Charts.qualities(results);
        Files.createDirectories(options.out());
        Files.writeString(options.out().resolve("quality.md"), QualityTable.render(results));
        out.print(QualityTable.render(results));
      }
      if (qualities.isEmpty()) {
        err.println("error: no quality figures found");
        return FAILED;
      }
      Files.writeString(docs.resolve(Charts.QUALITY_FILE), Charts.quality(qualities));
      err.println("wrote " + docs.resolve(Charts.QUALITY_FILE));
    }
    PerfResults perf = PerfResults.read(options.out());
    if (perf.sizes().isEmpty()) {
      err.println("error: no performance results in " + options.out() + " for " + Charts.LATENCY_FILE + ": run `Bench run` first");
      return FAILED;
    }
    Files.writeString(docs.resolve(Charts.LATENCY_FILE), Charts.latency(perf));
    err.println("wrote " + docs.resolve(Charts.LATENCY_FILE));
    return OK;
  }

  private static int generate(BenchOptions options, PrintStream err) throws IOException {
    String file = options.values().get("file");
    String size = options.values().get("size");
    if (file == null || size == null) {
      throw new IllegalArgumentException("generate needs --size N and --file FILE");
    }
    if (SharedCorpora.find().isEmpty()) {
      err.println(SharedCorpora.missingMessage());
      return USAGE_ERROR;
    }
    int n = Integer.parseInt(size.replace("_", ""));
    long seed = Long.parseLong(options.value("seed", Long.toString(SyntheticCorpus.DEFAULT_SEED)));
    long start = System.nanoTime();
    SyntheticCorpus.load(SharedCorpora.require(), seed).writeJsonl(Path.of(file), n);
    err.printf(Locale.ROOT, "wrote %,d posts (seed %d) to %s in %.1f s%n", n, seed, file, (System.nanoTime() - start) / 1e9);
    return OK;
  }

  private static String minutes(long nanos) {
    Duration d = Duration.ofNanos(nanos);
    return String.format(Locale.ROOT, "%d min %02d s", d.toMinutes(), d.toSecondsPart());
  }
}
