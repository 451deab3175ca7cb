package io.github.relata.bench;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;

/** Percentiles of measured latencies, by the nearest-rank method. */
final class Latencies {

  private static final double NANOS_PER_MILLI = 1_000_000.0;

  private final long[] sortedNanos;

  /** Creates the percentiles of the given latencies in nanoseconds; the array is not modified. */
  Latencies(long[] nanos) {
    checkArgument(nanos.length > 0, "at least one latency is needed: %s", nanos.length);
    sortedNanos = nanos.clone();
    Arrays.sort(sortedNanos);
  }

  /** Returns the {@code percent}th percentile in milliseconds: the value at rank ceil(percent/100 * n). */
  double percentileMillis(double percent) {
    checkArgument(percent > 0 && percent <= 100, "percent must be in (0, 100]: %s", percent);
    int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
    return sortedNanos[Math.max(rank, 1) - 1] / NANOS_PER_MILLI;
  }
}
