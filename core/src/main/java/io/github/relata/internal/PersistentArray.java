package io.github.relata.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * An immutable array that is changed by copying only the path to the changed slot: a 32-way trie, so a
 * change costs O(log32 n) and the old and the new array share everything else. Slots hold null until set.
 */
public final class PersistentArray<T> {

  private static final int BITS = 5;
  private static final int WIDTH = 1 << BITS;
  private static final int MASK = WIDTH - 1;

  private static final PersistentArray<?> EMPTY = new PersistentArray<>(new Object[WIDTH], BITS, 0);

  /** Inner nodes are {@code Object[WIDTH]} of children; leaves are {@code Object[WIDTH]} of values. */
  private final Object[] root;
  /** The bit shift of the root level: BITS for a one-level trie (root holds leaves). */
  private final int shift;
  private final int size;

  private PersistentArray(Object[] root, int shift, int size) {
    this.root = root;
    this.shift = shift;
    this.size = size;
  }

  @SuppressWarnings("unchecked")
  public static <T> PersistentArray<T> empty() {
    return (PersistentArray<T>) EMPTY;
  }

  /** Returns an array holding {@code values}, built in one pass. */
  public static <T> PersistentArray<T> of(@Nullable T[] values) {
    PersistentArray<T> array = empty();
    if (values.length == 0) {
      return array;
    }
    int shift = BITS;
    while (capacity(shift) < values.length) {
      shift += BITS;
    }
    Object[] root = new Object[WIDTH];
    for (int start = 0; start < values.length; start += WIDTH) {
      Object[] leaf = Arrays.copyOfRange(values, start, start + WIDTH, Object[].class);
      placeLeaf(root, shift, start, leaf);
    }
    return new PersistentArray<>(root, shift, values.length);
  }

  /**
   * Returns an array of size one past the last of {@code indexes}, with {@code values[i]} at {@code
   * indexes[i]} and null elsewhere, built in one pass that makes only the nodes on the way to those slots.
   *
   * @param indexes ascending, not negative
   * @param values as many as {@code indexes}
   */
  public static <T> PersistentArray<T> ofSparse(int[] indexes, @Nullable T[] values) {
    checkArgument(indexes.length == values.length, "%s indexes for %s values", indexes.length, values.length);
    if (indexes.length == 0) {
      return empty();
    }
    int size = indexes[indexes.length - 1] + 1;
    int shift = BITS;
    while (capacity(shift) < size) {
      shift += BITS;
    }
    Object[] root = new Object[WIDTH];
    for (int i = 0; i < indexes.length; i++) {
      int index = indexes[i];
      checkArgument(index >= 0 && (i == 0 || index > indexes[i - 1]), "indexes must be ascending and not negative: %s at %s", index, i);
      nodeAbove(root, shift, index, 0)[index & MASK] = values[i];
    }
    return new PersistentArray<>(root, shift, size);
  }

  private static void placeLeaf(Object[] root, int shift, int index, Object[] leaf) {
    nodeAbove(root, shift, index, BITS)[(index >>> BITS) & MASK] = leaf;
  }

  /**
   * Returns the node on {@code index}'s path from {@code root} whose slots are at level {@code lowest},
   * making the missing nodes on the way (for a tree being built, not yet shared).
   */
  private static Object[] nodeAbove(Object[] root, int shift, int index, int lowest) {
    Object[] node = root;
    for (int level = shift; level > lowest; level -= BITS) {
      int slot = (index >>> level) & MASK;
      Object[] child = (Object[]) node[slot];
      if (child == null) {
        child = new Object[WIDTH];
        node[slot] = child;
      }
      node = child;
    }
    return node;
  }

  private static long capacity(int shift) {
    return 1L << (shift + BITS);
  }

  public int size() {
    return size;
  }

  /** Returns the value at {@code index}, or null when that slot was never set. */
  @SuppressWarnings("unchecked")
  public @Nullable T get(int index) {
    checkElementIndex(index, size);
    Object[] node = root;
    for (int level = shift; level > 0; level -= BITS) {
      node = (Object[]) node[(index >>> level) & MASK];
      if (node == null) {
        return null;
      }
    }
    return (T) node[index & MASK];
  }

  /** Returns a copy with {@code value} at {@code index}, growing the array when index is at or past its end. */
  public PersistentArray<T> with(int index, @Nullable T value) {
    if (index < 0) {
      throw new IndexOutOfBoundsException("index must not be negative: " + index);
    }
    Object[] newRoot = root;
    int newShift = shift;
    while (index >= capacity(newShift)) {
      Object[] grown = new Object[WIDTH];
      grown[0] = newRoot;
      newRoot = grown;
      newShift += BITS;
    }
    newRoot = set(newRoot, newShift, index, value);
    return new PersistentArray<>(newRoot, newShift, Math.max(size, index + 1));
  }

  /** Returns a copy with {@code value} appended. */
  public PersistentArray<T> plus(@Nullable T value) {
    return with(size, value);
  }

  private static Object[] set(@Nullable Object[] node, int level, int index, @Nullable Object value) {
    Object[] copy = node == null ? new Object[WIDTH] : node.clone();
    if (level == 0) {
      copy[index & MASK] = value;
    } else {
      int slot = (index >>> level) & MASK;
      copy[slot] = set((Object[]) copy[slot], level - BITS, index, value);
    }
    return copy;
  }
}
