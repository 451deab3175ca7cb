package io.github.relata.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * The closing line of a run: how many posts, how long, how fast, and the most heap the run used.
 *
 * @param posts the number of posts handled
 * @param seconds the run's wall-clock time
 * @param peakHeapBytes the peak heap use, as {@link #measurePeakHeap()} measures it
 */
record RunSummary(int posts, double seconds, long peakHeapBytes) {

  /** Returns the summary as one line, such as {@code 10246 posts, 21.4 s, 479 posts/s, peak heap 1210 MB}. */
  String format() {
    double rate = seconds > 0 ? posts / seconds : 0;
    return String.format(Locale.ROOT, "%d posts, %.1f s, %.0f posts/s, peak heap %d MB",
        posts, seconds, rate, Math.round(peakHeapBytes / 1e6));
  }

  /** Starts measuring the peak heap use afresh, so a run in a long-lived JVM reports its own. */
  static void resetPeakHeap() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        pool.resetPeakUsage();
      }
    }
  }

  /**
   * Returns the peak heap use since the last {@link #resetPeakHeap()}: the sum of each heap pool's peak
   * (young, survivor and old generations). The pools peak at different moments, so this is an upper bound.
   */
  static long measurePeakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
