package io.github.relata;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One indexed post: its article and its analysed form, with term ids sorted ascending so that two posts
 * are compared by merging. Immutable apart from {@link #latent}, which is set once, before publication.
 */
final class Doc {

  /** Marks an undated post in {@link #day}. */
  static final double NO_DATE = Double.NaN;

  final Article article;
  final String language;
  /** Publication time in days since the epoch (fractional), or NaN. */
  final double day;
  /** Word term ids, ascending. */
  final int[] terms;
  /** Each term's field-weighted frequency, in sixteenths (see {@link Weighting#TF_STEPS}). */
  private final char[] tfs;
  /** Adjacent word pairs as {@code first << 32 | second} term ids, ascending; see {@link PairCounts}. */
  final long[] pairs;
  private final char[] pairTfs;
  /** Character n-gram ids, ascending; empty unless subword matching applies. */
  final int[] grams;
  private final char[] gramTfs;
  /** Tag and category ids, ascending. */
  final int[] labels;
  /** Field-weighted number of words, for BM25's length normalisation. */
  final float length;
  /** {@code sqrt(sum((1 + ln tf)^2))}: a norm that does not change as the index changes, for candidate scoring. */
  final float stableNorm;
  /** Unit vector in the latent space the post was projected into, or null. */
  final @Nullable LatentVector latent;
  /** Positions in {@link #terms} of the words of the title, ascending. */
  final int[] titlePositions;
  /**
   * The mean score of the post's {@link Density#NEIGHBOURS} best related posts, or NaN when not known: how
   * close its own neighbourhood is, for the exposure correction and the relative cut.
   */
  final float density;

  Doc(
      Article article,
      String language,
      int[] terms,
      float[] tfs,
      long[] pairs,
      float[] pairTfs,
      int[] grams,
      float[] gramTfs,
      int[] labels,
      float length,
      int[] titleIds,
      @Nullable LatentVector latent) {
    this(article, language, terms, Weighting.storedTfs(tfs), pairs, Weighting.storedTfs(pairTfs), grams, Weighting.storedTfs(gramTfs), labels, length, positions(terms, titleIds), latent, Float.NaN);
  }

  private static int[] positions(int[] terms, int[] ids) {
    int[] positions = new int[ids.length];
    int n = 0;
    for (int id : ids) {
      int at = java.util.Arrays.binarySearch(terms, id);
      if (at >= 0) {
        positions[n++] = at;
      }
    }
    positions = java.util.Arrays.copyOf(positions, n);
    java.util.Arrays.sort(positions);
    return positions;
  }

  private Doc(
      Article article,
      String language,
      int[] terms,
      char[] tfs,
      long[] pairs,
      char[] pairTfs,
      int[] grams,
      char[] gramTfs,
      int[] labels,
      float length,
      int[] titlePositions,
      @Nullable LatentVector latent,
      float density) {
    this.article = article;
    this.density = density;
    this.titlePositions = titlePositions;
    this.pairs = pairs;
    this.pairTfs = pairTfs;
    this.language = language;
    this.day = article.published() == null ? NO_DATE : article.published().getEpochSecond() / 86400.0;
    this.terms = terms;
    this.tfs = tfs;
    this.grams = grams;
    this.gramTfs = gramTfs;
    this.labels = labels;
    this.length = length;
    double sum = 0;
    for (char tf : tfs) {
      double w = Weighting.logTf(tf);
      sum += w * w;
    }
    this.stableNorm = (float) Math.sqrt(sum);
    this.latent = latent;
  }

  Doc withLatent(@Nullable LatentVector vector) {
    return new Doc(article, language, terms, tfs, pairs, pairTfs, grams, gramTfs, labels, length, titlePositions, vector, density);
  }

  /** Returns this post with its neighbourhood density known. */
  Doc withDensity(float newDensity) {
    return new Doc(article, language, terms, tfs, pairs, pairTfs, grams, gramTfs, labels, length, titlePositions, latent, newDensity);
  }

  /** Returns this post without what was learned from the whole index: its latent vector and density. */
  Doc withoutLearned() {
    return new Doc(article, language, terms, tfs, pairs, pairTfs, grams, gramTfs, labels, length, titlePositions, null, Float.NaN);
  }

  boolean hasDensity() {
    return !Float.isNaN(density);
  }

  /**
   * Returns this post with its term ids mapped through {@code newId} (any permutation: the arrays are sorted
   * again), keeping its latent vector and density, which do not depend on ids.
   */
  Doc remapped(int[] newId) {
    int[] newTerms = new int[terms.length];
    char[] newTfs = new char[terms.length];
    int[] order = sortedBy(terms.length, i -> newId[terms[i]]);
    int[] positionOf = new int[terms.length];
    for (int k = 0; k < order.length; k++) {
      newTerms[k] = newId[terms[order[k]]];
      newTfs[k] = tfs[order[k]];
      positionOf[order[k]] = k;
    }
    int[] newTitle = new int[titlePositions.length];
    for (int k = 0; k < newTitle.length; k++) {
      newTitle[k] = positionOf[titlePositions[k]];
    }
    Arrays.sort(newTitle);
    long[] mappedPairs = new long[pairs.length];
    for (int i = 0; i < pairs.length; i++) {
      mappedPairs[i] = (long) newId[(int) (pairs[i] >>> 32)] << 32 | newId[(int) pairs[i]];
    }
    Integer[] pairOrder = new Integer[pairs.length];
    for (int i = 0; i < pairOrder.length; i++) {
      pairOrder[i] = i;
    }
    Arrays.sort(pairOrder, (a, b) -> Long.compare(mappedPairs[a], mappedPairs[b]));
    long[] newPairs = new long[pairs.length];
    char[] newPairTfs = new char[pairs.length];
    for (int k = 0; k < pairOrder.length; k++) {
      newPairs[k] = mappedPairs[pairOrder[k]];
      newPairTfs[k] = pairTfs[pairOrder[k]];
    }
    int[] gramOrder = sortedBy(grams.length, i -> newId[grams[i]]);
    int[] newGrams = new int[grams.length];
    char[] newGramTfs = new char[grams.length];
    for (int k = 0; k < gramOrder.length; k++) {
      newGrams[k] = newId[grams[gramOrder[k]]];
      newGramTfs[k] = gramTfs[gramOrder[k]];
    }
    int[] newLabels = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      newLabels[i] = newId[labels[i]];
    }
    Arrays.sort(newLabels);
    return new Doc(article, language, newTerms, newTfs, newPairs, newPairTfs, newGrams, newGramTfs, newLabels, length, newTitle, latent, density);
  }

  /** The positions {@code 0..n-1} sorted by {@code key} (distinct keys). */
  private static int[] sortedBy(int n, java.util.function.IntUnaryOperator key) {
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      packed[i] = (long) key.applyAsInt(i) << 32 | i;
    }
    Arrays.sort(packed);
    int[] order = new int[n];
    for (int k = 0; k < n; k++) {
      order[k] = (int) packed[k];
    }
    return order;
  }

  /** The frequency of term {@code i}. */
  float tf(int i) {
    return Weighting.tf(tfs[i]);
  }

  /** {@link Weighting#logTf(double)} of the frequency of term {@code i}. */
  float logTf(int i) {
    return Weighting.logTf(tfs[i]);
  }

  /** {@link Weighting#logTf(double)} of the frequency of pair {@code i}. */
  float pairLogTf(int i) {
    return Weighting.logTf(pairTfs[i]);
  }

  /** The frequency of pair {@code i}. */
  float pairTf(int i) {
    return Weighting.tf(pairTfs[i]);
  }

  /** The {@link PairCounts#hash} of pair {@code i}. */
  int pairHash(int i) {
    return PairCounts.hash(pairs[i]);
  }

  /** {@link Weighting#logTf(double)} of the frequency of n-gram {@code i}. */
  float gramLogTf(int i) {
    return Weighting.logTf(gramTfs[i]);
  }

  String id() {
    return article.id();
  }

  boolean dated() {
    return !Double.isNaN(day);
  }

  /** The weight of term {@code i} in postings: its sublinear frequency over {@link #stableNorm}. */
  byte postingWeight(int i) {
    return Weighting.postingWeight(logTf(i), stableNorm);
  }

  /** The weight of each label in postings. */
  byte labelWeight() {
    return Weighting.labelWeight(labels.length);
  }

  // ---- snapshots (SnapshotWriter, SnapshotReader) ----

  /** Returns a post as a snapshot recorded it: every stored field as it was, nothing recomputed but the date and norm. */
  static Doc restored(
      Article article, String language, int[] terms, char[] tfs, long[] pairs, char[] pairTfs, int[] grams, char[] gramTfs,
      int[] labels, float length, int[] titlePositions, @Nullable LatentVector latent, float density) {
    return new Doc(article, language, terms, tfs, pairs, pairTfs, grams, gramTfs, labels, length, titlePositions, latent, density);
  }

  /** The stored term frequencies, in sixteenths; not to be changed. */
  char[] storedTfs() {
    return tfs;
  }

  /** The stored pair frequencies, in sixteenths; not to be changed. */
  char[] storedPairTfs() {
    return pairTfs;
  }

  /** The stored n-gram frequencies, in sixteenths; not to be changed. */
  char[] storedGramTfs() {
    return gramTfs;
  }
}
