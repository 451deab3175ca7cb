package io.github.relata;

/** One candidate of a query: its signal values, filled in step by step, and its score. */
final class ScoredCandidate {

  private static final int SIGNALS = Signal.values().length;

  final int ordinal;
  final Doc doc;
  private final double[] values = new double[SIGNALS];
  double score;
  /** The factor of the exposure correction applied to {@link #score}: below 1 for a post close to many. */
  double exposure = 1;

  ScoredCandidate(int ordinal, Doc doc) {
    this.ordinal = ordinal;
    this.doc = doc;
  }

  double value(Signal s) {
    return values[s.ordinal()];
  }

  void set(Signal s, double value) {
    values[s.ordinal()] = value;
  }
}
