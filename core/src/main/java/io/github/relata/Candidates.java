package io.github.relata;

import java.util.Arrays;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Finds the posts worth scoring exactly: those that share the query's strongest terms or its labels,
 * ranked by an approximate cosine from the postings, and kept only if eligible, so that filters act
 * before the cut.
 */
final class Candidates {

  /** The query's strongest terms used to find candidates. */
  static final int QUERY_TERMS = 48;
  /**
   * Terms in more than this share of posts are left out when finding candidates, unless too few are
   * found without them: their postings are the longest and their weight the smallest.
   */
  static final double COMMON_TERM_SHARE = 0.1;

  /** Per-thread accumulator, grown as indexes grow. */
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private Candidates() {}

  private static final class Scratch {
    float[] scores = new float[0];
    int[] touched = new int[0];
  }

  /**
   * Returns up to {@code max} eligible ordinals, best approximate score first.
   *
   * @param terms the query's term ids
   * @param weights each term's weight in the query vector (idf included)
   * @param idf each term's idf
   * @param labels the query's label ids, with {@code labelIdf}
   */
  static int[] find(
      IndexState state,
      int self,
      int[] terms,
      double[] weights,
      double[] idf,
      int[] labels,
      double[] labelIdf,
      int max,
      @Nullable IntPredicate eligible) {
    Scratch scratch = SCRATCH.get();
    int size = state.ordinalCount();
    if (scratch.scores.length < size) {
      scratch.scores = new float[Math.max(size, scratch.scores.length * 3 / 2)];
      scratch.touched = new int[scratch.scores.length];
    }
    float[] scores = scratch.scores;
    int[] touched = scratch.touched;
    int[] count = {0};

    Integer[] order = new Integer[terms.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(weights[b], weights[a]));
    int used = 0;
    int maxDf = Math.max(2, (int) (COMMON_TERM_SHARE * state.liveCount));
    boolean skippedCommon = false;
    for (int k = 0; k < order.length && used < QUERY_TERMS; k++) {
      int i = order[k];
      Postings p = state.postingsOf(terms[i]);
      if (p == null || p.df() < 2) {
        continue;
      }
      if (p.df() > maxDf) {
        skippedCommon = true;
        continue;
      }
      used++;
      accumulate(p, (float) (weights[i] * idf[i]), self, scores, touched, count);
    }
    if (skippedCommon && count[0] < max) {
      for (int k = 0; k < order.length; k++) {
        int i = order[k];
        Postings p = state.postingsOf(terms[i]);
        if (p != null && p.df() > maxDf) {
          accumulate(p, (float) (weights[i] * idf[i]), self, scores, touched, count);
        }
      }
    }
    for (int i = 0; i < labels.length; i++) {
      Postings p = state.postingsOf(labels[i]);
      if (p != null && p.df() >= 2) {
        accumulate(p, (float) (labelIdf[i] * labelIdf[i]), self, scores, touched, count);
      }
    }
    int[] best = select(scores, touched, count[0], max, eligible);
    for (int i = 0; i < count[0]; i++) {
      scores[touched[i]] = 0;
    }
    return best;
  }

  private static void accumulate(Postings p, float factor, int self, float[] scores, int[] touched, int[] count) {
    p.forEach(
        (ordinal, weight) -> {
          if (ordinal != self && ordinal < scores.length) {
            if (scores[ordinal] == 0) {
              touched[count[0]++] = ordinal;
            }
            scores[ordinal] += (float) (factor * Doc.dequantize(weight));
          }
        });
  }

  /** Keeps the best {@code max} eligible ordinals with a min-heap, checking eligibility only for contenders. */
  private static int[] select(float[] scores, int[] touched, int n, int max, @Nullable IntPredicate eligible) {
    int[] heap = new int[max];
    int size = 0;
    for (int i = 0; i < n; i++) {
      int ordinal = touched[i];
      float score = scores[ordinal];
      if (size == max && !better(score, ordinal, scores[heap[0]], heap[0])) {
        continue;
      }
      if (eligible != null && !eligible.test(ordinal)) {
        continue;
      }
      if (size < max) {
        heap[size] = ordinal;
        siftUp(heap, size++, scores);
      } else {
        heap[0] = ordinal;
        siftDown(heap, size, scores);
      }
    }
    int[] result = Arrays.copyOf(heap, size);
    Integer[] boxed = new Integer[size];
    for (int i = 0; i < size; i++) {
      boxed[i] = result[i];
    }
    Arrays.sort(boxed, (a, b) -> better(scores[a], a, scores[b], b) ? -1 : 1);
    for (int i = 0; i < size; i++) {
      result[i] = boxed[i];
    }
    return result;
  }

  /** Higher score first, then lower ordinal, so selection does not depend on visiting order. */
  private static boolean better(float s1, int o1, float s2, int o2) {
    return s1 > s2 || (s1 == s2 && o1 < o2);
  }

  private static void siftUp(int[] heap, int i, float[] scores) {
    while (i > 0) {
      int parent = (i - 1) / 2;
      if (better(scores[heap[parent]], heap[parent], scores[heap[i]], heap[i])) {
        swap(heap, i, parent);
        i = parent;
      } else {
        return;
      }
    }
  }

  private static void siftDown(int[] heap, int size, float[] scores) {
    int i = 0;
    while (true) {
      int left = 2 * i + 1;
      int right = left + 1;
      int worst = i;
      if (left < size && better(scores[heap[worst]], heap[worst], scores[heap[left]], heap[left])) {
        worst = left;
      }
      if (right < size && better(scores[heap[worst]], heap[worst], scores[heap[right]], heap[right])) {
        worst = right;
      }
      if (worst == i) {
        return;
      }
      swap(heap, i, worst);
      i = worst;
    }
  }

  private static void swap(int[] heap, int i, int j) {
    int t = heap[i];
    heap[i] = heap[j];
    heap[j] = t;
  }
}
