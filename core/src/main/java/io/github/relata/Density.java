package io.github.relata;

import java.util.stream.IntStream;

/**
 * Each post's neighbourhood density: the mean score of its {@link #NEIGHBOURS} best related posts (missing
 * ones counting 0). A post close to many others (a hub, which would otherwise appear in every list) has a
 * high density, a post unlike the rest a low one. The exposure correction divides by it, and the relative cut
 * compares a pair's score with it.
 *
 * <p>Computed for every post when an index is built or rebuilt (one related-posts query per post, in
 * parallel). A post added later counts as of the site's mean density (neither demoted nor promoted, cut as an
 * average post would be) until the next rebuild, so that adding a post stays as cheap as analysing it; {@link
 * LiveIndex} rebuilds once a fifth of the posts have changed.
 */
final class Density {

  /** How many of a post's best related posts make its density. */
  static final int NEIGHBOURS = 10;
  /** Posts whose densities one task measures, with one {@link Scorer}. */
  private static final int BLOCK = 256;

  private Density() {}

  /** Whether the engine's settings use densities at all. */
  static boolean used(Options options) {
    return options.exposureCorrection() > 0 || options.minRelativeScore() > 0;
  }

  /** Returns {@code index} with every live post's density known. */
  static IndexData attach(IndexData index) {
    if (!used(index.engine().options()) || index.liveCount() < 2) {
      return index;
    }
    float[] densities = new float[index.ordinalCount()];
    boolean[] live = new boolean[densities.length];
    int blocks = (densities.length + BLOCK - 1) / BLOCK;
    IntStream.range(0, blocks).parallel().forEach(b -> {
      // One scorer for a block of queries, so that its table of idf values is made once, not once a post.
      Scorer scorer = new Scorer(index);
      for (int o = b * BLOCK, until = Math.min(densities.length, o + BLOCK); o < until; o++) {
        Doc doc = index.doc(o);
        if (doc != null) {
          densities[o] = of(scorer.neighbourScores(o, NEIGHBOURS));
          live[o] = true;
        }
      }
    });
    double sum = 0;
    int count = 0;
    for (int o = 0; o < densities.length; o++) {
      if (live[o]) {
        sum += densities[o];
        count++;
      }
    }
    return index.withDensities(index.docs().withDensities(densities), sum, count);
  }

  /** Returns the density sum of {@code index} without that of {@code removed}, a post being removed. */
  static double withoutSum(IndexData index, Doc removed) {
    return removed.hasDensity() ? index.densitySum() - removed.density : index.densitySum();
  }

  /** Returns the density that a post's best related posts ({@link Scorer#neighbourScores}) give it. */
  static float of(ScoredCandidate[] best) {
    double sum = 0;
    for (ScoredCandidate s : best) {
      sum += s.score;
    }
    return (float) (sum / NEIGHBOURS);
  }
}
