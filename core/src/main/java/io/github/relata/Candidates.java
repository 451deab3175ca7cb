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
  static final int QUERY_TERMS = 24;
  /**
   * Terms in more than this share of posts are left out when finding candidates, unless too few are
   * found without them: their postings are the longest and their weight the smallest.
   */
  static final double COMMON_TERM_SHARE = 0.1;

  private Candidates() {}

  /**
   * Returns up to {@code max} eligible ordinals, best approximate score first: the query's strongest terms
   * and its labels are looked up in the postings, and the posts they lead to scored by an approximate cosine.
   *
   * @param eligible which ordinals may be returned, or null for all
   */
  static int[] find(IndexData index, QueryVector query, int max, @Nullable IntPredicate eligible) {
    ScratchPool pool = index.engine().scratch();
    ScratchPool.Scratch scratch = pool.borrow();
    Search search = new Search(index, query.ordinal, scratch, max);
    search.addTerms(query.vectors.terms, query.weights, query.idf);
    search.addLabels(query.vectors.labels, query.labelIdf);
    int[] best = search.best(eligible);
    // Given back only after a clean run, which leaves the accumulators zero again.
    pool.release(scratch);
    return best;
  }

  /**
   * Returns the positions of the query's terms in the order candidate search adds them, each in the low 32
   * bits: heaviest first, ties to the earlier position.
   */
  static long[] byWeight(double[] weights) {
    long[] order = new long[weights.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = (long) ~Float.floatToIntBits((float) weights[i]) << 32 | i; // weight bits above, position below
    }
    Arrays.sort(order);
    return order;
  }

  /** The largest document frequency of a term that is not common ({@link #COMMON_TERM_SHARE}) among {@code posts}. */
  static int maxDf(int posts) {
    return Math.max(2, (int) (COMMON_TERM_SHARE * posts));
  }

  /** One query's accumulation of approximate scores in borrowed scratch arrays. */
  private static final class Search {
    private final IndexData index;
    private final int self;
    private final ScratchPool.Scratch scratch;
    private final int max;
    /** A long term is read for its heaviest entries only, unless the list wants more candidates than that. */
    private final int budget;
    /** Ordinals with a score so far, in {@code scratch.touched}. */
    private int count;

    Search(IndexData index, int self, ScratchPool.Scratch scratch, int max) {
      scratch.fit(index.ordinalCount());
      this.index = index;
      this.self = self;
      this.scratch = scratch;
      this.max = max;
      this.budget = Math.max(Postings.IMPACT_BUDGET, max);
    }

    private void add(Postings p, double factor) {
      count = p.accumulate((float) factor, self, scratch.scores, scratch.touched, count, budget);
    }

    /**
     * Adds the postings of up to {@link #QUERY_TERMS} of the query's terms, heaviest first (ties to the
     * earlier position), leaving out those in more than {@link #COMMON_TERM_SHARE} of posts unless too few
     * candidates are found without them.
     */
    void addTerms(int[] terms, double[] weights, double[] idf) {
      long[] order = byWeight(weights);
      int used = 0;
      int maxDf = maxDf(index.liveCount());
      boolean skippedCommon = false;
      for (int k = 0; k < order.length && used < QUERY_TERMS; k++) {
        int i = (int) order[k];
        Postings p = index.postingsOf(terms[i]);
        if (p == null || p.df() < 2) {
          continue;
        }
        if (p.df() > maxDf) {
          skippedCommon = true;
          continue;
        }
        used++;
        add(p, weights[i] * idf[i]);
      }
      if (skippedCommon && count < max) {
        for (long key : order) {
          int i = (int) key;
          Postings p = index.postingsOf(terms[i]);
          if (p != null && p.df() > maxDf) {
            add(p, weights[i] * idf[i]);
          }
        }
      }
    }

    /** Adds the postings of the query's labels that another post has too, each weighted by its idf squared. */
    void addLabels(int[] labels, double[] labelIdf) {
      for (int i = 0; i < labels.length; i++) {
        Postings p = index.postingsOf(labels[i]);
        if (p != null && p.df() >= 2) {
          add(p, labelIdf[i] * labelIdf[i]);
        }
      }
    }

    /** Returns the best eligible ordinals (see {@link #select}) and zeroes the accumulators again. */
    int[] best(@Nullable IntPredicate eligible) {
      float[] scores = scratch.scores;
      int[] touched = scratch.touched;
      if (scratch.values.length < count) {
        scratch.values = new float[Math.max(count, scratch.values.length * 3 / 2)];
      }
      float[] values = scratch.values;
      for (int i = 0; i < count; i++) {
        values[i] = scores[touched[i]];
      }
      int[] best = select(values, touched, count, max, eligible, scratch.histogram);
      for (int i = 0; i < count; i++) {
        scores[touched[i]] = 0;
      }
      return best;
    }
  }

  private static final int BINS = ScratchPool.BINS;

  /**
   * Returns the best {@code max} eligible ordinals, best first (higher score, then lower ordinal, so the
   * result does not depend on visiting order). A histogram of the scores gives the band of scores that
   * holds enough candidates; only that band is sorted and checked for eligibility, and lower bands only
   * when filters reject too many.
   */
  static int[] select(float[] values, int[] touched, int n, int max, @Nullable IntPredicate eligible, int[] histogram) {
    float top = 0;
    for (int i = 0; i < n; i++) {
      if (!(values[i] < Float.POSITIVE_INFINITY)) {
        values[i] = 0; // NaN or infinite: no evidence, never the best
      }
      top = Math.max(top, values[i]);
    }
    if (n == 0 || !(top > 0)) {
      return new int[0];
    }
    float toBin = (BINS - 1) / top;
    Arrays.fill(histogram, 0);
    for (int i = 0; i < n; i++) {
      histogram[(int) (values[i] * toBin)]++;
    }
    int[] result = new int[max];
    int accepted = 0;
    for (int high = BINS; accepted < max && high > 0; ) {
      int low = high;
      int inBand = 0;
      while (low > 0 && inBand < max - accepted) {
        inBand += histogram[--low];
      }
      long[] band = new long[inBand];
      int b = 0;
      for (int i = 0; i < n; i++) {
        int bin = (int) (values[i] * toBin);
        if (bin >= low && bin < high) {
          // Sorting ascending puts the highest score first (complemented bits), then the lowest ordinal.
          band[b++] = ((long) ~Float.floatToIntBits(values[i]) << 32) | touched[i];
        }
      }
      Arrays.sort(band);
      for (long key : band) {
        int ordinal = (int) key;
        if (eligible == null || eligible.test(ordinal)) {
          result[accepted++] = ordinal;
          if (accepted == max) {
            break;
          }
        }
      }
      high = low;
    }
    return Arrays.copyOf(result, accepted);
  }
}
