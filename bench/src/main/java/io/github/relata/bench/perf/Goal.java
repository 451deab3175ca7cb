package io.github.relata.bench.perf;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A performance goal of the issue, checked against a table row: either Relata's value against an absolute
 * limit, or the ratio Relata / MoreLikeThis against a limit.
 *
 * @param size the corpus size it applies to
 * @param figure the figure it applies to
 * @param limit the largest allowed value (seconds, or a ratio)
 * @param relative whether the limit is on the ratio to MoreLikeThis rather than on Relata's value
 */
record Goal(int size, Figure figure, double limit, boolean relative) {

  /** The goals: at 100k posts query p50 at most a quarter of MLT's, all pairs within 30 s, heap no more than Lucene's; at 1M all pairs within 10 minutes. */
  static final List<Goal> ALL = List.of(
      new Goal(100_000, Figure.QUERY_P50, 0.25, true),
      new Goal(100_000, Figure.ALL_PAIRS, 30, false),
      new Goal(100_000, Figure.HEAP, 1.0, true),
      new Goal(1_000_000, Figure.ALL_PAIRS, 600, false));

  /** Returns the goal for a row, if the issue sets one. */
  static Optional<Goal> of(int size, Figure figure) {
    return ALL.stream().filter(g -> g.size == size && g.figure == figure).findFirst();
  }

  /** Returns whether the goal is met by Relata's {@code value} and the {@code ratio} to MLT (NaN when unknown). */
  Optional<Boolean> met(double value, double ratio) {
    double checked = relative ? ratio : value;
    return Double.isNaN(checked) ? Optional.empty() : Optional.of(checked <= limit);
  }

  /** Returns the goal as a table cell, e.g. {@code "≤ 0.25 × MLT"} or {@code "≤ 30 s"}. */
  String describe() {
    String amount = limit == Math.rint(limit) ? String.format(Locale.ROOT, "%.0f", limit) : String.format(Locale.ROOT, "%.2f", limit);
    return relative ? "≤ " + amount + " × MLT" : "≤ " + amount + " " + figure.unit();
  }
}
