package io.github.relata.bench.perf;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A performance goal of the issue, checked against a table row: either Relata's value against an absolute
 * limit, or the ratio Relata / MoreLikeThis against a limit; an upper limit, or a lower one for a figure
 * where higher is better (the build's posts a second).
 *
 * @param size the corpus size it applies to
 * @param figure the figure it applies to
 * @param limit the largest allowed value (seconds, or a ratio), or the smallest for a higher-is-better figure
 * @param relative whether the limit is on the ratio to MoreLikeThis rather than on Relata's value
 */
record Goal(int size, Figure figure, double limit, boolean relative) {

  /**
   * The goals of issue 12: the build at least Lucene's rate at 10k and 100k posts; at 100k query p50 at most a
   * tenth of MoreLikeThis's and all pairs within 15 s; retained heap no more than MoreLikeThis's at 100k and
   * 1M; and, from before, all pairs at 1M within 10 minutes.
   */
  static final List<Goal> ALL = List.of(
      new Goal(10_000, Figure.BUILD, 1.0, true),
      new Goal(100_000, Figure.BUILD, 1.0, true),
      new Goal(100_000, Figure.QUERY_P50, 0.1, true),
      new Goal(100_000, Figure.ALL_PAIRS, 15, false),
      new Goal(100_000, Figure.HEAP, 1.0, true),
      new Goal(1_000_000, Figure.HEAP, 1.0, true),
      new Goal(1_000_000, Figure.ALL_PAIRS, 600, false));

  /** Returns the goal for a row, if the issue sets one. */
  static Optional<Goal> of(int size, Figure figure) {
    return ALL.stream().filter(g -> g.size == size && g.figure == figure).findFirst();
  }

  /** Returns whether the goal is met by Relata's {@code value} and the {@code ratio} to MLT (NaN when unknown). */
  Optional<Boolean> met(double value, double ratio) {
    double checked = relative ? ratio : value;
    if (Double.isNaN(checked)) {
      return Optional.empty();
    }
    return Optional.of(figure.higherIsBetter() ? checked >= limit : checked <= limit);
  }

  /** Returns the goal as a table cell, e.g. {@code "≤ 0.1 × MLT"}, {@code "≥ 1 × MLT"} or {@code "≤ 15 s"}. */
  String describe() {
    String amount = limit == Math.rint(limit) ? String.format(Locale.ROOT, "%.0f", limit) : String.format(Locale.ROOT, "%.2f", limit);
    String bound = figure.higherIsBetter() ? "≥ " : "≤ ";
    return relative ? bound + amount + " × MLT" : bound + amount + " " + figure.unit();
  }
}
