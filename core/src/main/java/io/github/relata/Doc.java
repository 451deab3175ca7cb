package io.github.relata;

import java.util.Arrays;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.jspecify.annotations.Nullable;

/**
 * One indexed post: its article (kept compactly, see {@link ArticleCodec}), its date, language and length, and its analysed form (word ids, word
 * pairs, character n-grams, tags and categories, each with its frequency), which {@link #vectors()} decodes.
 * Immutable.
 *
 * <p>The analysed form is kept in one byte array, variable-length encoded: ids as gaps from the previous id
 * (ascending), frequencies in sixteenths and only where they are not the commonest (a word once in the body),
 * a word pair as the positions of its two words among the post's words. That takes about a quarter of the plain {@code int[]}, {@code char[]} and {@code long[]} arrays it
 * stands for (bench {@code HeapPerPost --histogram}), at the price of decoding a post each time it is
 * scored: a query decodes the hundred or so candidates it scores exactly, not the posts its postings touch.
 */
final class Doc {

  /** The commonest stored frequency of a word or n-gram: once, in a field of weight 1; not written. */
  private static final char WORD_TF = (char) Weighting.TF_STEPS;
  /** The commonest stored frequency of a word pair: once, in a field of weight 1 ({@link Weighting#PAIR_FACTOR}). */
  private static final char PAIR_TF = (char) Math.round(Weighting.TF_STEPS * Weighting.PAIR_FACTOR);

  private static final int[] NONE = new int[0];
  private static final char[] NO_TFS = new char[0];

  /** Marks an undated post in {@link #day}. */
  static final double NO_DATE = Double.NaN;

  /** The article, as {@link ArticleCodec} keeps it; see {@link #article()}. */
  private final byte[] article;
  final String language;
  /** Publication time in days since the epoch (fractional), or NaN. */
  final double day;
  /** The analysed form, encoded as the class comment says; see {@link #encode} and {@link #vectors()}. */
  private final byte[] encoded;
  /** Field-weighted number of words, for BM25's length normalisation. */
  final float length;
  /** {@code sqrt(sum((1 + ln tf)^2))}: a norm that does not change as the index changes, for candidate scoring. */
  final float stableNorm;
  /** Unit vector in the latent space the post was projected into, or null. */
  final @Nullable LatentVector latent;
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
    this(ArticleCodec.encode(article), language, day(article), encode(terms, Weighting.storedTfs(tfs), pairs, Weighting.storedTfs(pairTfs), grams, Weighting.storedTfs(gramTfs), labels,
        positions(terms, titleIds)), length, stableNorm(Weighting.storedTfs(tfs)), latent, Float.NaN);
  }

  private Doc(
      byte[] article, String language, double day, byte[] encoded, float length, float stableNorm, @Nullable LatentVector latent, float density) {
    this.article = article;
    this.language = language;
    this.day = day;
    this.encoded = encoded;
    this.length = length;
    this.stableNorm = stableNorm;
    this.latent = latent;
    this.density = density;
  }

  private static double day(Article article) {
    return article.published() == null ? NO_DATE : article.published().getEpochSecond() / 86400.0;
  }

  /** Returns the article, decoded: equal to the one indexed (without its body unless bodies are retained), not the same object. */
  Article article() {
    return ArticleCodec.decode(article);
  }

  private static int[] positions(int[] terms, int[] ids) {
    int[] positions = new int[ids.length];
    int n = 0;
    for (int id : ids) {
      int at = Arrays.binarySearch(terms, id);
      if (at >= 0) {
        positions[n++] = at;
      }
    }
    positions = Arrays.copyOf(positions, n);
    Arrays.sort(positions);
    return positions;
  }

  private static float stableNorm(char[] tfs) {
    double sum = 0;
    for (char tf : tfs) {
      double w = Weighting.logTf(tf);
      sum += w * w;
    }
    return (float) Math.sqrt(sum);
  }

  /**
   * Encodes an analysed form: the five counts, then each word's id gap and frequency, each pair's first word's
   * position gap, second word's position and frequency, each n-gram's id gap and frequency, each label's id
   * gap and each title word's position gap, all as variable-length ints.
   *
   * @throws IllegalArgumentException when a pair's word is not among {@code terms} or the ids are not ascending
   */
  private static byte[] encode(int[] terms, char[] tfs, long[] pairs, char[] pairTfs, int[] grams, char[] gramTfs, int[] labels, int[] titlePositions) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput(16 + 3L * (terms.length + pairs.length + grams.length));
    try {
      out.writeVInt(terms.length);
      out.writeVInt(pairs.length);
      out.writeVInt(grams.length);
      out.writeVInt(labels.length);
      out.writeVInt(titlePositions.length);
      writeIds(out, terms, tfs, WORD_TF);
      int previous = 0;
      for (int i = 0; i < pairs.length; i++) {
        int first = Arrays.binarySearch(terms, (int) (pairs[i] >>> 32));
        int second = Arrays.binarySearch(terms, (int) pairs[i]);
        if (first < 0 || second < 0 || first < previous) {
          throw new IllegalArgumentException("word pair " + Long.toHexString(pairs[i]) + " is not of the post's words in order");
        }
        boolean common = pairTfs[i] == PAIR_TF;
        out.writeVLong((long) (first - previous) << 1 | (common ? 0 : 1));
        out.writeVInt(second);
        if (!common) {
          out.writeVInt(pairTfs[i]);
        }
        previous = first;
      }
      writeIds(out, labels, null, 0);
      writeIds(out, titlePositions, null, 0);
      // Last, so that a reader that does not need them stops before them.
      writeIds(out, grams, gramTfs, WORD_TF);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // not thrown: the output is in memory
    }
    return out.toArrayCopy();
  }

  /**
   * Writes ascending ids as gaps; with frequencies, each gap shifted left by one and its low bit set when the
   * frequency is not {@code common} and follows.
   */
  private static void writeIds(ByteBuffersDataOutput out, int[] ids, char @Nullable [] tfs, int common) throws java.io.IOException {
    int previous = 0;
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] < previous) {
        throw new IllegalArgumentException("ids not ascending at " + i + ": " + ids[i] + " after " + previous);
      }
      if (tfs == null) {
        out.writeVInt(ids[i] - previous);
      } else {
        out.writeVLong((long) (ids[i] - previous) << 1 | (tfs[i] == common ? 0 : 1));
        if (tfs[i] != common) {
          out.writeVInt(tfs[i]);
        }
      }
      previous = ids[i];
    }
  }

  /** Decodes the analysed form, into arrays of its own for one use. */
  DocVectors vectors() {
    return vectors(true);
  }

  /**
   * Decodes the analysed form, into arrays of its own for one use; without its n-grams (empty) unless
   * {@code withGrams}, for a query that has none to compare them with.
   */
  DocVectors vectors(boolean withGrams) {
    ByteArrayDataInput in = new ByteArrayDataInput(encoded);
    int termCount = in.readVInt();
    int pairCount = in.readVInt();
    int gramCount = in.readVInt();
    int labelCount = in.readVInt();
    int titleCount = in.readVInt();
    int[] terms = new int[termCount];
    char[] tfs = new char[termCount];
    readIds(in, terms, tfs, WORD_TF);
    long[] pairs = new long[pairCount];
    char[] pairTfs = new char[pairCount];
    int first = 0;
    for (int i = 0; i < pairCount; i++) {
      long gap = in.readVLong();
      first += (int) (gap >>> 1);
      pairs[i] = (long) terms[first] << 32 | terms[in.readVInt()];
      pairTfs[i] = (gap & 1) == 0 ? PAIR_TF : (char) in.readVInt();
    }
    int[] labels = new int[labelCount];
    readIds(in, labels, null, (char) 0);
    int[] titlePositions = new int[titleCount];
    readIds(in, titlePositions, null, (char) 0);
    int[] grams = withGrams ? new int[gramCount] : NONE;
    char[] gramTfs = withGrams ? new char[gramCount] : NO_TFS;
    readIds(in, grams, gramTfs, WORD_TF);
    return new DocVectors(length, stableNorm, terms, tfs, pairs, pairTfs, grams, gramTfs, labels, titlePositions);
  }

  private static void readIds(ByteArrayDataInput in, int[] ids, char @Nullable [] tfs, char common) {
    int id = 0;
    for (int i = 0; i < ids.length; i++) {
      if (tfs == null) {
        id += in.readVInt();
      } else {
        long gap = in.readVLong();
        id += (int) (gap >>> 1);
        tfs[i] = (gap & 1) == 0 ? common : (char) in.readVInt();
      }
      ids[i] = id;
    }
  }

  /** The bytes the analysed form takes, for measurements. */
  int encodedSize() {
    return encoded.length;
  }

  Doc withLatent(@Nullable LatentVector vector) {
    return new Doc(article, language, day, encoded, length, stableNorm, vector, density);
  }

  /** Returns this post with its neighbourhood density known. */
  Doc withDensity(float newDensity) {
    return new Doc(article, language, day, encoded, length, stableNorm, latent, newDensity);
  }

  /** Returns this post without what was learned from the whole index: its latent vector and density. */
  Doc withoutLearned() {
    return new Doc(article, language, day, encoded, length, stableNorm, null, Float.NaN);
  }

  boolean hasDensity() {
    return !Float.isNaN(density);
  }

  /**
   * Returns this post with its term ids mapped through {@code newId} (any permutation: the arrays are sorted
   * again), keeping its latent vector and density, which do not depend on ids.
   */
  Doc remapped(int[] newId) {
    DocVectors v = vectors();
    int[] terms = v.terms;
    char[] tfs = v.storedTfs();
    int[] titlePositions = v.titlePositions;
    long[] pairs = v.pairs;
    char[] pairTfs = v.storedPairTfs();
    int[] grams = v.grams;
    char[] gramTfs = v.storedGramTfs();
    int[] labels = v.labels;
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
    return new Doc(article, language, day, encode(newTerms, newTfs, newPairs, newPairTfs, newGrams, newGramTfs, newLabels, newTitle), length, stableNorm(newTfs), latent,
        density);
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

  String id() {
    return ArticleCodec.id(article);
  }

  boolean dated() {
    return !Double.isNaN(day);
  }

  // ---- snapshots (SnapshotWriter, SnapshotReader) ----

  /** Returns a post as a snapshot recorded it: every stored field as it was, nothing recomputed but the date and norm. */
  static Doc restored(
      Article article, String language, int[] terms, char[] tfs, long[] pairs, char[] pairTfs, int[] grams, char[] gramTfs,
      int[] labels, float length, int[] titlePositions, @Nullable LatentVector latent, float density) {
    return new Doc(ArticleCodec.encode(article), language, day(article), encode(terms, tfs, pairs, pairTfs, grams, gramTfs, labels, titlePositions), length, stableNorm(tfs), latent,
        density);
  }
}
