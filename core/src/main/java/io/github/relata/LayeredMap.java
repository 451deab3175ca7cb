package io.github.relata;

import java.util.Map;


/**
 * An immutable map from strings to ints made of a compact base, built once in bulk, and a persistent
 * overlay for later changes, so that a change costs O(log n) and leaves earlier versions intact.
 * A removal is recorded in the overlay as {@link #ABSENT}.
 */
final class LayeredMap {

  static final int ABSENT = -1;

  private static final LayeredMap EMPTY = new LayeredMap(Map.of(), PersistentMap.empty(), 0);

  private final Map<String, Integer> base;
  private final PersistentMap<String, Integer> overlay;
  private final int size;

  private LayeredMap(Map<String, Integer> base, PersistentMap<String, Integer> overlay, int size) {
    this.base = base;
    this.overlay = overlay;
    this.size = size;
  }

  static LayeredMap empty() {
    return EMPTY;
  }

  /** Returns a map holding {@code base}, which the caller must not change afterwards. */
  static LayeredMap of(Map<String, Integer> base) {
    return new LayeredMap(base, PersistentMap.empty(), base.size());
  }

  /** Returns the value for {@code key}, or {@link #ABSENT}. */
  int get(String key) {
    Integer value = overlay.get(key);
    if (value == null) {
      value = base.get(key);
    }
    return value == null ? ABSENT : value;
  }

  int size() {
    return size;
  }

  LayeredMap with(String key, int value) {
    boolean present = get(key) != ABSENT;
    return new LayeredMap(base, overlay.with(key, value), present ? size : size + 1);
  }

  LayeredMap without(String key) {
    if (get(key) == ABSENT) {
      return this;
    }
    PersistentMap<String, Integer> newOverlay =
        base.containsKey(key) ? overlay.with(key, ABSENT) : overlay.without(key);
    return new LayeredMap(base, newOverlay, size - 1);
  }

  /** Calls {@code action} for every entry. */
  void forEach(java.util.function.ObjIntConsumer<String> action) {
    base.forEach((k, v) -> {
      Integer over = overlay.get(k);
      if (over == null) {
        action.accept(k, v);
      }
    });
    overlay.forEach((k, v) -> {
      if (v != ABSENT) {
        action.accept(k, v);
      }
    });
  }

  /** Returns a map with the same entries in a fresh base and an empty overlay. */
  LayeredMap compacted() {
    if (overlay.size() == 0) {
      return this;
    }
    Map<String, Integer> merged = new java.util.HashMap<>(base);
    overlay.forEach((k, v) -> {
      if (v == ABSENT) {
        merged.remove(k);
      } else {
        merged.put(k, v);
      }
    });
    return of(merged);
  }

}
