package io.github.relata;

import java.util.Arrays;
import java.util.Map;
import java.util.function.ToIntFunction;

/** A sparse vector: term ids in ascending order with their weights. */
record TermVector(int[] ids, float[] weights) {

  /** Word pairs as {@code first << 32 | second} term ids, ascending, with their weights. */
  record Pairs(long[] ids, float[] weights) {
    static final Pairs EMPTY = new Pairs(new long[0], new float[0]);
  }

  /** Returns the pairs of {@code counts}, keyed as {@link Featurizer.Features#pairs}, each word's id from {@code idOf}. */
  static Pairs pairs(Map<String, Float> counts, ToIntFunction<String> idOf) {
    if (counts.isEmpty()) {
      return Pairs.EMPTY;
    }
    long[] ids = new long[counts.size()];
    Map<Long, Float> byId = new java.util.HashMap<>();
    int i = 0;
    for (Map.Entry<String, Float> e : counts.entrySet()) {
      String key = e.getKey();
      int split = key.indexOf(Featurizer.PAIR_SEPARATOR);
      long id = (long) idOf.applyAsInt(key.substring(0, split)) << 32 | idOf.applyAsInt(key.substring(split + 1));
      ids[i++] = id;
      byId.put(id, e.getValue());
    }
    Arrays.sort(ids);
    float[] weights = new float[ids.length];
    for (int j = 0; j < ids.length; j++) {
      weights[j] = byId.get(ids[j]);
    }
    return new Pairs(ids, weights);
  }

  static final TermVector EMPTY = new TermVector(new int[0], new float[0]);

  /** Returns the vector of {@code keys}, each with weight 1 (labels, title words), each id from {@code idOf}. */
  static TermVector ofEach(Iterable<String> keys, ToIntFunction<String> idOf) {
    Map<String, Float> counts = new java.util.LinkedHashMap<>();
    for (String key : keys) {
      counts.put(key, 1f);
    }
    return of(counts, idOf);
  }

  /** Returns the vector of {@code counts}, with each term's id from {@code idOf}. */
  static TermVector of(Map<String, Float> counts, ToIntFunction<String> idOf) {
    if (counts.isEmpty()) {
      return EMPTY;
    }
    long[] packed = new long[counts.size()];
    float[] byIndex = new float[counts.size()];
    int i = 0;
    for (Map.Entry<String, Float> e : counts.entrySet()) {
      byIndex[i] = e.getValue();
      packed[i] = ((long) idOf.applyAsInt(e.getKey()) << 32) | i;
      i++;
    }
    Arrays.sort(packed);
    int[] ids = new int[packed.length];
    float[] weights = new float[packed.length];
    for (int j = 0; j < packed.length; j++) {
      ids[j] = (int) (packed[j] >>> 32);
      weights[j] = byIndex[(int) packed[j]];
    }
    return new TermVector(ids, weights);
  }
}
