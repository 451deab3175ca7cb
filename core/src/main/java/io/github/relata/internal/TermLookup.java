package io.github.relata.internal;

import java.util.Arrays;

/**
 * Finds a query's terms by id in constant time: an open-addressing hash table from term id to the term's
 * position in the query, with a bit filter in front, so that scanning a candidate's terms costs one cheap
 * probe per term instead of the mispredicted branches of a merge.
 */
public final class TermLookup {

  private static final int EMPTY = -1;
  private static final int FILTER_BITS = 1 << 12;

  private final int[] keys;
  private final int[] positions;
  private final int shift;
  private final long[] filter = new long[FILTER_BITS / 64];

  public TermLookup(int[] terms) {
    int capacity = Integer.highestOneBit(Math.max(4, terms.length * 2 - 1)) << 1;
    keys = new int[capacity];
    positions = new int[capacity];
    shift = 32 - Integer.numberOfTrailingZeros(capacity);
    Arrays.fill(keys, EMPTY);
    for (int i = 0; i < terms.length; i++) {
      int slot = slot(terms[i]);
      while (keys[slot] != EMPTY) {
        slot = (slot + 1) & (capacity - 1);
      }
      keys[slot] = terms[i];
      positions[slot] = i;
      filter[(terms[i] & (FILTER_BITS - 1)) >>> 6] |= 1L << terms[i];
    }
  }

  private int slot(int term) {
    return (term * 0x9E3779B9) >>> shift;
  }

  /** Returns the position of {@code term} in the query, or -1. */
  public int positionOf(int term) {
    if ((filter[(term & (FILTER_BITS - 1)) >>> 6] & (1L << term)) == 0) {
      return -1;
    }
    int mask = keys.length - 1;
    for (int slot = slot(term); ; slot = (slot + 1) & mask) {
      int key = keys[slot];
      if (key == term) {
        return positions[slot];
      }
      if (key == EMPTY) {
        return -1;
      }
    }
  }
}
