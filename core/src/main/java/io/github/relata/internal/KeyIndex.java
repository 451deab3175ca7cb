package io.github.relata.internal;

import java.util.function.ObjIntConsumer;

/** Distinct keys, each with its position in the list they were built from: the base of a {@link LayeredMap}. */
interface KeyIndex {

  int size();

  /** Returns the position of {@code key}, or -1. */
  int indexOf(String key);

  /** Calls {@code action} with every key and its position. */
  void forEach(ObjIntConsumer<String> action);
}
