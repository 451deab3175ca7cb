package io.github.relata;

import java.util.List;

/**
 * An immutable, compact map from strings to their positions in a list: the characters of all keys in one
 * array and an open-addressing table of positions, about 30 bytes a key where a {@code HashMap<String,
 * Integer>} takes about 100. Built once, in bulk, for the term dictionary and the post ids.
 */
final class TermTable {

  static final TermTable EMPTY = of(List.of());

  private final char[] chars;
  /** Where each key starts in {@link #chars}; one more entry than keys. */
  private final int[] starts;
  private final int[] hashes;
  /** Position + 1 of the key in each slot, 0 for an empty slot. */
  private final int[] slots;

  private TermTable(char[] chars, int[] starts, int[] hashes, int[] slots) {
    this.chars = chars;
    this.starts = starts;
    this.hashes = hashes;
    this.slots = slots;
  }

  /** Returns a table of distinct keys, each mapped to its position in {@code keys}. */
  static TermTable of(List<String> keys) {
    int n = keys.size();
    int length = 0;
    for (String key : keys) {
      length += key.length();
    }
    char[] chars = new char[length];
    int[] starts = new int[n + 1];
    int[] hashes = new int[n];
    int capacity = Integer.highestOneBit(Math.max(2, 2 * n - 1)) << 1;
    int[] slots = new int[capacity];
    int at = 0;
    for (int i = 0; i < n; i++) {
      String key = keys.get(i);
      starts[i] = at;
      key.getChars(0, key.length(), chars, at);
      at += key.length();
      int hash = key.hashCode();
      hashes[i] = hash;
      int slot = spread(hash) & (capacity - 1);
      while (slots[slot] != 0) {
        slot = (slot + 1) & (capacity - 1);
      }
      slots[slot] = i + 1;
    }
    starts[n] = at;
    return new TermTable(chars, starts, hashes, slots);
  }

  private static int spread(int hash) {
    return hash * 0x9E3779B9 ^ (hash >>> 16);
  }

  int size() {
    return hashes.length;
  }

  /** Returns the position of {@code key}, or -1. */
  int indexOf(String key) {
    int hash = key.hashCode();
    int mask = slots.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      int i = entry - 1;
      if (hashes[i] == hash && matches(i, key)) {
        return i;
      }
    }
  }

  private boolean matches(int i, String key) {
    int start = starts[i];
    if (starts[i + 1] - start != key.length()) {
      return false;
    }
    for (int k = 0; k < key.length(); k++) {
      if (chars[start + k] != key.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Returns the key at {@code position}. */
  String key(int position) {
    return new String(chars, starts[position], starts[position + 1] - starts[position]);
  }

  @Override
  public String toString() {
    return "TermTable[size=" + size() + ", chars=" + chars.length + "]";
  }
}
