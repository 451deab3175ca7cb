package io.github.relata;

/**
 * The formulas of term weights, in one place: how a word pair counts against a word, how term frequencies
 * are stored and made sublinear, BM25's saturation, inverse document frequency, and the byte weights of
 * postings. {@link TermWeights} applies them under one snapshot's statistics; the signals built on them are
 * in {@link Signals}, their combination in {@link ScoreFormula}.
 */
final class Weighting {

  /** A word pair counts this much against a single word. */
  static final float PAIR_FACTOR = 0.5f;
  /** Term frequencies are kept in sixteenths, up to 4095: exact for the default field weights. */
  static final int TF_STEPS = 16;
  static final double BM25_K1 = 1.2;
  static final double BM25_B = 0.75;

  /** {@link #logTf(double)} of every stored frequency, so that scoring needs no logarithm. */
  private static final float[] LOG_TF = new float[Character.MAX_VALUE + 1];
  private static final double[] DEQUANTIZED = new double[256];

  static {
    for (int q = 0; q < LOG_TF.length; q++) {
      LOG_TF[q] = (float) logTf((double) q / TF_STEPS);
    }
    for (int i = 0; i < 256; i++) {
      DEQUANTIZED[i] = Math.pow(2, -i / 16.0);
    }
  }

  private Weighting() {}

  /** Sublinear term frequency: {@code 1 + ln tf} for tf at least 1, tf itself below. */
  static double logTf(double tf) {
    return tf >= 1 ? 1 + Math.log(tf) : tf;
  }

  /** Stores frequencies in {@link #TF_STEPS}ths, at least one step each. */
  static char[] storedTfs(float[] tfs) {
    char[] stored = new char[tfs.length];
    for (int i = 0; i < tfs.length; i++) {
      stored[i] = (char) Math.max(1, Math.min(Character.MAX_VALUE, Math.round(tfs[i] * TF_STEPS)));
    }
    return stored;
  }

  /** The frequency a stored one stands for. */
  static float tf(char stored) {
    return (float) stored / TF_STEPS;
  }

  /** {@link #logTf(double)} of a stored frequency. */
  static float logTf(char stored) {
    return LOG_TF[stored];
  }

  /**
   * BM25's term-frequency part: saturated, and scaled by the post's length against the average.
   *
   * @param length the post's field-weighted length
   * @param averageLength the mean field-weighted length of the snapshot's posts
   */
  static double saturated(float tf, float length, double averageLength) {
    double norm = BM25_K1 * (1 - BM25_B + BM25_B * length / averageLength);
    return tf * (BM25_K1 + 1) / (tf + norm);
  }

  /**
   * Inverse document frequency of a term that {@code df} of {@code n} posts have (both at least 1): BM25's
   * probabilistic form, or TF-IDF's smoothed {@code ln((1 + n) / (1 + df)) + 1}.
   */
  static double idf(boolean bm25, int n, int df) {
    return bm25 ? Math.log(1 + (n - df + 0.5) / (df + 0.5)) : Math.log((1.0 + n) / (1 + df)) + 1;
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

  /** The weight a postings byte stands for. */
  static double dequantize(byte q) {
    return DEQUANTIZED[q & 0xFF];
  }

  /** A term's weight in postings, for candidate search: its sublinear frequency over the post's stable norm. */
  static byte postingWeight(float logTf, float stableNorm) {
    return quantize(logTf / stableNorm);
  }

  /** Each label's weight in postings, for a post with {@code labels} tags and categories. */
  static byte labelWeight(int labels) {
    return quantize(1 / Math.sqrt(labels));
  }
}
