package io.github.relata.bench;

/** Reads the used heap after asking the JVM to collect garbage; approximate by nature. */
final class HeapMeter {

  private static final int COLLECTIONS = 4;
  private static final long PAUSE_MILLIS = 30;
  private static final double BYTES_PER_MEGABYTE = 1024.0 * 1024.0;

  private HeapMeter() {}

  /** Returns the used heap in bytes after {@value #COLLECTIONS} {@code System.gc()} calls. */
  static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < COLLECTIONS; i++) {
      System.gc();
      try {
        Thread.sleep(PAUSE_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /** Returns a byte count in MiB. */
  static double megabytes(long bytes) {
    return bytes / BYTES_PER_MEGABYTE;
  }
}
