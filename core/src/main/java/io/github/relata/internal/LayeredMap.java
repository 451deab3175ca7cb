package io.github.relata.internal;

import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * An immutable map from strings to ints made of a compact base built once in bulk, where each key maps to
 * its position (a hash table, {@link TermTable}, for the term dictionary's busy lookups, or front-coded
 * sorted keys, {@link SortedKeys}, for the post ids), and a persistent overlay for later changes, so that a change costs O(log n) and leaves
 * earlier versions intact. A removal of a base key is recorded in the overlay as {@link #ABSENT}.
 */
public final class LayeredMap {

  public static final int ABSENT = -1;

  private static final LayeredMap EMPTY = new LayeredMap(TermTable.EMPTY, PersistentMap.empty(), 0);

  private final KeyIndex base;
  private final PersistentMap<String, Integer> overlay;
  private final int size;

  private LayeredMap(KeyIndex base, PersistentMap<String, Integer> overlay, int size) {
    this.base = base;
    this.overlay = overlay;
    this.size = size;
  }

  public static LayeredMap empty() {
    return EMPTY;
  }

  /** Returns a map of distinct {@code keys}, each to its position in the list. */
  public static LayeredMap of(List<String> keys) {
    return of(TermTable.of(keys));
  }

  /** Returns a map of the keys of {@code table}, each to its position. */
  public static LayeredMap of(TermTable table) {
    return new LayeredMap(table, PersistentMap.empty(), table.size());
  }

  /**
   * Returns a map of {@code keys}, each to its position in the list, kept sorted and front coded ({@link
   * SortedKeys}): a few bytes a key where keys share prefixes, for a lookup some times slower than {@link
   * #of(List)}'s; a key that appears twice maps to its first position.
   */
  public static LayeredMap sorted(List<String> keys) {
    SortedKeys base = SortedKeys.of(keys);
    return new LayeredMap(base, PersistentMap.empty(), base.size());
  }

  /** Returns the value for {@code key}, or {@link #ABSENT}. */
  public int get(String key) {
    Integer value = overlay.get(key);
    if (value != null) {
      return value;
    }
    return base.indexOf(key);
  }

  public int size() {
    return size;
  }

  public LayeredMap with(String key, int value) {
    boolean present = get(key) != ABSENT;
    return new LayeredMap(base, overlay.with(key, value), present ? size : size + 1);
  }

  public LayeredMap without(String key) {
    if (get(key) == ABSENT) {
      return this;
    }
    PersistentMap<String, Integer> newOverlay =
        base.indexOf(key) >= 0 ? overlay.with(key, ABSENT) : overlay.without(key);
    return new LayeredMap(base, newOverlay, size - 1);
  }

  /** Calls {@code action} for every entry, base entries first. */
  public void forEach(ObjIntConsumer<String> action) {
    base.forEach((key, position) -> {
      if (overlay.get(key) == null) {
        action.accept(key, position);
      }
    });
    overlay.forEach((k, v) -> {
      if (v != ABSENT) {
        action.accept(k, v);
      }
    });
  }
}
