package io.github.relata;

import java.util.Arrays;
import java.util.List;

/**
 * Which column of the latent space's term matrix, and row of its basis, each word and word pair of a post
 * has. A feature is a term id, or a word pair's hash marked by {@link #pairFeature}: the {@link
 * PairCounts#hash} of its words' ranks in the order of their keys, not of their ids, so that which pairs
 * share a hash, and with it the basis the space is learned from, does not depend on how the index numbers
 * its terms.
 */
final class LatentColumns {

  /** Marks a word pair's hash among the features (term ids are never this large). */
  private static final long PAIR_FEATURE = 1L << 40;

  /** The number of term ids when the columns were chosen. */
  private final int termCount;
  /**
   * The basis's term ids, ascending, and each one's column: sorted arrays searched, not an array over every
   * term id (4 bytes a term of the site) or a map of boxed pairs (some 60 bytes an entry).
   */
  private final int[] terms;
  private final int[] termColumns;
  /** The basis's word pair hashes, ascending (signed order), and each one's column. */
  private final int[] pairs;
  private final int[] pairColumns;
  /** Each term id's rank in the order of the keys, for the ids below {@link #termCount} ({@link #ranks}). */
  private final int[] ranks;

  /**
   * @param termCount the number of term ids
   * @param features each column's feature, by column
   * @param ranks each term id's rank in the order of the keys ({@link #ranks}), at least {@code termCount} of them
   */
  LatentColumns(int termCount, List<Long> features, int[] ranks) {
    if (ranks.length < termCount) {
      throw new IllegalArgumentException(ranks.length + " ranks for " + termCount + " term ids");
    }
    this.termCount = termCount;
    this.ranks = ranks.length == termCount ? ranks : Arrays.copyOf(ranks, termCount);
    long[] termEntries = new long[features.size()];
    long[] pairEntries = new long[features.size()];
    int t = 0;
    int p = 0;
    for (int c = 0; c < features.size(); c++) {
      long feature = features.get(c);
      if (isPairFeature(feature)) {
        pairEntries[p++] = (long) (int) feature << 32 | c; // the hash, signed, in the high half: sorted by hash
      } else {
        termEntries[t++] = (feature << 32) | c;
      }
    }
    Arrays.sort(termEntries, 0, t);
    Arrays.sort(pairEntries, 0, p);
    terms = new int[t];
    termColumns = new int[t];
    for (int i = 0; i < t; i++) {
      terms[i] = (int) (termEntries[i] >> 32);
      termColumns[i] = (int) termEntries[i];
    }
    pairs = new int[p];
    pairColumns = new int[p];
    for (int i = 0; i < p; i++) {
      pairs[i] = (int) (pairEntries[i] >> 32);
      pairColumns[i] = (int) pairEntries[i];
    }
  }

  /** The feature of the word pair with this {@link PairCounts#hash} (of its words' ranks). */
  static long pairFeature(int pairHash) {
    return PAIR_FEATURE | (pairHash & 0xFFFFFFFFL);
  }

  /**
   * Each term id's rank in the order of {@code keys} (by id, null for an id no key has: those last, in the
   * order of their ids), for the first {@code count} ids.
   */
  static int[] ranks(String[] keys, int count) {
    Integer[] ids = new Integer[count];
    for (int t = 0; t < count; t++) {
      ids[t] = t;
    }
    Arrays.parallelSort(ids, java.util.Comparator.comparing((Integer t) -> keys[t], java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
        .thenComparing(t -> t));
    int[] rank = new int[count];
    for (int r = 0; r < count; r++) {
      rank[ids[r]] = r;
    }
    return rank;
  }

  /** The hash that names the word pair {@code first << 32 | second} (term ids) among the features; only for a pair the space {@link #knows}. */
  int pairHash(long pair) {
    return PairCounts.hash(ranks[(int) (pair >>> 32)], ranks[(int) pair]);
  }

  /** Whether both words of the pair {@code first << 32 | second} had ids when the space was learned. */
  boolean knows(long pair) {
    return (int) (pair >>> 32) < termCount && (int) pair < termCount;
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
    int from = 0; // the post's term ids ascend, so each search starts where the last one ended
    for (int i = 0; i < doc.terms.length && from < terms.length; i++) {
      int term = doc.terms[i];
      if (term >= termCount) {
        break;
      }
      int at = Arrays.binarySearch(terms, from, terms.length, term);
      if (at >= 0) {
        action.accept(termColumns[at], doc.logTf(i), doc.tf(i));
        from = at + 1;
      } else {
        from = -at - 1;
      }
    }
    if (pairs.length > 0) {
      for (int i = 0; i < doc.pairs.length; i++) {
        if (!knows(doc.pairs[i])) {
          continue;
        }
        int at = Arrays.binarySearch(pairs, pairHash(doc.pairs[i]));
        if (at >= 0) {
          action.accept(pairColumns[at], doc.pairLogTf(i), doc.pairTf(i));
        }
      }
    }
  }

  /** The number of term ids when the columns were chosen. */
  int termCount() {
    return termCount;
  }

  /** Each of the {@code count} columns' feature, by column. */
  long[] features(int count) {
    long[] features = new long[count];
    for (int i = 0; i < terms.length; i++) {
      features[termColumns[i]] = terms[i];
    }
    for (int i = 0; i < pairs.length; i++) {
      features[pairColumns[i]] = pairFeature(pairs[i]);
    }
    return features;
  }
}
