package io.github.relata;

import io.github.relata.internal.RandomizedSvd;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.data.DMatrixSparseTriplet;
import org.ejml.ops.DConvertMatrixStruct;
import org.jspecify.annotations.Nullable;

/**
 * A latent semantic space learned from a site's own posts: the leading right singular vectors of the
 * posts' log-entropy weighted term matrix, found by {@link RandomizedSvd}. Posts are projected onto it as unit vectors, so that posts that use different words for the
 * same things end up close. Immutable; posts added later are folded in with the term weights of the time
 * it was learned.
 */
final class LatentSpace {

  /**
   * Fewer posts than this give no space: co-occurrence over a few dozen posts is mostly chance, and the
   * space then relates posts that share nothing but style.
   */
  static final int MIN_POSTS = 100;
  /** The default of {@link Options#latentTrainingPosts()}: at most this many posts learn the space; larger sites use an even sample. */
  static final int MAX_TRAINING_POSTS = Options.DEFAULT_LATENT_TRAINING_POSTS;
  /** At most this many terms (the most frequent with df at least 2) span the space. */
  static final int MAX_TERMS = 20_000;
  static final int OVERSAMPLING = 10;
  static final int POWER_ITERATIONS = 2;
  static final long SEED = 0x5EED_2026L;

  private final int dimensions;
  /** Which row of {@link #rows} each word and word pair has. */
  private final LatentColumns columns;
  /**
   * Each term's coordinates, already multiplied by its global weight at learning time, a byte each ({@link
   * LatentRows}: at 20,000 terms and 100 dimensions, 2 MB rather than a float's 8).
   */
  private final LatentRows rows;
  private final int trainedOn;
  /** The mean of the training posts' unit vectors, subtracted before a post's vector is normalised. */
  private final float[] mean;

  private LatentSpace(int dimensions, LatentColumns columns, LatentRows rows, int trainedOn, float[] mean) {
    this.dimensions = dimensions;
    this.columns = columns;
    this.rows = rows;
    this.trainedOn = trainedOn;
    this.mean = mean;
  }

  int trainedOn() {
    return trainedOn;
  }

  /**
   * Returns the unit vector of {@code doc} in this space, centred on the mean of the training posts (so that
   * what all posts of a site share, its language and house style, counts for nothing), or null when it
   * shares no term with the space; the vector is in {@link LatentVector}'s form.
   */
  byte @Nullable [] project(Doc doc) {
    float[] unit = uncentered(doc);
    if (unit == null) {
      return null;
    }
    double norm = 0;
    for (int d = 0; d < dimensions; d++) {
      unit[d] -= mean[d];
      norm += unit[d] * unit[d];
    }
    if (!(norm > 1e-12)) {
      return null;
    }
    float inverse = (float) (1 / Math.sqrt(norm));
    for (int d = 0; d < dimensions; d++) {
      unit[d] *= inverse;
    }
    return LatentVector.of(unit);
  }

  /** The unit vector of {@code doc} before centring, or null when it shares no term with the space. */
  private float @Nullable [] uncentered(Doc doc) {
    double[] v = new double[dimensions];
    boolean[] any = {false};
    columns.forEach(doc, (row, logTf, tf) -> {
      any[0] = true;
      rows.addTo(v, row, logTf);
    });
    if (!any[0]) {
      return null;
    }
    double norm = 0;
    for (double x : v) {
      norm += x * x;
    }
    if (norm == 0) {
      return null;
    }
    norm = Math.sqrt(norm);
    float[] unit = new float[dimensions];
    for (int d = 0; d < dimensions; d++) {
      unit[d] = (float) (v[d] / norm);
    }
    return unit;
  }

  /**
   * Learns a space of up to {@code wanted} dimensions from posts, or returns null when they are too few or
   * too alike for one.
   *
   * @param training the posts to learn from, all of them ({@link #sample} takes a large site's sample first)
   * @param termCount the number of term ids the posts' terms are below
   * @param keys each term id's dictionary key (null for an id no key has), whose order breaks ties in the
   *     basis ({@link #basis})
   */
  static @Nullable LatentSpace learn(List<Doc> training, int termCount, String[] keys, int wanted) {
    int[] ranks = LatentColumns.ranks(keys, termCount);
    List<Long> basis = basis(training, ranks);
    int n = training.size();
    int m = basis.size();
    int k = Math.min(wanted, Math.min(n / 3, m / 2));
    if (k < 8) {
      return null;
    }
    LatentColumns columns = new LatentColumns(termCount, basis, ranks);
    double[] globalWeight = new double[m];
    logEntropyWeights(training, columns, globalWeight);
    DMatrixRMaj v = RandomizedSvd.rightSingularVectors(matrix(training, columns, globalWeight, m), k, OVERSAMPLING, POWER_ITERATIONS, SEED);
    if (v == null) {
      return null;
    }
    float[] coordinates = new float[m * k];
    for (int c = 0; c < m; c++) {
      for (int d = 0; d < k; d++) {
        coordinates[c * k + d] = (float) (v.get(c, d) * globalWeight[c]);
      }
    }
    LatentRows rows = LatentRows.of(coordinates, k);
    LatentSpace uncentred = new LatentSpace(k, columns, rows, n, new float[k]);
    return new LatentSpace(k, columns, rows, n, uncentred.meanOf(training));
  }

  /**
   * The basis: the most frequent words and word pairs that at least two training posts share, at most
   * {@link #MAX_TERMS}, most frequent first. A feature is a term id, or a pair hash marked by {@link
   * #PAIR_FEATURE} (of its words' ranks, {@code rank}: each term id's place in the order of the keys).
   * Ties go to the smaller feature, a word's by its rank: so the basis, the order of the matrix's columns
   * and with them the randomised SVD's answer depend on the terms, not on how the index numbers them.
   */
  static List<Long> basis(List<Doc> training, int[] rank) {
    Map<Long, Integer> df = new HashMap<>();
    for (Doc post : training) {
      DocVectors doc = post.vectors();
      for (int t : doc.terms) {
        df.merge((long) t, 1, Integer::sum);
      }
      for (long pair : doc.pairs) {
        df.merge(LatentColumns.pairFeature(PairCounts.hash(rank[(int) (pair >>> 32)], rank[(int) pair])), 1, Integer::sum);
      }
    }
    List<Long> candidates = new ArrayList<>();
    df.forEach((feature, count) -> {
      if (count >= 2) {
        candidates.add(feature);
      }
    });
    java.util.function.ToLongFunction<Long> order = f -> LatentColumns.isPairFeature(f) ? f : rank[(int) (long) f];
    candidates.sort((a, b) -> !df.get(a).equals(df.get(b)) ? Integer.compare(df.get(b), df.get(a)) : Long.compare(order.applyAsLong(a), order.applyAsLong(b)));
    return candidates.subList(0, Math.min(candidates.size(), MAX_TERMS));
  }

  /** The mean of the posts' unit vectors in this space, before centring. */
  private float[] meanOf(List<Doc> training) {
    int n = training.size();
    float[] mean = new float[dimensions];
    // The vectors in parallel, their sum in the posts' order, so that it is the same whatever the threads.
    float[][] units = new float[n][];
    java.util.stream.IntStream.range(0, n).parallel().forEach(i -> units[i] = uncentered(training.get(i)));
    for (float[] unit : units) {
      if (unit != null) {
        for (int d = 0; d < dimensions; d++) {
          mean[d] += unit[d] / n;
        }
      }
    }
    return mean;
  }

  /**
   * Fills {@code weights} with each basis term's log-entropy weight, {@code 1 + sum(p log p) / log n}
   * over the training posts, where p is the share of the term's occurrences in one post: 1 for a term
   * concentrated in one post, near 0 for one spread evenly over all. The usual global weight for LSA
   * (Dumais, 1991); it measured better than idf here on every corpus.
   */
  static void logEntropyWeights(List<Doc> training, LatentColumns columns, double[] weights) {
    int m = weights.length;
    double[] total = new double[m];
    for (Doc doc : training) {
      columns.forEach(doc, (c, logTf, tf) -> total[c] += tf);
    }
    double[] plogp = new double[m];
    for (Doc doc : training) {
      columns.forEach(doc, (c, logTf, tf) -> {
        double p = tf / total[c];
        plogp[c] += p * Math.log(p);
      });
    }
    double logN = Math.log(training.size());
    for (int c = 0; c < m; c++) {
      weights[c] = 1 + plogp[c] / logN;
    }
  }

  /** The posts to learn from: all of them, or an even sample of {@link #MAX_TRAINING_POSTS}. */
  static List<Doc> sample(List<Doc> live) {
    return sample(live, MAX_TRAINING_POSTS);
  }

  /** The posts to learn from: all of them, or an even sample of {@code max}. */
  static List<Doc> sample(List<Doc> live, int max) {
    if (live.size() <= max) {
      return live;
    }
    List<Doc> sample = new ArrayList<>(max);
    for (int position : samplePositions(live.size(), max)) {
      sample.add(live.get(position));
    }
    return sample;
  }

  /** Returns the positions, ascending, of the posts a space over {@code posts} posts is learned from: all, or an even sample. */
  static int[] samplePositions(int posts) {
    return samplePositions(posts, MAX_TRAINING_POSTS);
  }

  /** Returns the positions, ascending, of the posts a space over {@code posts} posts is learned from: all, or an even sample of {@code max}. */
  static int[] samplePositions(int posts, int max) {
    int n = Math.min(posts, max);
    int[] positions = new int[n];
    double step = (double) posts / n;
    for (int i = 0; i < n; i++) {
      positions[i] = posts <= max ? i : (int) (i * step);
    }
    return positions;
  }

  /** The training posts' unit log-entropy vectors over the basis terms, one row per post. */
  static DMatrixSparseCSC matrix(List<Doc> training, LatentColumns columns, double[] globalWeight, int m) {
    DMatrixSparseTriplet triplets = new DMatrixSparseTriplet(training.size(), m, training.size() * 64);
    for (int r = 0; r < training.size(); r++) {
      Doc doc = training.get(r);
      double[] norm = {0};
      columns.forEach(doc, (c, logTf, tf) -> {
        double w = logTf * globalWeight[c];
        norm[0] += w * w;
      });
      double length = Math.sqrt(norm[0]);
      int row = r;
      columns.forEach(doc, (c, logTf, tf) -> triplets.addItem(row, c, logTf * globalWeight[c] / length));
    }
    return DConvertMatrixStruct.convert(triplets, (DMatrixSparseCSC) null);
  }

  @Override
  public String toString() {
    return "LatentSpace[dimensions=" + dimensions + ", terms=" + rows.rows() + ", trainedOn=" + trainedOn + "]";
  }

  // ---- snapshots ----

  /**
   * Returns a space as a snapshot recorded it.
   *
   * @param termCount the number of term ids when the space was learned
   * @param features each row's term id, or word pair hash marked by {@link LatentColumns#pairFeature}, by row
   * @param keys each term id's dictionary key (null for an id no key has), at least {@code termCount} of them
   */
  static LatentSpace restored(int dimensions, int termCount, long[] features, float[] rows, int trainedOn, float[] mean, String[] keys) {
    List<Long> list = new ArrayList<>(features.length);
    for (long f : features) {
      list.add(f);
    }
    return new LatentSpace(dimensions, new LatentColumns(termCount, list, LatentColumns.ranks(keys, termCount)), LatentRows.of(rows, dimensions), trainedOn,
        mean);
  }

  int dimensions() {
    return dimensions;
  }

  /** The number of term ids when the space was learned. */
  int termCount() {
    return columns.termCount();
  }

  /** Each row's feature, as {@link #restored} takes them. */
  long[] features() {
    return columns.features(rows.rows());
  }

  /** Row-major coordinates, as floats ({@link LatentRows#floats}, so {@link #restored} keeps them exactly); a copy. */
  float[] rows() {
    return rows.floats();
  }

  /** The training posts' mean vector; not to be changed. */
  float[] mean() {
    return mean;
  }
}
