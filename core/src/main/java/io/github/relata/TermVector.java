package io.github.relata;

import java.util.Arrays;
import java.util.Map;
import java.util.function.ToIntFunction;

/** A sparse vector: term ids in ascending order with their weights. */
record TermVector(int[] ids, float[] weights) {

  static final TermVector EMPTY = new TermVector(new int[0], new float[0]);

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
