package io.github.relata;

import java.util.Arrays;

/**
 * A post's analysed form as {@link Doc#vectors()} decodes it, in plain arrays for one use (scoring it,
 * explaining it, indexing it): word ids ascending with their frequencies, word pairs, n-grams, tags and
 * categories, and the positions of the title's words. Not to be changed.
 */
final class DocVectors {

  /** The post's field-weighted number of words, for BM25's length normalisation. */
  final float length;
  /** The post's {@link Doc#stableNorm}, for postings weights. */
  final float stableNorm;
  /** Word term ids, ascending. */
  final int[] terms;
  /** Each word's field-weighted frequency, in sixteenths (see {@link Weighting#TF_STEPS}). */
  private final char[] tfs;
  /** Adjacent word pairs as {@code first << 32 | second} term ids, ascending; see {@link PairCounts}. */
  final long[] pairs;
  private final char[] pairTfs;
  /** Character n-gram ids, ascending; empty unless subword matching applies. */
  final int[] grams;
  private final char[] gramTfs;
  /** Tag and category ids, ascending. */
  final int[] labels;
  /** Positions in {@link #terms} of the words of the title, ascending. */
  final int[] titlePositions;

  DocVectors(float length, float stableNorm, int[] terms, char[] tfs, long[] pairs, char[] pairTfs, int[] grams, char[] gramTfs, int[] labels, int[] titlePositions) {
    this.length = length;
    this.stableNorm = stableNorm;
    this.terms = terms;
    this.tfs = tfs;
    this.pairs = pairs;
    this.pairTfs = pairTfs;
    this.grams = grams;
    this.gramTfs = gramTfs;
    this.labels = labels;
    this.titlePositions = titlePositions;
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

  /** The weight of term {@code i} in postings: its sublinear frequency over the post's {@link #stableNorm}. */
  byte postingWeight(int i) {
    return Weighting.postingWeight(logTf(i), stableNorm);
  }

  /** The weight of each label in postings. */
  byte labelWeight() {
    return Weighting.labelWeight(labels.length);
  }

  /** The stored word frequencies, in sixteenths; not to be changed. */
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

  /** Returns these vectors with term ids mapped through {@code newId} (any permutation: the arrays are sorted again). */
  DocVectors remapped(int[] newId) {
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
    return new DocVectors(length, stableNorm, newTerms, newTfs, newPairs, newPairTfs, newGrams, newGramTfs, newLabels, newTitle);
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
}
