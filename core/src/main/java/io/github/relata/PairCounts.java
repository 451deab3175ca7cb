package io.github.relata;

import io.github.relata.internal.KeyFilter;
import io.github.relata.internal.PersistentMap;


/**
 * How many live posts have each word pair, by the pair's hash: pairs have no entry in the term dictionary
 * (most occur in one post only, and an entry would cost more than the pair's whole weight), just a count
 * here. A compact open-addressing table from bulk builds under a persistent overlay for later changes.
 * Two pairs whose hashes collide share a count; with 32-bit hashes that is rare and harmless.
 */
final class PairCounts {

  static final PairCounts EMPTY = new PairCounts(new int[2], new int[2], PersistentMap.empty(), KeyFilter.EMPTY);

  /** Keys of the base table; a slot is empty when its count is 0. */
  private final int[] keys;
  private final int[] counts;
  private final PersistentMap<Integer, Integer> overlay;
  /** The hashes {@link #overlay} might hold, so that most lookups go straight to the base table. */
  private final KeyFilter changed;

  private PairCounts(int[] keys, int[] counts, PersistentMap<Integer, Integer> overlay, KeyFilter changed) {
    this.keys = keys;
    this.counts = counts;
    this.overlay = overlay;
    this.changed = changed;
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
    if (overlay.size() > 0 && changed.mightContain(hash)) {
      Integer count = overlay.get(hash);
      if (count != null) {
        return count;
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

  /** Returns an editor for a change of several counts, which copies the key filter once. */
  Editor edit() {
    return new Editor();
  }

  /** Changes several pairs' counts, then makes the new table. Not thread-safe. */
  final class Editor {
    private PersistentMap<Integer, Integer> edited = overlay;
    private final KeyFilter.Editor hashes = changed.edit();

    private Editor() {}

    void plus(int hash, int delta) {
      Integer now = edited.get(hash);
      edited = edited.with(hash, (now != null ? now : df(hash)) + delta);
      hashes.add(hash);
    }

    PairCounts build() {
      return new PairCounts(keys, counts, edited, hashes.build());
    }
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
      return new PairCounts(keys, counts, PersistentMap.empty(), KeyFilter.EMPTY);
    }
  }

  // ---- snapshots ----

  /** Returns counts as a snapshot recorded them: base table, which the caller must not change, and overlay. */
  static PairCounts restored(int[] keys, int[] counts, PersistentMap<Integer, Integer> overlay) {
    KeyFilter.Editor hashes = KeyFilter.EMPTY.edit();
    overlay.forEach((hash, count) -> hashes.add(hash));
    return new PairCounts(keys, counts, overlay, hashes.build());
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
