package io.github.relata;

import com.google.common.collect.Iterables;
import com.google.common.collect.Ordering;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Ranks the posts related to one post of a snapshot: finds candidates, scores each signal exactly,
 * combines them with the {@link Weights}, and explains the winners.
 */
final class Scorer {

  /** At least this many candidates are scored exactly, more for long lists. */
  static final int MIN_CANDIDATES = 100;
  /**
   * Of the candidates a list would score, the best this many by approximate score are scored for a post's
   * {@link Density} (the mean of its best {@link Density#NEIGHBOURS} scores, one such query a post in every
   * build), where no latent scan adds candidates: only the top scores count, and they are among the first.
   */
  static final int NEIGHBOUR_CANDIDATES = 70;
  /** Indexes of up to this many posts also find candidates by comparing latent vectors with every post. */
  static final int LATENT_SCAN_LIMIT = 5000;
  /** How many candidates the latent scan adds. */
  static final int LATENT_CANDIDATES = 50;
  /** How many nearest neighbours of the query give second-order evidence. */
  static final int NEIGHBOURS = 5;
  /** Densities below this count as this, so that a post unlike all others is not boosted without bound. */
  static final double MIN_DENSITY = 1e-3;
  /** The exposure correction raises a score at most by half: a post unlike all others gains a place, not a list. */
  static final double MAX_EXPOSURE_FACTOR = 1.5;

  private final IndexData index;
  private final Options options;
  private final TermWeights termWeights;

  Scorer(IndexData index) {
    this.index = index;
    this.options = index.engine().options();
    this.termWeights = new TermWeights(index);
  }

  List<RelatedPost> related(int self, Filter filter) {
    int limit = filter.limitOr(options.maxResults());
    QueryVector query = new QueryVector(index.doc(self), self, termWeights, options.keyTermsWeighted());
    if (query.empty()) {
      return List.of();
    }
    Ranking ranking = rank(query, new Eligibility(index, query.doc, filter), limit, Integer.MAX_VALUE);
    List<ScoredCandidate> kept = corrected(ranking.scored(), query.doc);
    kept.sort(RANKING);
    List<ScoredCandidate> top = kept.subList(0, Math.min(limit, kept.size()));
    return new Explainer(index, query).explain(top, ranking.formula());
  }

  /**
   * Returns the candidates that pass the cuts, each corrected for exposure: the relative cut (far weaker than
   * what either post is usually related by), the exposure correction, and the minimum score.
   */
  private List<ScoredCandidate> corrected(List<ScoredCandidate> scored, Doc q) {
    double exposure = options.exposureCorrection();
    double mean = index.meanDensity();
    double relative = options.minRelativeScore();
    List<ScoredCandidate> kept = new ArrayList<>();
    for (ScoredCandidate s : scored) {
      Doc c = s.doc;
      // Posts added since the last build count as of the mean density.
      double queryDensity = q.hasDensity() ? q.density : mean;
      double density = c.hasDensity() ? c.density : mean;
      if (relative > 0 && s.score < relative * Math.max(queryDensity, density)) {
        continue; // far weaker than what either post is usually related by
      }
      if (exposure > 0 && mean > 0) {
        s.exposure = Math.min(MAX_EXPOSURE_FACTOR, Math.pow(mean / Math.max(density, MIN_DENSITY), exposure));
        s.score = Signals.clamp(s.score * s.exposure);
      }
      if (s.score > 0 && s.score >= options.minScore()) {
        kept.add(s);
      }
    }
    return kept;
  }

  /**
   * Returns the {@code k} best related posts of {@code self} by the score of the signals alone (no exposure
   * correction, no cuts, no filter but the engine's date and language rules), best first, for {@link Density}.
   */
  ScoredCandidate[] neighbourScores(int self, int k) {
    QueryVector query = new QueryVector(index.doc(self), self, termWeights, options.keyTermsWeighted());
    if (query.empty()) {
      return new ScoredCandidate[0];
    }
    List<ScoredCandidate> scored =
        new ArrayList<>(rank(query, new Eligibility(index, query.doc, Filter.none()), k, Math.max(k, NEIGHBOUR_CANDIDATES)).scored());
    scored.removeIf(s -> !(s.score > 0));
    scored.sort(RANKING);
    return scored.subList(0, Math.min(k, scored.size())).toArray(ScoredCandidate[]::new);
  }

  /** How many candidates to score exactly for a list of {@code limit}: ten times as many, at least {@link #MIN_CANDIDATES}, at most every post. */
  private int candidates(int limit) {
    return (int) Math.min(Math.max(MIN_CANDIDATES, 10L * limit), Math.max(index.ordinalCount(), 1));
  }

  /** The scored candidates of one query, and the formula that scored them. */
  private record Ranking(List<ScoredCandidate> scored, ScoreFormula formula) {}

  /**
   * Finds the candidates of a list of {@code limit} and scores every signal of each, neighbours included:
   * only the first {@code keep} of those found in the postings where no latent scan adds others.
   */
  private Ranking rank(QueryVector query, Eligibility eligibility, int limit, int keep) {
    Doc q = query.doc;
    int self = query.ordinal;
    int[] ordinals = Candidates.find(index, query, candidates(limit), eligibility.acceptsAll() ? null : eligibility::test);
    if (!scansLatentSpace(q)) {
      ordinals = java.util.Arrays.copyOf(ordinals, Math.min(keep, ordinals.length));
    }
    ordinals = withLatentNeighbours(self, q, ordinals, eligibility);
    Signals signals = new Signals(index, termWeights, query);
    List<ScoredCandidate> scored = new ArrayList<>(ordinals.length);
    for (int ordinal : ordinals) {
      scored.add(signals.of(ordinal, index.doc(ordinal)));
    }
    boolean latent = q.hasLatent() && index.latent() != null;
    if (latent && options.weights().neighbours() > 0) {
      neighbours(scored);
    }
    ScoreFormula formula = ScoreFormula.of(options.weights(), query, latent);
    for (ScoredCandidate s : scored) {
      s.score = formula.score(s);
    }
    return new Ranking(scored, formula);
  }

  /**
   * Adds the posts closest to the query in the latent space, found by comparing it with every post, to
   * the candidates found through shared terms: posts that say the same thing in other words share few
   * terms. Only for indexes of up to {@link #LATENT_SCAN_LIMIT} posts, where the scan is cheap.
   */
  private int[] withLatentNeighbours(int self, Doc q, int[] ordinals, Eligibility eligibility) {
    if (!scansLatentSpace(q)) {
      return ordinals;
    }
    long[] best = byLatentSimilarity(q, index.ordinalCount(), self, index::doc);
    java.util.Set<Integer> all = new java.util.LinkedHashSet<>();
    for (int o : ordinals) {
      all.add(o);
    }
    for (int i = 0, added = 0; i < best.length && added < LATENT_CANDIDATES; i++) {
      int o = (int) best[i];
      if (eligibility.test(o) && all.add(o)) {
        added++;
      }
    }
    return all.stream().mapToInt(Integer::intValue).toArray();
  }


  /** Whether the query's candidates include posts found by comparing latent vectors with every post. */
  private boolean scansLatentSpace(Doc q) {
    return q.hasLatent() && index.latent() != null && index.ordinalCount() <= LATENT_SCAN_LIMIT;
  }

  /**
   * Returns the ordinals below {@code n} but {@code self} that have a latent vector, each in the low 32 bits,
   * closest to {@code query} first (a negative similarity counts as 0), ties to the lower ordinal.
   */
  static long[] byLatentSimilarity(Doc query, int n, int self, java.util.function.IntFunction<@Nullable Doc> posts) {
    long[] best = new long[n];
    int count = 0;
    for (int o = 0; o < n; o++) {
      Doc d = o == self ? null : posts.apply(o);
      if (d != null && d.hasLatent()) {
        float similarity = (float) query.latentDot(d);
        best[count++] = ((long) ~Float.floatToIntBits(Math.max(similarity, 0f)) << 32) | o;
      }
    }
    java.util.Arrays.sort(best, 0, count);
    return java.util.Arrays.copyOf(best, count);
  }

  /** Best score first; ties go to the newer post, then to the smaller id. */
  static final Comparator<ScoredCandidate> RANKING =
      Comparator.comparingDouble((ScoredCandidate s) -> -s.score)
          .thenComparingDouble(s -> s.doc.dated() ? -s.doc.day : Double.POSITIVE_INFINITY)
          .thenComparing(s -> s.doc.id());

  /** Closest to the query by text and latent similarity together first, ties to the smaller id. */
  private static final Comparator<ScoredCandidate> NEAREST_FIRST =
      Comparator.comparingDouble((ScoredCandidate s) -> -(s.value(Signal.TEXT) + s.value(Signal.LATENT))).thenComparing(s -> s.doc.id());

  /**
   * Second-order evidence: the mean latent similarity of the query's nearest neighbours to each
   * candidate, computed as one dot product with the neighbours' sum (a candidate that is itself a
   * neighbour is left out of its own mean), times one minus the pair's text similarity.
   */
  private void neighbours(List<ScoredCandidate> scored) {
    // The best few in one selection pass, not a sort of every candidate.
    List<ScoredCandidate> nearest = Ordering.from(NEAREST_FIRST).leastOf(Iterables.filter(scored, s -> s.doc.hasLatent()), NEIGHBOURS);
    if (nearest.isEmpty()) {
      return;
    }
    int dimensions = nearest.get(0).doc.latentDimensions();
    float[] sum = new float[dimensions];
    for (ScoredCandidate neighbour : nearest) {
      neighbour.doc.addLatentTo(sum);
    }
    LatentVector.Dense neighbours = new LatentVector.Dense(sum, dimensions);
    java.util.Set<ScoredCandidate> isNeighbour = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    isNeighbour.addAll(nearest);
    for (ScoredCandidate c : scored) {
      Doc v = c.doc;
      if (!v.hasLatent()) {
        continue;
      }
      double total = v.latentDot(neighbours);
      int n = nearest.size();
      if (isNeighbour.contains(c)) {
        total -= v.latentDot(v);
        n--;
      }
      // Second-order evidence counts where the posts' own words say little: in full for a pair with no text
      // similarity, not at all for identical texts, so that it does not pull "same broad topic" above
      // "about the same thing".
      c.set(Signal.NEIGHBOURS, n == 0 ? 0 : Signals.clamp(total / n) * (1 - c.value(Signal.TEXT)));
    }
  }
}
