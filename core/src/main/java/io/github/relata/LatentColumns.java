package io.github.relata;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of the latent space's term matrix, and row of its basis, each word and word pair of a post
 * has. A feature is a term id, or a word pair's hash marked by {@link #pairFeature}.
 */
final class LatentColumns {

  /** Marks a word pair's hash among the features (term ids are never this large). */
  private static final long PAIR_FEATURE = 1L << 40;

  private final int[] ofTerm;
  private final Map<Integer, Integer> ofPair = new HashMap<>();

  /**
   * @param termCount the number of term ids
   * @param features each column's feature, by column
   */
  LatentColumns(int termCount, List<Long> features) {
    ofTerm = new int[termCount];
    Arrays.fill(ofTerm, -1);
    for (int c = 0; c < features.size(); c++) {
      long feature = features.get(c);
      if (isPairFeature(feature)) {
        ofPair.put((int) feature, c);
      } else {
        ofTerm[(int) feature] = c;
      }
    }
  }

  /** The feature of the word pair with this {@link PairCounts#hash}. */
  static long pairFeature(int pairHash) {
    return PAIR_FEATURE | (pairHash & 0xFFFFFFFFL);
  }

  /** Whether {@code feature} names a word pair by its hash rather than a term id. */
  static boolean isPairFeature(long feature) {
    return (feature & PAIR_FEATURE) != 0;
  }

  /** Receives one feature of a post: its column, log frequency and frequency. */
  @FunctionalInterface
  interface FeatureAction {
    void accept(int column, double logTf, double tf);
  }

  /** Calls {@code action} with the column, log frequency and frequency of each feature of {@code doc} in the basis. */
  void forEach(Doc post, FeatureAction action) {
    DocVectors doc = post.vectors();
    for (int i = 0; i < doc.terms.length; i++) {
      int term = doc.terms[i];
      int c = term < ofTerm.length ? ofTerm[term] : -1;
      if (c >= 0) {
        action.accept(c, doc.logTf(i), doc.tf(i));
      }
    }
    if (!ofPair.isEmpty()) {
      for (int i = 0; i < doc.pairs.length; i++) {
        Integer c = ofPair.get(doc.pairHash(i));
        if (c != null) {
          action.accept(c, doc.pairLogTf(i), doc.pairTf(i));
        }
      }
    }
  }

  /** The number of term ids when the columns were chosen. */
  int termCount() {
    return ofTerm.length;
  }

  /** Each of the {@code count} columns' feature, by column. */
  long[] features(int count) {
    long[] features = new long[count];
    for (int t = 0; t < ofTerm.length; t++) {
      if (ofTerm[t] >= 0) {
        features[ofTerm[t]] = t;
      }
    }
    ofPair.forEach((hash, c) -> features[c] = pairFeature(hash));
    return features;
  }
}
