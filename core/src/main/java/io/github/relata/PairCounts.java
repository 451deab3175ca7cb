package io.github.relata;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.relata.internal.KeyFilter;
import io.github.relata.internal.PersistentMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;


/**
 * How many live posts have each word pair, by the pair's hash: pairs have no entry in the term dictionary
 * (most occur in one post only, and an entry would cost more than the pair's whole weight), just a count
 * here. Two pairs whose hashes collide share a count; with 32-bit hashes that is rare and harmless.
 *
 * <p>A bulk build's counts are kept in sorted arrays, five bytes a distinct pair (its hash and a count byte,
 * larger counts in a small map of their own) found through a directory by the hash's top bits; an open
 * addressing table took 12 to 24 bytes a pair, more than a post's whole encoded analysed form on sites of
 * many phrases. Later changes go into a persistent overlay.
 */
final class PairCounts {

  static final PairCounts EMPTY = sorted(new int[0], new int[0], PersistentMap.empty());

  /** Counts from this on are kept in {@link #large}; a count byte of 0 marks them. */
  private static final int LARGE = 255;
  /** The most directory bits: 65,536 buckets. */
  private static final int MAX_BITS = 16;
  /** Distinct pairs a directory bucket holds on average, at most. */
  private static final int PER_BUCKET = 16;

  /** Distinct pair hashes of the base, ascending (signed order). */
  private final int[] keys;
  /** Each key's count (unsigned, 1 to 254), or 0 when it is in {@link #large}. */
  private final byte[] counts;
  private final Map<Integer, Integer> large;
  /** Where the keys of each bucket of {@link #bits} top bits start in {@link #keys}; one more entry than buckets. */
  private final int[] directory;
  private final int bits;
  private final PersistentMap<Integer, Integer> overlay;
  /** The hashes {@link #overlay} might hold, so that most lookups go straight to the base arrays. */
  private final KeyFilter changed;

  private PairCounts(
      int[] keys, byte[] counts, Map<Integer, Integer> large, int[] directory, int bits, PersistentMap<Integer, Integer> overlay, KeyFilter changed) {
    this.keys = keys;
    this.counts = counts;
    this.large = large;
    this.directory = directory;
    this.bits = bits;
    this.overlay = overlay;
    this.changed = changed;
  }

  /**
   * Returns counts over distinct ascending {@code keys} with their positive {@code counts}, under {@code overlay}.
   *
   * @throws IllegalArgumentException if the keys are not distinct and ascending or a count is not positive
   */
  private static PairCounts sorted(int[] keys, int[] counts, PersistentMap<Integer, Integer> overlay) {
    checkArgument(keys.length == counts.length, "%s pair hashes but %s counts", keys.length, counts.length);
    byte[] small = new byte[keys.length];
    Map<Integer, Integer> large = new HashMap<>();
    for (int i = 0; i < keys.length; i++) {
      checkArgument(i == 0 || keys[i - 1] < keys[i], "pair hashes not distinct and ascending at %s", i);
      checkArgument(counts[i] > 0, "pair count not positive at %s: %s", i, counts[i]);
      if (counts[i] < LARGE) {
        small[i] = (byte) counts[i];
      } else {
        large.put(keys[i], counts[i]);
      }
    }
    int bits = 0;
    while (bits < MAX_BITS && (keys.length >> bits) > PER_BUCKET) {
      bits++;
    }
    int[] directory = new int[(1 << bits) + 1];
    for (int i = 0, bucket = 0; bucket <= 1 << bits; bucket++) {
      while (i < keys.length && bucket(keys[i], bits) < bucket) {
        i++;
      }
      directory[bucket] = i;
    }
    KeyFilter.Editor hashes = KeyFilter.EMPTY.edit();
    overlay.forEach((hash, count) -> hashes.add(hash));
    return new PairCounts(keys, small, Map.copyOf(large), directory, bits, overlay, hashes.build());
  }

  /** The bucket of {@code hash} among {@code 2^bits}: its top bits, in the keys' signed order. */
  private static int bucket(int hash, int bits) {
    return bits == 0 ? 0 : (hash ^ Integer.MIN_VALUE) >>> (32 - bits);
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
    return baseDf(hash);
  }

  private int baseDf(int hash) {
    int bucket = bucket(hash, bits);
    int at = Arrays.binarySearch(keys, directory[bucket], directory[bucket + 1], hash);
    return at < 0 ? 0 : countAt(at);
  }

  /** The count of the base's key at {@code i}. */
  private int countAt(int i) {
    int count = counts[i] & 0xFF;
    return count != 0 ? count : large.get(keys[i]);
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
      return new PairCounts(keys, counts, large, directory, bits, edited, hashes.build());
    }
  }

  /** The bucket of a hash in the {@link Builder}'s open-addressing table. */
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

    /** Returns the counts in the compact sorted form. */
    PairCounts build() {
      long[] packed = new long[size];
      int n = 0;
      for (int i = 0; i < keys.length; i++) {
        if (counts[i] != 0) {
          packed[n++] = (long) keys[i] << 32 | counts[i];
        }
      }
      Arrays.sort(packed);
      int[] sortedKeys = new int[n];
      int[] sortedCounts = new int[n];
      for (int i = 0; i < n; i++) {
        sortedKeys[i] = (int) (packed[i] >> 32);
        sortedCounts[i] = (int) packed[i];
      }
      return sorted(sortedKeys, sortedCounts, PersistentMap.empty());
    }
  }

  // ---- snapshots ----

  /**
   * Returns counts as a snapshot recorded them: distinct ascending hashes with their positive counts, and the overlay.
   *
   * @throws IllegalArgumentException if the hashes are not distinct and ascending or a count is not positive
   */
  static PairCounts restored(int[] keys, int[] counts, PersistentMap<Integer, Integer> overlay) {
    return sorted(keys, counts, overlay);
  }

  /** The base's distinct pair hashes, ascending; not to be changed. */
  int[] baseKeys() {
    return keys;
  }

  /** The base's count of each of {@link #baseKeys()}. */
  int[] baseCounts() {
    int[] all = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      all[i] = countAt(i);
    }
    return all;
  }

  PersistentMap<Integer, Integer> overlay() {
    return overlay;
  }
}
