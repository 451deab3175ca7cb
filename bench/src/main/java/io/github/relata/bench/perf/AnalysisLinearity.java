package io.github.relata.bench.perf;

import io.github.relata.analysis.Analyzer;
import io.github.relata.analysis.PlainText;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether analysis takes time linear in the text's length whatever the text: times each {@link
 * AdversarialText} at growing sizes (by default 1, 10 and 100 MB) through each {@link Step} and gives the
 * time per MB at each size and the ratio of the largest size's to the smallest's, about 1 when linear.
 *
 * <p>Two times per call: the CPU time of the analysing thread, which is the analysis's own work, and the
 * wall time, which adds the garbage collector's pauses and any wait for a core. A linear analysis whose
 * result (millions of tokens) stays on the heap makes the collector work harder as the heap fills, so the
 * wall time per MB may grow where the CPU time does not; the verdict is the CPU time's.
 *
 * <p>Before the sizes asked for, each input is timed at {@value #PROBE_SMALL_MB} and {@value
 * #PROBE_LARGE_MB} MB. A size whose wall time, extrapolated from the last two measured with their growth (at
 * least linear), would pass the budget is not run: its figure is the extrapolation, marked ≈. Each figure is
 * the best of three calls below 10 MB and of one from 10 MB, each after {@code System.gc()}.
 */
final class AnalysisLinearity {

  /** The ratio of the largest size's time per MB to the smallest's above which an input is not linear. */
  static final double FLAT = 1.5;
  static final double PROBE_SMALL_MB = 0.05;
  static final double PROBE_LARGE_MB = 0.2;
  static final double MB = 1_000_000;
  static final String FILE = "analysis-linearity.md";

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static volatile int sink;

  /** What is timed. */
  enum Step {
    SV("sv", "Analyzer.forLanguage(\"sv\").tokens", Analyzer.forLanguage("sv")::tokens),
    EN("en", "Analyzer.forLanguage(\"en\").tokens", Analyzer.forLanguage("en")::tokens),
    PLAIN_TEXT("plain-text", "PlainText.of", PlainText::of);

    final String key;
    final String call;
    final Function<String, ?> function;

    Step(String key, String call, Function<String, ?> function) {
      this.key = key;
      this.call = call;
      this.function = function;
    }

    static List<String> keys() {
      return Arrays.stream(values()).map(s -> s.key).toList();
    }

    static Optional<Step> ofKey(String key) {
      return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
  }

  /** Milliseconds per MB of the analysing thread's CPU and of the wall clock. */
  record Timing(double cpu, double wall) {}

  /** How a size's figure was had. */
  enum State { MEASURED, PROJECTED, OUT_OF_MEMORY, NOT_RUN }

  /** One size's figure, measured or extrapolated; NaN when out of memory or not run. */
  record Cell(double sizeMb, Timing timing, State state) {}

  /**
   * One input through one step.
   *
   * @param cells the sizes asked for, smallest first
   * @param exponent the growth of the CPU time with the size between the two largest sizes measured: 1
   *     when linear, 2 when quadratic
   */
  record Row(AdversarialText input, Step step, List<Cell> cells, double exponent) {
    /** Returns the largest size's CPU time per MB over the smallest's; NaN when either is missing. */
    double ratio() {
      return last().timing().cpu() / cells.get(0).timing().cpu();
    }

    double wallRatio() {
      return last().timing().wall() / cells.get(0).timing().wall();
    }

    private Cell last() {
      return cells.get(cells.size() - 1);
    }

    /** Returns whether the CPU time per MB stays flat: its ratio is at most {@link #FLAT} (or missing). */
    boolean linear() {
      return !(ratio() > FLAT);
    }
  }

  private AnalysisLinearity() {}

  /**
   * Returns the best times per MB of {@code repeats} calls of {@code function} on {@code text}.
   *
   * @param bytes the text's size in UTF-8 bytes
   */
  static Timing time(Function<String, ?> function, String text, long bytes, int repeats) {
    long bestCpu = Long.MAX_VALUE;
    long bestWall = Long.MAX_VALUE;
    for (int i = 0; i < repeats; i++) {
      System.gc();
      long cpu = THREADS.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      Object result = function.apply(text);
      bestWall = Math.min(bestWall, System.nanoTime() - wall);
      bestCpu = Math.min(bestCpu, THREADS.getCurrentThreadCpuTime() - cpu);
      sink += result.hashCode() & 1; // uses the result, so the call cannot be left out
    }
    double mb = bytes / MB;
    return new Timing(bestCpu / 1e6 / mb, bestWall / 1e6 / mb);
  }

  /** Runs every step on a small text of every input a few times, so that the code is compiled before it is timed. */
  static void warmUp(List<AdversarialText> inputs, List<Step> steps) {
    for (Step step : steps) {
      for (AdversarialText input : inputs) {
        String text = input.text(input == AdversarialText.COMBINING_MARKS ? 5_000 : 100_000);
        for (int i = 0; i < 8; i++) {
          sink += step.function.apply(text).hashCode() & 1;
        }
      }
    }
  }

  /** Measures one input through one step at {@code sizesMb} (ascending), each call within {@code budgetSeconds}. */
  static Row measure(AdversarialText input, Step step, List<Double> sizesMb, double budgetSeconds, PrintStream progress) {
    List<Double> sizes = new ArrayList<>();
    List<Timing> timings = new ArrayList<>();
    for (double probe : List.of(PROBE_SMALL_MB, PROBE_LARGE_MB)) {
      long bytes = (long) (probe * MB);
      Timing timing = time(step.function, input.text(bytes), bytes, 3);
      sizes.add(probe);
      timings.add(timing);
      report(progress, input, step, probe, timing, " (probe)");
    }
    List<Cell> cells = new ArrayList<>();
    boolean outOfMemory = false;
    for (double size : sizesMb) {
      if (outOfMemory) {
        cells.add(new Cell(size, new Timing(Double.NaN, Double.NaN), State.NOT_RUN));
        continue;
      }
      int n = sizes.size();
      double growth = Math.max(1, exponent(sizes, timings, Timing::wall));
      double projectedMs = timings.get(n - 1).wall() * sizes.get(n - 1) * Math.pow(size / sizes.get(n - 1), growth);
      if (projectedMs > budgetSeconds * 1000) {
        double cpuGrowth = Math.max(1, exponent(sizes, timings, Timing::cpu));
        double projectedCpuMs = timings.get(n - 1).cpu() * sizes.get(n - 1) * Math.pow(size / sizes.get(n - 1), cpuGrowth);
        cells.add(new Cell(size, new Timing(projectedCpuMs / size, projectedMs / size), State.PROJECTED));
        progress.printf(Locale.ROOT, "%s %s %s MB: not run, it would take about %.0f s%n", input.key(), step.key, Formats.mb(size), projectedMs / 1000);
        continue;
      }
      long bytes = (long) (size * MB);
      try {
        Timing timing = time(step.function, input.text(bytes), bytes, size < 10 ? 3 : 1);
        sizes.add(size);
        timings.add(timing);
        cells.add(new Cell(size, timing, State.MEASURED));
        report(progress, input, step, size, timing, "");
      } catch (OutOfMemoryError e) {
        cells.add(new Cell(size, new Timing(Double.NaN, Double.NaN), State.OUT_OF_MEMORY));
        progress.printf(Locale.ROOT, "%s %s %s MB: out of memory (-Xmx%d m)%n", input.key(), step.key, Formats.mb(size),
            Runtime.getRuntime().maxMemory() >> 20);
        outOfMemory = true;
      }
    }
    return new Row(input, step, cells, exponent(sizes, timings, Timing::cpu));
  }

  private static void report(PrintStream progress, AdversarialText input, Step step, double size, Timing timing, String note) {
    progress.printf(Locale.ROOT, "%s %s %s MB: %.1f ms per MB of CPU, %.1f of wall time%s%n", input.key(), step.key, Formats.mb(size),
        timing.cpu(), timing.wall(), note);
  }

  /** Returns the growth exponent between the last two measurements: log(time ratio) / log(size ratio). */
  private static double exponent(List<Double> sizes, List<Timing> timings, java.util.function.ToDoubleFunction<Timing> which) {
    int n = sizes.size();
    double a = which.applyAsDouble(timings.get(n - 2)) * sizes.get(n - 2);
    double b = which.applyAsDouble(timings.get(n - 1)) * sizes.get(n - 1);
    return Math.log(b / a) / Math.log(sizes.get(n - 1) / sizes.get(n - 2));
  }

  /**
   * Runs the command {@code Bench analysis-linearity}: every input of {@code --inputs} through every step
   * of {@code --steps} at the sizes of {@code --mb}; prints the table and writes it to {@value #FILE} in
   * {@code --out}.
   *
   * @return {@link Bench#OK} when every row is linear, else {@link Bench#FAILED}
   */
  static int run(BenchOptions options, PrintStream out, PrintStream err) throws IOException {
    List<AdversarialText> inputs = options.inputs();
    List<Step> steps = options.steps();
    List<Double> sizes = options.sizesMb();
    String machine = Machine.describe();
    long start = System.nanoTime();
    err.println("warming up");
    warmUp(inputs, steps);
    List<Row> rows = new ArrayList<>();
    for (AdversarialText input : inputs) {
      for (Step step : steps) {
        rows.add(measure(input, step, sizes, options.budgetSeconds(), err));
      }
    }
    String report = String.format(Locale.ROOT, "Machine: %s; -Xmx%d m; %.0f s.%n%n", machine, Runtime.getRuntime().maxMemory() >> 20,
            (System.nanoTime() - start) / 1e9)
        + render(rows, sizes) + "\n" + legend(inputs);
    Files.createDirectories(options.out());
    Path file = options.out().resolve(FILE);
    Files.writeString(file, report);
    out.print(report);
    out.flush();
    err.println("(written to " + file + ")");
    List<String> curved = rows.stream().filter(r -> !r.linear()).map(r -> r.input().key() + " through " + r.step().call).toList();
    if (!curved.isEmpty()) {
      err.println("error: not linear: " + String.join("; ", curved));
      return Bench.FAILED;
    }
    return Bench.OK;
  }

  /** Returns the Markdown table: one row per input and step, CPU and wall ms per MB at each size, the ratios and the growth. */
  static String render(List<Row> rows, List<Double> sizesMb) {
    StringBuilder table = new StringBuilder("| input | analysis |");
    StringBuilder rule = new StringBuilder("|---|---|");
    for (double size : sizesMb) {
      table.append(' ').append(Formats.mb(size)).append(" MB: ms/MB, CPU / wall |");
      rule.append("---:|");
    }
    String sizes = Formats.mb(sizesMb.get(sizesMb.size() - 1)) + " MB / " + Formats.mb(sizesMb.get(0)) + " MB";
    table.append(' ').append(sizes).append(", CPU | ").append(sizes).append(", wall | growth exponent, CPU | linear |\n");
    table.append(rule).append("---:|---:|---:|---|\n");
    for (Row row : rows) {
      table.append("| ").append(row.input().key()).append(" | ").append(row.step().call).append(" |");
      boolean projected = false;
      for (Cell cell : row.cells()) {
        projected |= cell.state() == State.PROJECTED;
        table.append(' ').append(switch (cell.state()) {
          case MEASURED -> Formats.figure(cell.timing().cpu()) + " / " + Formats.figure(cell.timing().wall());
          case PROJECTED -> "≈ " + Formats.figure(cell.timing().cpu()) + " / " + Formats.figure(cell.timing().wall());
          case OUT_OF_MEMORY -> "out of memory";
          case NOT_RUN -> "–";
        }).append(" |");
      }
      String mark = projected ? "≈ " : "";
      table.append(' ').append(Formats.ratio(mark, row.ratio())).append(" | ").append(Formats.ratio(mark, row.wallRatio()))
          .append(" | ").append(String.format(Locale.ROOT, "%.2f", row.exponent()))
          .append(" | ").append(row.linear() ? "yes" : "**no**").append(" |\n");
    }
    return table.toString();
  }

  /** Returns what each input is, as a Markdown list. */
  static String legend(List<AdversarialText> inputs) {
    StringBuilder legend = new StringBuilder();
    for (AdversarialText input : inputs) {
      legend.append("- `").append(input.key()).append("`: ").append(input.description()).append('\n');
    }
    return legend.toString();
  }

  /** Formats sizes and figures for the table. */
  static final class Formats {
    private Formats() {}

    static String mb(double size) {
      return size == Math.rint(size) ? String.format(Locale.ROOT, "%.0f", size) : String.valueOf(size);
    }

    static String figure(double value) {
      return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String ratio(String mark, double ratio) {
      return Double.isNaN(ratio) ? "–" : mark + String.format(Locale.ROOT, "%,.2f", ratio);
    }
  }
}
