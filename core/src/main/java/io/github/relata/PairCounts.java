package io.github.relata;


/**
 * How many live posts have each word pair, by the pair's hash: pairs have no entry in the term dictionary
 * (most occur in one post only, and an entry would cost more than the pair's whole weight), just a count
 * here. A compact open-addressing table from bulk builds under a persistent overlay for later changes.
 * Two pairs whose hashes collide share a count; with 32-bit hashes that is rare and harmless.
 */
final class PairCounts {

  static final PairCounts EMPTY = new PairCounts(new int[2], new int[2], PersistentMap.empty());

  /** Keys of the base table; a slot is empty when its count is 0. */
  private final int[] keys;
  private final int[] counts;
  private final PersistentMap<Integer, Integer> overlay;

  private PairCounts(int[] keys, int[] counts, PersistentMap<Integer, Integer> overlay) {
    this.keys = keys;
    this.counts = counts;
    this.overlay = overlay;
  }

  /** The hash of the pair of term ids {@code first}, {@code second}. */
  static int hash(int first, int second) {
    long h = ((long) first << 32 | (second & 0xFFFFFFFFL)) * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29) ^ (h >>> 47));
  }

  /** The hash of a pair packed as {@code first << 32 | second}. */
  static int hash(long pair) {
    return hash((int) (pair >>> 32), (int) pair);
  }

  int df(int hash) {
    if (overlay.size() > 0) {
      Integer changed = overlay.get(hash);
      if (changed != null) {
        return changed;
      }
    }
    int mask = keys.length - 1;
    for (int slot = mix(hash) & mask; counts[slot] != 0; slot = (slot + 1) & mask) {
      if (keys[slot] == hash) {
        return counts[slot];
      }
    }
    return 0;
  }

  PairCounts plus(int hash, int delta) {
    return new PairCounts(keys, counts, overlay.with(hash, df(hash) + delta));
  }

  private static int mix(int hash) {
    return hash * 0x85EBCA6B ^ (hash >>> 15);
  }

  /** Counts pairs for a bulk build. Not thread-safe. */
  static final class Builder {
    private int[] keys = new int[1 << 12];
    private int[] counts = new int[1 << 12];
    private int size;

    void add(int hash) {
      int mask = keys.length - 1;
      int slot = mix(hash) & mask;
      while (counts[slot] != 0) {
        if (keys[slot] == hash) {
          counts[slot]++;
          return;
        }
        slot = (slot + 1) & mask;
      }
      keys[slot] = hash;
      counts[slot] = 1;
      if (++size * 3 > keys.length * 2) {
        grow();
      }
    }

    private void grow() {
      int[] oldKeys = keys;
      int[] oldCounts = counts;
      keys = new int[oldKeys.length * 2];
      counts = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldCounts[i] != 0) {
          int slot = mix(oldKeys[i]) & mask;
          while (counts[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = oldKeys[i];
          counts[slot] = oldCounts[i];
        }
      }
    }

    PairCounts build() {
      return new PairCounts(keys, counts, PersistentMap.empty());
    }
  }

  // ---- snapshots ----

  /** Returns counts as a snapshot recorded them: base table, which the caller must not change, and overlay. */
  static PairCounts restored(int[] keys, int[] counts, PersistentMap<Integer, Integer> overlay) {
    return new PairCounts(keys, counts, overlay);
  }

  int[] baseKeys() {
    return keys;
  }

  int[] baseCounts() {
    return counts;
  }

  PersistentMap<Integer, Integer> overlay() {
    return overlay;
  }
}
