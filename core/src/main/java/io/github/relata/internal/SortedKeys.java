package io.github.relata.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ObjIntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * An immutable map from distinct strings to ints, the keys sorted and front coded: a block of {@value
 * #BLOCK} keys keeps its first key whole and every other key as the number of leading characters it
 * shares with the key before it and the characters that follow, each character a variable-length number
 * (one byte below 128). A lookup is a binary search over the blocks' first keys and a walk through one
 * block. Post ids, which a site's pattern makes share long prefixes ({@code news/2018/03/...}), take a
 * few bytes each where a hash table of them takes their characters and some ten bytes of table: about 5
 * against 29 bytes an id of the benchmark's posts.
 *
 * <p>The value of each key is its position in the list it was built from. When the list is sorted, as the
 * ids of a bulk-built index are, no values are kept: a key's value is its rank.
 */
public final class SortedKeys implements KeyIndex {

  /** Keys a block; the first kept whole. */
  static final int BLOCK = 16;

  /** The blocks, one after another. */
  private final byte[] bytes;
  /** Where each block starts in {@link #bytes}. */
  private final int[] blocks;
  /** The value of the key of each rank, or null when every key's value is its rank. */
  private final int @Nullable [] values;
  private final int size;
  /** The length of the longest key, for the buffer a block is read into. */
  private final int longest;

  private SortedKeys(byte[] bytes, int[] blocks, int @Nullable [] values, int size, int longest) {
    this.bytes = bytes;
    this.blocks = blocks;
    this.values = values;
    this.size = size;
    this.longest = longest;
  }

  /**
   * Returns a map of {@code keys}, each to its position in the list; a key that appears more than once
   * maps to its first position and is counted once in {@link #size}.
   */
  public static SortedKeys of(List<String> keys) {
    int n = keys.size();
    boolean ascending = true;
    for (int i = 1; i < n && ascending; i++) {
      ascending = keys.get(i - 1).compareTo(keys.get(i)) < 0;
    }
    int @Nullable [] order;
    if (ascending) {
      order = null;
    } else {
      Integer[] boxed = new Integer[n];
      Arrays.setAll(boxed, i -> i);
      // Stable: of equal keys the first position comes first and is kept.
      Arrays.sort(boxed, Comparator.comparing(keys::get));
      order = new int[n];
      int distinct = 0;
      for (int r = 0; r < n; r++) {
        if (distinct == 0 || !keys.get(boxed[r]).equals(keys.get(order[distinct - 1]))) {
          order[distinct++] = boxed[r];
        }
      }
      order = Arrays.copyOf(order, distinct);
    }
    int size = order == null ? n : order.length;
    Writer out = new Writer(Math.max(16, size * 4));
    int[] blocks = new int[(size + BLOCK - 1) / BLOCK];
    int longest = 0;
    String previous = "";
    for (int r = 0; r < size; r++) {
      String key = keys.get(order == null ? r : order[r]);
      longest = Math.max(longest, key.length());
      int shared = 0;
      if (r % BLOCK == 0) {
        blocks[r / BLOCK] = out.length;
      } else {
        int limit = Math.min(previous.length(), key.length());
        while (shared < limit && previous.charAt(shared) == key.charAt(shared)) {
          shared++;
        }
        out.varInt(shared);
      }
      out.varInt(key.length() - shared);
      for (int k = shared; k < key.length(); k++) {
        out.varInt(key.charAt(k));
      }
      previous = key;
    }
    return new SortedKeys(Arrays.copyOf(out.bytes, out.length), blocks, order, size, longest);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public int indexOf(String key) {
    // The last block whose first key is at most the key.
    int low = 0;
    int high = blocks.length - 1;
    int block = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = compareFirst(mid, key);
      if (c == 0) {
        return value(mid * BLOCK);
      }
      if (c < 0) {
        block = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    if (block < 0) {
      return -1;
    }
    char[] current = new char[longest];
    int[] at = {blocks[block]};
    int length = readFirst(at, current);
    for (int r = block * BLOCK + 1; r < Math.min(size, (block + 1) * BLOCK); r++) {
      length = readNext(at, current);
      int c = compare(current, length, key);
      if (c == 0) {
        return value(r);
      }
      if (c > 0) {
        return -1;
      }
    }
    return -1;
  }

  /** Calls {@code action} with every key and its position, in the keys' order. */
  @Override
  public void forEach(ObjIntConsumer<String> action) {
    char[] current = new char[longest];
    int[] at = {0};
    for (int r = 0; r < size; r++) {
      int length = r % BLOCK == 0 ? readFirst(at, current) : readNext(at, current);
      action.accept(new String(current, 0, length), value(r));
    }
  }

  private int value(int rank) {
    return values == null ? rank : values[rank];
  }

  /** Compares the first key of {@code block} with {@code key}, reading it from the bytes. */
  private int compareFirst(int block, String key) {
    int[] at = {blocks[block]};
    int length = varInt(at);
    int n = Math.min(length, key.length());
    for (int k = 0; k < n; k++) {
      int c = varInt(at) - key.charAt(k);
      if (c != 0) {
        return c;
      }
    }
    return length - key.length();
  }

  private static int compare(char[] chars, int length, String key) {
    int n = Math.min(length, key.length());
    for (int k = 0; k < n; k++) {
      int c = chars[k] - key.charAt(k);
      if (c != 0) {
        return c;
      }
    }
    return length - key.length();
  }

  private int readFirst(int[] at, char[] into) {
    int length = varInt(at);
    for (int k = 0; k < length; k++) {
      into[k] = (char) varInt(at);
    }
    return length;
  }

  private int readNext(int[] at, char[] into) {
    int shared = varInt(at);
    int suffix = varInt(at);
    for (int k = 0; k < suffix; k++) {
      into[shared + k] = (char) varInt(at);
    }
    return shared + suffix;
  }

  private int varInt(int[] at) {
    int value = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = bytes[at[0]++];
      value |= (b & 0x7F) << shift;
      if (b >= 0) {
        return value;
      }
    }
  }

  /** A growing byte array written a variable-length number at a time. */
  private static final class Writer {
    byte[] bytes;
    int length;

    Writer(int capacity) {
      bytes = new byte[capacity];
    }

    void varInt(int value) {
      if (length + 5 > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(length + 5, (int) Math.min(Integer.MAX_VALUE - 8, 2L * bytes.length)));
      }
      while ((value & ~0x7F) != 0) {
        bytes[length++] = (byte) (value & 0x7F | 0x80);
        value >>>= 7;
      }
      bytes[length++] = (byte) value;
    }
  }

  @Override
  public String toString() {
    return "SortedKeys[size=" + size + ", bytes=" + bytes.length + "]";
  }
}
