package io.github.relata;

import java.util.ArrayDeque;

/**
 * The candidate search's accumulators, lent to one query at a time and kept by the engine for the next, so
 * that a query allocates nothing proportional to the index. Belongs to an engine (not to a thread or to the
 * class), so it goes when the engine does, and keeps at most {@link #IDLE} sets of arrays, however many
 * threads have queried. Thread-safe.
 */
final class ScratchPool {

  /** At most this many idle sets of arrays are kept; more concurrent queries allocate and drop their own. */
  static final int IDLE = Math.max(2, Runtime.getRuntime().availableProcessors());

  /** Score bins for finding the best candidates without sorting all of them. */
  static final int BINS = 1024;

  /** One query's accumulators, sized for an index of at least {@link #capacity()} ordinals. */
  static final class Scratch {
    float[] scores = new float[0];
    int[] touched = new int[0];
    float[] values = new float[0];
    final int[] histogram = new int[BINS];

    int capacity() {
      return scores.length;
    }

    /** Grows the accumulators to hold {@code size} ordinals, and shrinks them when they are far too big. */
    void fit(int size) {
      if (scores.length < size || scores.length > 4 * Math.max(size, 1024)) {
        scores = new float[size < scores.length ? size : Math.max(size, scores.length * 3 / 2)];
        touched = new int[scores.length];
        values = new float[0];
      }
    }
  }

  private final ArrayDeque<Scratch> idle = new ArrayDeque<>();

  /** Lends a set of accumulators; give it back with {@link #release}. */
  Scratch borrow() {
    synchronized (idle) {
      Scratch s = idle.pollFirst();
      return s != null ? s : new Scratch();
    }
  }

  /** Takes back a set of accumulators (all zero again), keeping it when fewer than {@link #IDLE} are idle. */
  void release(Scratch scratch) {
    synchronized (idle) {
      if (idle.size() < IDLE) {
        idle.addFirst(scratch);
      }
    }
  }
}
