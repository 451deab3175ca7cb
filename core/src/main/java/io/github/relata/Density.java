package io.github.relata;

import java.util.stream.IntStream;

/**
 * Each post's neighbourhood density: the mean score of its {@link #NEIGHBOURS} best related posts (missing
 * ones counting 0). A post close to many others (a hub, which would otherwise appear in every list) has a
 * high density, a post unlike the rest a low one. The exposure correction divides by it, and the relative cut
 * compares a pair's score with it.
 *
 * <p>Computed for every post when an index is built (one related-posts query per post, in parallel), for
 * a new post when it is added, and updated for the new post's neighbours at once: a neighbour whose weakest
 * of its best related posts the new one beats gains the difference. Removing a post leaves its neighbours'
 * densities as they were, slightly high, until the index is rebuilt.
 */
final class Density {

  /** How many of a post's best related posts make its density. */
  static final int NEIGHBOURS = 10;

  private Density() {}

  /** Whether the engine's settings use densities at all. */
  static boolean used(Options options) {
    return options.exposureCorrection() > 0 || options.minRelativeScore() > 0;
  }

  /** Returns {@code state} with every live post's density known. */
  static IndexState attach(IndexState state) {
    if (!used(state.engine.options) || state.liveCount < 2) {
      return state;
    }
    Doc[] docs = new Doc[state.ordinalCount()];
    IntStream.range(0, docs.length).parallel().forEach(o -> {
      Doc doc = state.doc(o);
      docs[o] = doc == null ? null : measured(doc, new Scorer(state).neighbourScores(o, NEIGHBOURS));
    });
    double sum = 0;
    int count = 0;
    for (Doc doc : docs) {
      if (doc != null) {
        sum += doc.density;
        count++;
      }
    }
    return state.withDocs(PersistentArray.of(docs), sum, count);
  }

  /** Returns {@code state}, in which {@code ordinal} was just added, with its density and its neighbours' updated. */
  static IndexState afterAdd(IndexState state, int ordinal) {
    if (!used(state.engine.options) || state.liveCount < 2) {
      return state;
    }
    ScoredCandidate[] neighbours = new Scorer(state).neighbourScores(ordinal, NEIGHBOURS);
    Doc added = measured(state.doc(ordinal), neighbours);
    PersistentArray<Doc> docs = state.docs.with(ordinal, added);
    double sum = state.densitySum + added.density;
    for (ScoredCandidate n : neighbours) {
      Doc neighbour = docs.get(n.ordinal);
      if (neighbour != null && neighbour.hasDensity() && n.score > neighbour.densityFloor) {
        float gain = (float) ((n.score - neighbour.densityFloor) / NEIGHBOURS);
        docs = docs.with(n.ordinal, neighbour.withDensity(neighbour.density + gain, neighbour.densityFloor));
        sum += gain;
      }
    }
    return state.withDocs(docs, sum, state.densityCount + 1);
  }

  /** Returns the density sum of {@code state} without that of {@code removed}, a post being removed. */
  static double withoutSum(IndexState state, Doc removed) {
    return removed.hasDensity() ? state.densitySum - removed.density : state.densitySum;
  }

  private static Doc measured(Doc doc, ScoredCandidate[] best) {
    double sum = 0;
    for (ScoredCandidate s : best) {
      sum += s.score;
    }
    float floor = best.length < NEIGHBOURS ? 0 : (float) best[best.length - 1].score;
    return doc.withDensity((float) (sum / NEIGHBOURS), floor);
  }
}
