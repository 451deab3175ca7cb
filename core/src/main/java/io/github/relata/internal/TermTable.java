package io.github.relata.internal;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable, compact map from strings to their positions in a list: the characters of all keys in one
 * array and an open-addressing table of positions, about 30 bytes a key where a {@code HashMap<String,
 * Integer>} takes about 100. Built once, in bulk, for the term dictionary and the post ids.
 */
public final class TermTable {

  public static final TermTable EMPTY = of(List.of());

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
  public static TermTable of(List<String> keys) {
    Builder builder = new Builder(keys.size());
    for (String key : keys) {
      builder.add(key);
    }
    return builder.build();
  }

  /**
   * Builds a table one key at a time, each new key taking the next position: the bulk build's term
   * dictionary, at a fraction of a hash map's memory. Not thread-safe.
   */
  public static final class Builder {
    private char[] chars;
    private int length;
    private int[] starts;
    private int[] hashes;
    private int[] slots;
    private int size;

    public Builder(int expected) {
      int capacity = Math.max(16, expected);
      chars = new char[capacity * 8];
      starts = new int[capacity + 1];
      hashes = new int[capacity];
      slots = new int[Integer.highestOneBit(2 * capacity - 1) << 1];
    }

    public int size() {
      return size;
    }

    /** Returns the position of {@code key}, adding it at the end if new. */
    public int add(String key) {
      int hash = key.hashCode();
      int mask = slots.length - 1;
      int slot = spread(hash) & mask;
      for (int entry; (entry = slots[slot]) != 0; slot = (slot + 1) & mask) {
        int i = entry - 1;
        if (hashes[i] == hash && matches(chars, starts[i], starts[i + 1], key)) {
          return i;
        }
      }
      if (size == hashes.length) {
        hashes = Arrays.copyOf(hashes, size * 2);
        starts = Arrays.copyOf(starts, size * 2 + 1);
      }
      if (length + key.length() > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + key.length()));
      }
      key.getChars(0, key.length(), chars, length);
      starts[size] = length;
      length += key.length();
      starts[size + 1] = length;
      hashes[size] = hash;
      slots[slot] = ++size;
      if (size * 2 > slots.length) {
        rehash(slots.length * 2);
      }
      return size - 1;
    }

    private void rehash(int capacity) {
      slots = new int[capacity];
      for (int i = 0; i < size; i++) {
        int slot = spread(hashes[i]) & (capacity - 1);
        while (slots[slot] != 0) {
          slot = (slot + 1) & (capacity - 1);
        }
        slots[slot] = i + 1;
      }
    }

    /** Returns the key at {@code position}. */
    public String key(int position) {
      return new String(chars, starts[position], starts[position + 1] - starts[position]);
    }

    public TermTable build() {
      return new TermTable(
          Arrays.copyOf(chars, length), Arrays.copyOf(starts, size + 1), Arrays.copyOf(hashes, size), slots);
    }
  }

  private static int spread(int hash) {
    return hash * 0x9E3779B9 ^ (hash >>> 16);
  }

  public int size() {
    return hashes.length;
  }

  /** Returns the position of {@code key}, or -1. */
  public int indexOf(String key) {
    int hash = key.hashCode();
    int mask = slots.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      int i = entry - 1;
      if (hashes[i] == hash && matches(chars, starts[i], starts[i + 1], key)) {
        return i;
      }
    }
  }

  private static boolean matches(char[] chars, int start, int end, String key) {
    if (end - start != key.length()) {
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
  public String key(int position) {
    return new String(chars, starts[position], starts[position + 1] - starts[position]);
  }

  @Override
  public String toString() {
    return "TermTable[size=" + size() + ", chars=" + chars.length + "]";
  }
}
