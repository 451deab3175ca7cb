package io.github.relata.bench.perf;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Renders performance figures as the Markdown "Performance" table: one row per corpus size and figure,
 * Relata beside Lucene MoreLikeThis, their ratio, and the goal where it sets one.
 */
final class PerformanceTable {

  static final String RELATA = RelataEngine.NAME;
  static final String MLT = LuceneMltEngine.NAME;
  static final String HEADER = "| posts | figure | relata | lucene-mlt | relata / mlt | goal |";
  static final String RULE = "|---:|---|---:|---:|---:|---|";
  static final String MISSING = "–";
  static final String ESTIMATED = "≈ ";
  static final String ESTIMATE_NOTE =
      "≈: estimated: the related lists of a sample of posts spread evenly over the index were timed, and the time scaled to all posts.";

  private PerformanceTable() {}

  /** Returns the table, each line ended by a newline, followed by a line per out-of-memory check. */
  static String render(PerfResults results) {
    StringBuilder table = new StringBuilder(HEADER).append('\n').append(RULE).append('\n');
    boolean anyEstimate = false;
    for (int size : results.sizes()) {
      for (Figure figure : Figure.values()) {
        Optional<Measurement> relataMeasurement = results.measurement(size, RELATA, figure);
        Optional<Measurement> mltMeasurement = results.measurement(size, MLT, figure);
        OptionalDouble relata = results.value(size, RELATA, figure);
        OptionalDouble mlt = results.value(size, MLT, figure);
        anyEstimate |= relataMeasurement.map(Measurement::estimated).orElse(false) || mltMeasurement.map(Measurement::estimated).orElse(false);
        if (relata.isEmpty() && mlt.isEmpty()) {
          continue;
        }
        double ratio = relata.isPresent() && mlt.isPresent() && mlt.getAsDouble() != 0
            ? relata.getAsDouble() / mlt.getAsDouble()
            : Double.NaN;
        table.append("| ").append(String.join(" | ",
                String.format(Locale.ROOT, "%,d", size),
                figure.title(),
                cell(relataMeasurement),
                cell(mltMeasurement),
                Double.isNaN(ratio) ? MISSING : ratio(ratio),
                goal(size, figure, relata, ratio)))
            .append(" |\n");
      }
    }
    if (anyEstimate) {
      table.append('\n').append(ESTIMATE_NOTE).append('\n');
    }
    for (String line : memoryChecks(results.heapRuns())) {
      table.append('\n').append(line).append('\n');
    }
    return table.toString();
  }

  private static String goal(int size, Figure figure, OptionalDouble relata, double ratio) {
    Optional<Goal> goal = Goal.of(size, figure);
    if (goal.isEmpty()) {
      return "";
    }
    Optional<Boolean> met = goal.get().met(relata.orElse(Double.NaN), ratio);
    return goal.get().describe() + ": " + met.map(ok -> ok ? "met" : "**missed**").orElse("not measured");
  }

  /** Returns one sentence per heap run with a limited heap (at most 4 GiB), saying whether the build fitted. */
  static List<String> memoryChecks(List<PerfResults.HeapRun> runs) {
    return runs.stream()
        .filter(run -> run.maxHeapBytes() <= 4L << 30)
        .map(run -> String.format(Locale.ROOT, "%s, %,d posts, -Xmx%s: %s", run.engine(), run.size(), heapSize(run.maxHeapBytes()),
            run.outOfMemory()
                ? String.format(Locale.ROOT, "**out of memory** after %.0f s of building.", run.buildSeconds())
                : String.format(Locale.ROOT, "built in %.0f s without running out of memory.", run.buildSeconds())))
        .toList();
  }

  private static String heapSize(long bytes) {
    double gib = bytes / (double) (1L << 30);
    return Math.abs(gib - Math.rint(gib)) < 0.05 ? String.format(Locale.ROOT, "%.0fg", gib) : String.format(Locale.ROOT, "%dm", bytes >> 20);
  }

  private static String cell(Optional<Measurement> measurement) {
    return measurement.map(m -> (m.estimated() ? ESTIMATED : "") + number(m.value())).orElse(MISSING);
  }

  /** Formats a figure with three or so significant digits and thousands separators; "–" when absent. */
  static String number(OptionalDouble value) {
    return value.isPresent() ? number(value.getAsDouble()) : MISSING;
  }

  static String number(double v) {
    if (!Double.isFinite(v)) {
      return MISSING;
    }
    double a = Math.abs(v);
    String format = a >= 100 ? "%,.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f";
    return String.format(Locale.ROOT, format, v);
  }

  static String ratio(double r) {
    return String.format(Locale.ROOT, r < 0.1 ? "%.3f" : "%.2f", r);
  }
}
