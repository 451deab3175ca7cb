package io.github.relata.internal;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * An immutable hash map changed by path copying: a hash array mapped trie (Bagwell), so that {@link #with}
 * and {@link #without} cost O(log32 n) and share the rest of the map. Null keys and values are not allowed.
 */
public final class PersistentMap<K, V> {

  private static final PersistentMap<?, ?> EMPTY = new PersistentMap<>(BitmapNode.EMPTY, 0);

  private final Node root;
  private final int size;

  private PersistentMap(Node root, int size) {
    this.root = root;
    this.size = size;
  }

  @SuppressWarnings("unchecked")
  public static <K, V> PersistentMap<K, V> empty() {
    return (PersistentMap<K, V>) EMPTY;
  }

  public int size() {
    return size;
  }

  @SuppressWarnings("unchecked")
  public @Nullable V get(K key) {
    return (V) root.find(hash(key), key, 0);
  }

  public PersistentMap<K, V> with(K key, V value) {
    Objects.requireNonNull(value, "value");
    boolean[] added = new boolean[1];
    Node newRoot = root.with(hash(key), key, value, 0, added);
    return newRoot == root ? this : new PersistentMap<>(newRoot, added[0] ? size + 1 : size);
  }

  public PersistentMap<K, V> without(K key) {
    Node newRoot = root.without(hash(key), key, 0);
    if (newRoot == root) {
      return this;
    }
    return new PersistentMap<>(newRoot == null ? BitmapNode.EMPTY : newRoot, size - 1);
  }

  @SuppressWarnings("unchecked")
  public void forEach(BiConsumer<? super K, ? super V> action) {
    root.forEach((BiConsumer<Object, Object>) action);
  }

  private static int hash(Object key) {
    int h = key.hashCode();
    return h ^ (h >>> 16) ^ (h * 0x9E3779B9 >>> 7);
  }

  private interface Node {
    @Nullable Object find(int hash, Object key, int shift);

    Node with(int hash, Object key, Object value, int shift, boolean[] added);

    /** Returns the node without {@code key}: itself when absent, null when it becomes empty. */
    @Nullable Node without(int hash, Object key, int shift);

    void forEach(BiConsumer<Object, Object> action);
  }

  /** Up to 32 entries or children, present slots marked in a bitmap: [key, value] or [null, child]. */
  private static final class BitmapNode implements Node {
    static final BitmapNode EMPTY = new BitmapNode(0, new Object[0]);

    final int bitmap;
    final Object[] slots;

    BitmapNode(int bitmap, Object[] slots) {
      this.bitmap = bitmap;
      this.slots = slots;
    }

    private static int bit(int hash, int shift) {
      return 1 << ((hash >>> shift) & 31);
    }

    private int index(int bit) {
      return Integer.bitCount(bitmap & (bit - 1));
    }

    @Override
    public @Nullable Object find(int hash, Object key, int shift) {
      int bit = bit(hash, shift);
      if ((bitmap & bit) == 0) {
        return null;
      }
      int i = 2 * index(bit);
      Object k = slots[i];
      if (k == null) {
        return ((Node) slots[i + 1]).find(hash, key, shift + 5);
      }
      return key.equals(k) ? slots[i + 1] : null;
    }

    @Override
    public Node with(int hash, Object key, Object value, int shift, boolean[] added) {
      int bit = bit(hash, shift);
      int i = 2 * index(bit);
      if ((bitmap & bit) == 0) {
        Object[] copy = new Object[slots.length + 2];
        System.arraycopy(slots, 0, copy, 0, i);
        copy[i] = key;
        copy[i + 1] = value;
        System.arraycopy(slots, i, copy, i + 2, slots.length - i);
        added[0] = true;
        return new BitmapNode(bitmap | bit, copy);
      }
      Object k = slots[i];
      Object v = slots[i + 1];
      if (k == null) {
        Node child = ((Node) v).with(hash, key, value, shift + 5, added);
        return child == v ? this : replace(i, null, child);
      }
      if (key.equals(k)) {
        return v.equals(value) ? this : replace(i, k, value);
      }
      added[0] = true;
      return replace(i, null, pair(k, v, hash(k), key, value, hash, shift + 5));
    }

    private BitmapNode replace(int i, @Nullable Object key, Object value) {
      Object[] copy = slots.clone();
      copy[i] = key;
      copy[i + 1] = value;
      return new BitmapNode(bitmap, copy);
    }

    private static Node pair(Object k1, Object v1, int h1, Object k2, Object v2, int h2, int shift) {
      if (h1 == h2 || shift >= 32) {
        return new CollisionNode(h1, new Object[] {k1, v1, k2, v2});
      }
      boolean[] ignored = new boolean[1];
      return EMPTY.with(h1, k1, v1, shift, ignored).with(h2, k2, v2, shift, ignored);
    }

    @Override
    public @Nullable Node without(int hash, Object key, int shift) {
      int bit = bit(hash, shift);
      if ((bitmap & bit) == 0) {
        return this;
      }
      int i = 2 * index(bit);
      Object k = slots[i];
      if (k == null) {
        Node child = (Node) slots[i + 1];
        Node newChild = child.without(hash, key, shift + 5);
        if (newChild == child) {
          return this;
        }
        if (newChild != null) {
          return replace(i, null, newChild);
        }
      } else if (!key.equals(k)) {
        return this;
      }
      if (bitmap == bit) {
        return null;
      }
      Object[] copy = new Object[slots.length - 2];
      System.arraycopy(slots, 0, copy, 0, i);
      System.arraycopy(slots, i + 2, copy, i, slots.length - i - 2);
      return new BitmapNode(bitmap ^ bit, copy);
    }

    @Override
    public void forEach(BiConsumer<Object, Object> action) {
      for (int i = 0; i < slots.length; i += 2) {
        if (slots[i] == null) {
          ((Node) slots[i + 1]).forEach(action);
        } else {
          action.accept(slots[i], slots[i + 1]);
        }
      }
    }
  }

  /** Entries whose keys share one full hash. */
  private static final class CollisionNode implements Node {
    final int hash;
    final Object[] entries;

    CollisionNode(int hash, Object[] entries) {
      this.hash = hash;
      this.entries = entries;
    }

    private int indexOf(Object key) {
      for (int i = 0; i < entries.length; i += 2) {
        if (key.equals(entries[i])) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public @Nullable Object find(int hash, Object key, int shift) {
      int i = indexOf(key);
      return i < 0 ? null : entries[i + 1];
    }

    @Override
    public Node with(int hash, Object key, Object value, int shift, boolean[] added) {
      if (hash != this.hash) {
        // Different hash: push this node one level down beside the new entry.
        boolean[] ignored = new boolean[1];
        BitmapNode holder =
            new BitmapNode(1 << ((this.hash >>> shift) & 31), new Object[] {null, this});
        return holder.with(hash, key, value, shift, added.length == 0 ? ignored : added);
      }
      int i = indexOf(key);
      if (i >= 0) {
        if (entries[i + 1].equals(value)) {
          return this;
        }
        Object[] copy = entries.clone();
        copy[i + 1] = value;
        return new CollisionNode(hash, copy);
      }
      Object[] copy = Arrays.copyOf(entries, entries.length + 2);
      copy[entries.length] = key;
      copy[entries.length + 1] = value;
      added[0] = true;
      return new CollisionNode(hash, copy);
    }

    @Override
    public @Nullable Node without(int hash, Object key, int shift) {
      int i = indexOf(key);
      if (i < 0) {
        return this;
      }
      if (entries.length == 2) {
        return null;
      }
      Object[] copy = new Object[entries.length - 2];
      System.arraycopy(entries, 0, copy, 0, i);
      System.arraycopy(entries, i + 2, copy, i, entries.length - i - 2);
      return new CollisionNode(hash, copy);
    }

    @Override
    public void forEach(BiConsumer<Object, Object> action) {
      for (int i = 0; i < entries.length; i += 2) {
        action.accept(entries[i], entries[i + 1]);
      }
    }
  }
}
