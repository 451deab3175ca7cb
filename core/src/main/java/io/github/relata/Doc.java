package io.github.relata;

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
  /** Word and word-pair term ids, ascending, with their field-weighted frequencies. */
  final int[] terms;
  final float[] tfs;
  /** Character n-gram ids, ascending, with frequencies; empty unless subword matching applies. */
  final int[] grams;
  final float[] gramTfs;
  /** Tag and category ids, ascending. */
  final int[] labels;
  /** Field-weighted number of words, for BM25's length normalisation. */
  final float length;
  /** {@code sqrt(sum((1 + ln tf)^2))}: a norm that does not change as the index changes, for candidate scoring. */
  final float stableNorm;
  /** Unit vector in the latent space the post was projected into, or null. */
  final @Nullable LatentVector latent;

  Doc(
      Article article,
      String language,
      int[] terms,
      float[] tfs,
      int[] grams,
      float[] gramTfs,
      int[] labels,
      float length,
      @Nullable LatentVector latent) {
    this.article = article;
    this.language = language;
    this.day = article.published() == null ? NO_DATE : article.published().getEpochSecond() / 86400.0;
    this.terms = terms;
    this.tfs = tfs;
    this.grams = grams;
    this.gramTfs = gramTfs;
    this.labels = labels;
    this.length = length;
    double sum = 0;
    for (float tf : tfs) {
      double w = logTf(tf);
      sum += w * w;
    }
    this.stableNorm = (float) Math.sqrt(sum);
    this.latent = latent;
  }

  Doc withLatent(@Nullable LatentVector vector) {
    return new Doc(article, language, terms, tfs, grams, gramTfs, labels, length, vector);
  }

  String id() {
    return article.id();
  }

  boolean dated() {
    return !Double.isNaN(day);
  }

  /** Sublinear term frequency: {@code 1 + ln tf} for tf at least 1, tf itself below. */
  static double logTf(double tf) {
    return tf >= 1 ? 1 + Math.log(tf) : tf;
  }

  /**
   * Quantises a weight in (0, 1] to an unsigned byte on a log scale (1/16 of an octave per step, so within
   * about 2% of the weight), for postings.
   */
  static byte quantize(double weight) {
    if (!(weight > 0)) {
      return (byte) 255;
    }
    long q = Math.round(-Math.log(Math.min(weight, 1)) / Math.log(2) * 16);
    return (byte) Math.min(255, q);
  }

  static double dequantize(byte q) {
    return DEQUANTIZED[q & 0xFF];
  }

  private static final double[] DEQUANTIZED = new double[256];

  static {
    for (int i = 0; i < 256; i++) {
      DEQUANTIZED[i] = Math.pow(2, -i / 16.0);
    }
  }

  /** The weight of term {@code i} in postings: its sublinear frequency over {@link #stableNorm}. */
  byte postingWeight(int i) {
    return quantize(logTf(tfs[i]) / stableNorm);
  }

  /** The weight of each label in postings. */
  byte labelWeight() {
    return quantize(1 / Math.sqrt(labels.length));
  }
}
