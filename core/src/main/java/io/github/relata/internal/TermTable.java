package io.github.relata.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * An immutable, compact map from strings to their positions in a list: the characters of all keys in one
 * byte array, each key in one byte a character where every character is below 256 (Latin-1, which holds
 * English and Swedish) and in two otherwise, and an open-addressing table of positions at most three
 * quarters full. About 20 bytes a key of eight letters, where a {@code HashMap<String, Integer>} takes about
 * 100. Built once, in bulk, for the term dictionary and the post ids.
 */
public final class TermTable implements KeyIndex {

  public static final TermTable EMPTY = of(List.of());

  /** Marks, in {@link #starts}, a key kept in two bytes a character. */
  private static final int WIDE = 1 << 31;

  private final byte[] bytes;
  /**
   * Where each key starts in {@link #bytes}, with {@link #WIDE} set for a key in two bytes a character; one
   * more entry than keys, the last the end of the bytes.
   */
  private final int[] starts;
  /** Position + 1 of the key in each slot, 0 for an empty slot. */
  private final int[] slots;

  private TermTable(byte[] bytes, int[] starts, int[] slots) {
    this.bytes = bytes;
    this.starts = starts;
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
   * dictionary, at a fraction of a hash map's memory. It keeps each key's hash, which the table it builds
   * does not, so that adding, the bulk build's busiest lookup, compares strings only for equal hashes. Not
   * thread-safe.
   */
  public static final class Builder {
    private byte[] bytes;
    private int length;
    private int[] starts;
    private int[] hashes;
    private int[] slots;
    private int size;

    public Builder(int expected) {
      int capacity = Math.max(16, expected);
      bytes = new byte[capacity * 8];
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
        if (hashes[i] == hash && matches(bytes, starts[i], starts[i + 1], key)) {
          return i;
        }
      }
      if (size == hashes.length) {
        hashes = Arrays.copyOf(hashes, size * 2);
        starts = Arrays.copyOf(starts, size * 2 + 1);
      }
      boolean wide = !latin1(key);
      int needed = wide ? 2 * key.length() : key.length();
      if (length + needed > bytes.length) {
        if (length + needed < 0) {
          throw new IllegalStateException("the keys take more than 2 GiB: " + size + " keys");
        }
        bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(2L * bytes.length, length + needed)));
      }
      put(key, wide, bytes, length);
      starts[size] = length | (wide ? WIDE : 0);
      length += needed;
      starts[size + 1] = length;
      hashes[size] = hash;
      slots[slot] = ++size;
      if (size * 2 > slots.length) {
        slots = slots(hashes, size, slots.length * 2);
      }
      return size - 1;
    }

    /** Returns the key at {@code position}. */
    public String key(int position) {
      return TermTable.key(bytes, starts, position);
    }

    public TermTable build() {
      return new TermTable(Arrays.copyOf(bytes, length), Arrays.copyOf(starts, size + 1), slots(hashes, size, finalCapacity(size)));
    }
  }

  /** The smallest power of two that holds {@code size} keys at most three quarters full, and at least two slots. */
  private static int finalCapacity(int size) {
    long needed = Math.max(2, ((long) size * 4 + 2) / 3);
    return (int) Math.min(1L << 30, Long.highestOneBit(needed - 1) << 1);
  }

  private static int[] slots(int[] hashes, int size, int capacity) {
    int[] slots = new int[capacity];
    for (int i = 0; i < size; i++) {
      int slot = spread(hashes[i]) & (capacity - 1);
      while (slots[slot] != 0) {
        slot = (slot + 1) & (capacity - 1);
      }
      slots[slot] = i + 1;
    }
    return slots;
  }

  private static int spread(int hash) {
    return hash * 0x9E3779B9 ^ (hash >>> 16);
  }

  private static boolean latin1(String key) {
    for (int k = 0; k < key.length(); k++) {
      if (key.charAt(k) > 0xFF) {
        return false;
      }
    }
    return true;
  }

  private static void put(String key, boolean wide, byte[] bytes, int at) {
    if (!wide) {
      for (int k = 0; k < key.length(); k++) {
        bytes[at + k] = (byte) key.charAt(k);
      }
      return;
    }
    for (int k = 0; k < key.length(); k++) {
      char c = key.charAt(k);
      bytes[at + 2 * k] = (byte) (c >>> 8);
      bytes[at + 2 * k + 1] = (byte) c;
    }
  }

  @Override
  public int size() {
    return starts.length - 1;
  }

  @Override
  public int indexOf(String key) {
    int mask = slots.length - 1;
    for (int slot = spread(key.hashCode()) & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      int i = entry - 1;
      if (matches(bytes, starts[i], starts[i + 1], key)) {
        return i;
      }
    }
  }

  /** Whether the key from {@code start} (with its {@link #WIDE} mark) to {@code end} is {@code key}. */
  private static boolean matches(byte[] bytes, int start, int end, String key) {
    int from = start & ~WIDE;
    int to = end & ~WIDE;
    int n = key.length();
    if (start >= 0) {
      if (to - from != n) {
        return false;
      }
      for (int k = 0; k < n; k++) {
        if ((bytes[from + k] & 0xFF) != key.charAt(k)) {
          return false;
        }
      }
      return true;
    }
    if (to - from != 2 * n) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if ((char) ((bytes[from + 2 * k] & 0xFF) << 8 | (bytes[from + 2 * k + 1] & 0xFF)) != key.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Returns the key at {@code position}. */
  public String key(int position) {
    return key(bytes, starts, position);
  }

  /** Calls {@code action} with every key and its position, in position order. */
  @Override
  public void forEach(ObjIntConsumer<String> action) {
    for (int i = 0; i < size(); i++) {
      action.accept(key(i), i);
    }
  }

  private static String key(byte[] bytes, int[] starts, int position) {
    int start = starts[position];
    int from = start & ~WIDE;
    int to = starts[position + 1] & ~WIDE;
    if (start >= 0) {
      return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }
    // Not decoded as UTF-16: a key may hold an unpaired surrogate, which a decoder would replace.
    char[] chars = new char[(to - from) / 2];
    for (int k = 0; k < chars.length; k++) {
      chars[k] = (char) ((bytes[from + 2 * k] & 0xFF) << 8 | (bytes[from + 2 * k + 1] & 0xFF));
    }
    return new String(chars);
  }

  @Override
  public String toString() {
    return "TermTable[size=" + size() + ", bytes=" + bytes.length + "]";
  }
}
