package io.github.relata.bench.perf;

/** A figure of the performance table, with its unit and which way is better. */
enum Figure {
  BUILD("index build", "posts/s", true),
  ADD("add one post, mean", "ms", false),
  QUERY_P50("query, p50", "ms", false),
  QUERY_P99("query, p99", "ms", false),
  ALL_PAIRS("all pairs, top 10", "s", false),
  HEAP("retained heap", "bytes/post", false);

  private final String label;
  private final String unit;
  private final boolean higherIsBetter;

  Figure(String label, String unit, boolean higherIsBetter) {
    this.label = label;
    this.unit = unit;
    this.higherIsBetter = higherIsBetter;
  }

  /** Returns the row label with its unit, e.g. {@code "query, p50 (ms)"}. */
  String title() {
    return label + " (" + unit + ")";
  }

  String unit() {
    return unit;
  }

  boolean higherIsBetter() {
    return higherIsBetter;
  }
}
