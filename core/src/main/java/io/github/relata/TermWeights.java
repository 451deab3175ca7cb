package io.github.relata;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Term weights under one snapshot's statistics: the {@link Weighting} formulas applied with its post count,
 * document frequencies and mean length, and the norms of posts' vectors under them, cached per snapshot.
 */
final class TermWeights {

  /** How many of a post's strongest terms count as its key terms. */
  static final int KEY_TERMS = 10;

  private final IndexData index;
  private final boolean bm25;
  private final int n;
  private final double averageLength;
  private final Frequencies frequencies;

  TermWeights(IndexData index) {
    this.index = index;
    this.bm25 = bm25(index);
    this.n = Math.max(index.liveCount(), 1);
    this.averageLength = index.averageLength();
    this.frequencies = new Frequencies(bm25, averageLength);
    this.idfByDf = index.normCache().idfByDf;
  }

  /**
   * The idf of each small document frequency under the snapshot's post count, shared by every query of the
   * snapshot ({@link IndexData.NormCache#idfByDf}); NaN where not yet worked out.
   */
  private final double[] idfByDf;
  /** Reads and writes {@link #idfByDf}'s doubles whole, whatever thread wrote them. */
  private static final VarHandle IDF = MethodHandles.arrayElementVarHandle(double[].class);

  /** Returns the term-frequency formula of {@code index}, without the rest of its term weights. */
  static Frequencies frequencies(IndexData index) {
    return new Frequencies(bm25(index), index.averageLength());
  }

  private static boolean bm25(IndexData index) {
    return index.engine().options().termWeighting() == TermWeighting.BM25;
  }

  /** Inverse document frequency of a term that {@code df} posts have. */
  double idf(int df) {
    int d = Math.max(df, 1);
    if (d < idfByDf.length) {
      double cached = (double) IDF.getOpaque(idfByDf, d);
      if (cached == cached) { // not NaN
        return cached;
      }
      double idf = computeIdf(d);
      IDF.setOpaque(idfByDf, d, idf); // the same value whichever query writes it first
      return idf;
    }
    return computeIdf(d);
  }

  private double computeIdf(int d) {
    return Weighting.idf(bm25, n, d);
  }

  /** The term-frequency part of the weight of term {@code i} of {@code doc}. */
  double tf(DocVectors doc, int i) {
    return frequencies.tf(doc, i);
  }

  /** The term-frequency part of the weight of pair {@code i} of {@code doc}. */
  double pairTf(DocVectors doc, int i) {
    return frequencies.pairTf(doc, i);
  }

  /** Returns the term-frequency formula of this snapshot, a small value that does not hold on to it. */
  Frequencies frequencies() {
    return frequencies;
  }

  /**
   * The term-frequency part of a weight: sublinear ({@code 1 + ln tf}) for TF-IDF, saturated and scaled by
   * the post's length against the average for BM25.
   *
   * @param bm25 whether to use BM25's form
   * @param averageLength the mean field-weighted length of the snapshot's posts
   */
  record Frequencies(boolean bm25, double averageLength) {
    double tf(DocVectors doc, int i) {
      return of(doc.storedTfs()[i], doc.length);
    }

    double pairTf(DocVectors doc, int i) {
      return of(doc.storedPairTfs()[i], doc.length);
    }

    /** The term-frequency part for a stored frequency ({@link Weighting#TF_STEPS}) in a post of this length. */
    double of(char stored, float length) {
      return bm25 ? Weighting.saturated(Weighting.tf(stored), length, averageLength) : Weighting.logTf(stored);
    }
  }

  /** Inverse document frequency of the pair with this {@link PairCounts#hash}. */
  double pairIdf(int hash) {
    return idf(index.pairCounts().df(hash));
  }

  /** Inverse document frequency of the term with this id. */
  double idfOf(int termId) {
    return idf(index.df(termId));
  }

  /** As {@link #textNorm(int, DocVectors)}, decoding the post only when its norm is not cached yet. */
  double textNorm(int ordinal, Doc doc) {
    return cached(index.normCache().text, ordinal, () -> textNorm(ordinal, doc.vectors(false)));
  }

  /** As {@link #gramNorm(int, DocVectors)}, decoding the post only when its norm is not cached yet. */
  double gramNorm(int ordinal, Doc doc) {
    return cached(index.normCache().grams, ordinal, () -> gramNorm(ordinal, doc.vectors(true)));
  }

  /** As {@link #labelNorm(int, DocVectors)}, decoding the post only when its norm is not cached yet. */
  double labelNorm(int ordinal, Doc doc) {
    return cached(index.normCache().labels, ordinal, () -> labelNorm(ordinal, doc.vectors(false)));
  }

  /** As {@link #keyTerms(int, DocVectors)}, decoding the post only when its key terms are not cached yet. */
  int[] keyTerms(int ordinal, Doc doc) {
    int[][] cache = index.normCache().keyTerms;
    int[] cached = ordinal < cache.length ? cache[ordinal] : null;
    return cached != null ? cached : keyTerms(ordinal, doc.vectors(false));
  }

  /** Norm of a post's text vector: its words and word pairs. */
  double textNorm(int ordinal, DocVectors doc) {
    return cached(index.normCache().text, ordinal, () -> {
      double sum = 0;
      for (int i = 0; i < doc.terms.length; i++) {
        double w = tf(doc, i) * idfOf(doc.terms[i]);
        sum += w * w;
      }
      for (int i = 0; i < doc.pairs.length; i++) {
        double w = pairTf(doc, i) * pairIdf(doc.pairHash(i));
        sum += w * w;
      }
      return Math.sqrt(sum);
    });
  }

  /** Norm of a post's n-gram vector. */
  double gramNorm(int ordinal, DocVectors doc) {
    return cached(index.normCache().grams, ordinal, () -> {
      double sum = 0;
      for (int i = 0; i < doc.grams.length; i++) {
        double w = doc.gramLogTf(i) * idfOf(doc.grams[i]);
        sum += w * w;
      }
      return Math.sqrt(sum);
    });
  }

  /** Norm of a post's label vector (each label weighted by its idf). */
  double labelNorm(int ordinal, DocVectors doc) {
    return cached(index.normCache().labels, ordinal, () -> {
      double sum = 0;
      for (int label : doc.labels) {
        double w = idfOf(label);
        sum += w * w;
      }
      return Math.sqrt(sum);
    });
  }

  /** The ids of a post's {@link #KEY_TERMS} strongest terms, ascending. */
  int[] keyTerms(int ordinal, DocVectors doc) {
    int[][] cache = index.normCache().keyTerms;
    int[] cached = ordinal < cache.length ? cache[ordinal] : null;
    if (cached != null) {
      return cached;
    }
    double[] weights = new double[doc.terms.length];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = tf(doc, i) * idfOf(doc.terms[i]);
    }
    int[] top = strongest(doc.terms, weights, KEY_TERMS);
    if (ordinal < cache.length) {
      cache[ordinal] = top;
    }
    return top;
  }

  /** The ids of the {@code k} terms with the largest weights (ties to the smaller id), ascending. */
  static int[] strongest(int[] terms, double[] weights, int k) {
    Integer[] order = new Integer[terms.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> weights[a] != weights[b] ? Double.compare(weights[b], weights[a]) : Integer.compare(terms[a], terms[b]));
    int n = Math.min(k, order.length);
    int[] top = new int[n];
    for (int i = 0; i < n; i++) {
      top[i] = terms[order[i]];
    }
    java.util.Arrays.sort(top);
    return top;
  }

  private static double cached(float[] cache, int ordinal, java.util.function.DoubleSupplier compute) {
    float value = ordinal < cache.length ? cache[ordinal] : Float.NaN;
    if (Float.isNaN(value)) {
      value = (float) compute.getAsDouble();
      if (ordinal < cache.length) {
        cache[ordinal] = value;
      }
    }
    return value;
  }
}
