package io.github.relata.bench.perf;

import io.github.relata.bench.CommandLines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The parsed command line of {@link Bench}: a command and its {@code --name value} options, read by picocli.
 *
 * @param command {@code run}, {@code report}, {@code charts}, {@code generate}, {@code analysis-linearity}, {@code snapshot}, {@code limits} or {@code help}
 * @param values the options given, by name without the dashes
 * @param root the repository root, which the default paths are relative to
 */
record BenchOptions(String command, Map<String, String> values, Path root) {

  static final List<String> COMMANDS = List.of("run", "report", "charts", "generate", "analysis-linearity", "snapshot", "limits", "help");
  static final List<String> BENCHMARKS = List.of("build", "add", "query", "all-pairs", "heap");
  private static final Set<String> FLAGS = Set.of("skip-quality", "keep");
  private static final Set<String> NAMES = Set.of(
      "sizes", "engines", "only", "out", "corpora", "jmh-xmx", "heap-xmx", "prof", "mlt-sample", "relata-sample", "docs", "quality", "size", "file", "seed",
      "skip-quality", "mb", "inputs", "steps", "budget", "keep");

  /** The options as picocli reads them: each a string for the accessors below to check, the flags without a value. */
  private static final CommandSpec SPEC = spec();

  private static CommandSpec spec() {
    CommandSpec spec = CommandSpec.create();
    for (String name : NAMES.stream().sorted().toList()) {
      spec.addOption(FLAGS.contains(name)
          ? OptionSpec.builder("--" + name).arity("0").type(boolean.class).build()
          : OptionSpec.builder("--" + name).arity("1").type(String.class).paramLabel("VALUE").build());
    }
    return spec;
  }

  static final String USAGE = String.join("\n",
      "usage: Bench <command> [options]   (java -cp bench/target/benchmarks.jar io.github.relata.bench.perf.Bench ...)",
      "  run       runs the performance suite (JMH, then HeapPerPost in a JVM of its own) and prints the Performance table",
      "              --sizes 10000,100000   corpus sizes (default 10000,100000; 1000000 for the large run)",
      "              --engines relata,lucene-mlt   --only build,add,query,all-pairs,heap   (default: all)",
      "              --jmh-xmx 8g  --heap-xmx 8g   heap of the benchmark JVMs (default 8g, 14g from 1M posts)",
      "              --prof gc     a JMH profiler for every benchmark (gc, stack, jfr, ...)",
      "              --mlt-sample N   MoreLikeThis's all pairs from N posts' lists, scaled (default 0 = all; 20000 from 1M posts)",
      "              --relata-sample N  Relata's all pairs likewise (default 0 = all)",
      "  report    prints the Performance table of the results in --out",
      "  charts    writes docs/quality-ndcg.svg (runs the quality evaluation, or reads --quality FILE, Evaluate's",
      "            output) and docs/latency-vs-size.svg (from the results in --out); --skip-quality for the latter only",
      "  generate  writes synthetic posts as JSON Lines: --size N --file FILE [--seed 2026]",
      "  analysis-linearity  times analysis of adversarial texts at growing sizes and prints ms per MB per size and",
      "            the ratio of the largest size's to the smallest's (about 1 when linear); exit status 1 when some is not",
      "              --mb 1,10,100   sizes in MB of UTF-8 (default 1,10,100; give the JVM -Xmx8g for 100)",
      "              --inputs " + String.join(",", AdversarialText.keys()) + "   (default: all)",
      "              --steps " + String.join(",", AnalysisLinearity.Step.keys()) + "   (default: all)",
      "              --budget 120   longest call, in seconds, to run; larger sizes are extrapolated (≈)",
      "  snapshot  times building an index against saving and loading its snapshot, with the file size and the ratio",
      "            build / load: --sizes 100000 (default 10000,100000); --keep keeps bench/target/perf/snapshot-N.relata",
      "  limits    the machine's read bandwidth, memory latency and dense product rate, and beside them what the index",
      "            stores (bytes a post against the entropy of its terms), what a query reads and the SVD's work:",
      "            --sizes 100000 (default 10000,100000); give the JVM -Xmx8g",
      "common: --out DIR (default bench/target/perf)  --docs DIR (default docs)  --corpora DIR (default ../shared/corpora)");

  /**
   * Parses the arguments; {@code cwd} is the working directory, the repository root or a module.
   *
   * @throws IllegalArgumentException naming the bad argument
   */
  static BenchOptions parse(Path cwd, String... args) {
    if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
      return new BenchOptions("help", Map.of(), root(cwd));
    }
    String command = args[0];
    if (!COMMANDS.contains(command)) {
      throw new IllegalArgumentException("unknown command: " + command + " (known: " + String.join(", ", COMMANDS) + ")");
    }
    Map<String, String> values = new HashMap<>();
    for (OptionSpec option : CommandLines.parse(SPEC, Arrays.copyOfRange(args, 1, args.length)).matchedOptions()) {
      String name = option.longestName().substring(2);
      values.put(name, FLAGS.contains(name) ? "true" : option.getValue());
    }
    BenchOptions options = new BenchOptions(command, Map.copyOf(values), root(cwd));
    options.sizes();
    options.sizesMb();
    options.inputs();
    options.steps();
    options.budgetSeconds();
    options.only();
    options.engines();
    PerfEngine.NAMES.forEach(engine -> options.allPairsSample(engine, 0));
    return options;
  }

  /** Returns the repository root: the working directory or its parent, whichever has the bench module. */
  static Path root(Path cwd) {
    Path absolute = cwd.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute.resolve("bench"))) {
      return absolute;
    }
    Path parent = absolute.getParent();
    return parent != null && Files.isDirectory(parent.resolve("bench")) ? parent : absolute;
  }

  String value(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  boolean flag(String name) {
    return values.containsKey(name);
  }

  List<Integer> sizes() {
    return Arrays.stream(value("sizes", "10000,100000").split(","))
        .map(s -> s.strip().replace("_", ""))
        .map(s -> {
          try {
            int size = Integer.parseInt(s);
            if (size < 100) {
              throw new IllegalArgumentException("--sizes must be at least 100: " + s);
            }
            return size;
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--sizes must be numbers separated by commas: " + s, e);
          }
        })
        .toList();
  }

  List<String> engines() {
    List<String> engines = list("engines", String.join(",", PerfEngine.NAMES));
    engines.forEach(e -> {
      if (!PerfEngine.NAMES.contains(e)) {
        throw new IllegalArgumentException("unknown engine: " + e + " (known: " + String.join(", ", PerfEngine.NAMES) + ")");
      }
    });
    return engines;
  }

  List<String> only() {
    List<String> only = list("only", String.join(",", BENCHMARKS));
    only.forEach(b -> {
      if (!BENCHMARKS.contains(b)) {
        throw new IllegalArgumentException("unknown benchmark: " + b + " (known: " + String.join(", ", BENCHMARKS) + ")");
      }
    });
    return only;
  }

  private List<String> list(String name, String fallback) {
    return Arrays.stream(value(name, fallback).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Returns the text sizes of {@code analysis-linearity}, in MB, ascending. */
  List<Double> sizesMb() {
    List<Double> sizes = list("mb", "1,10,100").stream()
        .map(s -> {
          try {
            double mb = Double.parseDouble(s);
            if (!(mb >= 0.001 && mb <= 1_000)) {
              throw new IllegalArgumentException("--mb must be from 0.001 to 1000: " + s);
            }
            return mb;
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--mb must be numbers separated by commas: " + s, e);
          }
        })
        .sorted()
        .distinct()
        .toList();
    if (sizes.isEmpty()) {
      throw new IllegalArgumentException("--mb needs at least one size");
    }
    return sizes;
  }

  List<AdversarialText> inputs() {
    return list("inputs", String.join(",", AdversarialText.keys())).stream()
        .map(k -> AdversarialText.ofKey(k).orElseThrow(() ->
            new IllegalArgumentException("unknown input: " + k + " (known: " + String.join(", ", AdversarialText.keys()) + ")")))
        .toList();
  }

  List<AnalysisLinearity.Step> steps() {
    return list("steps", String.join(",", AnalysisLinearity.Step.keys())).stream()
        .map(k -> AnalysisLinearity.Step.ofKey(k).orElseThrow(() ->
            new IllegalArgumentException("unknown step: " + k + " (known: " + String.join(", ", AnalysisLinearity.Step.keys()) + ")")))
        .toList();
  }

  double budgetSeconds() {
    String value = value("budget", "120");
    try {
      double seconds = Double.parseDouble(value);
      if (!(seconds > 0)) {
        throw new IllegalArgumentException("--budget must be positive: " + value);
      }
      return seconds;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--budget must be a number of seconds: " + value, e);
    }
  }

  Path out() {
    return values.containsKey("out") ? Path.of(values.get("out")).toAbsolutePath() : root.resolve("bench/target/perf");
  }

  Path docs() {
    return values.containsKey("docs") ? Path.of(values.get("docs")).toAbsolutePath() : root.resolve("docs");
  }

  /** Returns how many posts' lists an engine's all-pairs run times at this size: 0 for all. */
  int allPairsSample(String engine, int size) {
    String option = engine.equals(LuceneMltEngine.NAME) ? "mlt-sample" : "relata-sample";
    String value = value(option, engine.equals(LuceneMltEngine.NAME) && size >= 1_000_000 ? "20000" : "0");
    try {
      int sample = Integer.parseInt(value.replace("_", ""));
      if (sample < 0) {
        throw new IllegalArgumentException("--" + option + " must not be negative: " + value);
      }
      return sample;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + option + " must be a number: " + value, e);
    }
  }

  /** Returns the JVM heap for a benchmark JVM at this size, e.g. {@code "8g"}. */
  String heap(String option, int size) {
    return value(option, size >= 1_000_000 ? "14g" : "8g");
  }
}
