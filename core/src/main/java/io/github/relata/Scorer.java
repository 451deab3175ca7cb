package io.github.relata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the posts related to one post of a snapshot: finds candidates, scores each signal exactly,
 * combines them with the {@link Weights}, and explains the winners.
 */
final class Scorer {

  /** At least this many candidates are scored exactly, more for long lists. */
  static final int MIN_CANDIDATES = 100;
  /** Indexes of up to this many posts also find candidates by comparing latent vectors with every post. */
  static final int LATENT_SCAN_LIMIT = 5000;
  /** How many candidates the latent scan adds. */
  static final int LATENT_CANDIDATES = 50;
  /** How many nearest neighbours of the query give second-order evidence. */
  static final int NEIGHBOURS = 5;
  /** Share of the n-gram cosine in the text signal, where subword matching applies. */
  static final double GRAM_SHARE = 0.3;

  private final IndexState state;
  private final Options options;
  private final TermWeights termWeights;

  Scorer(IndexState state) {
    this.state = state;
    this.options = state.engine.options;
    this.termWeights = new TermWeights(state);
  }

  /** One candidate's signal values. */
  static final class Scored {
    final int ordinal;
    final Doc doc;
    final double[] values = new double[Signal.values().length];
    double score;

    Scored(int ordinal, Doc doc) {
      this.ordinal = ordinal;
      this.doc = doc;
    }

    double value(Signal s) {
      return values[s.ordinal()];
    }
  }

  List<RelatedPost> related(int self, Filter filter) {
    Doc q = state.doc(self);
    int limit = filter.limit() > 0 ? filter.limit() : options.maxResults();
    Query query = new Query(q, self);
    if (query.empty()) {
      return List.of();
    }
    Eligibility eligibility = new Eligibility(state, q, filter);
    int[] ordinals =
        Candidates.find(
            state, self, q.terms, query.weights, query.idf, q.labels, query.labelIdf,
            Math.max(MIN_CANDIDATES, 10 * limit), eligibility.acceptsAll() ? null : eligibility::test);
    ordinals = withLatentNeighbours(self, q, ordinals, eligibility);
    List<Scored> scored = new ArrayList<>(ordinals.length);
    for (int ordinal : ordinals) {
      scored.add(signals(query, ordinal, state.doc(ordinal)));
    }
    boolean latent = q.latent != null && state.latent != null;
    if (latent && options.weights().neighbours() > 0) {
      neighbours(scored);
    }
    Map<Signal, Double> weights = applicableWeights(q, latent);
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    List<Scored> kept = new ArrayList<>();
    for (Scored s : scored) {
      double score = 0;
      for (Map.Entry<Signal, Double> w : weights.entrySet()) {
        score += w.getValue() * s.value(w.getKey());
      }
      s.score = Math.min(1, Math.max(0, score / total));
      if (s.score > 0 && s.score >= options.minScore()) {
        kept.add(s);
      }
    }
    kept.sort(RANKING);
    List<Scored> top = kept.subList(0, Math.min(limit, kept.size()));
    return new Explainer(state, query).explain(top, weights, total);
  }

  /**
   * Adds the posts closest to the query in the latent space, found by comparing it with every post, to
   * the candidates found through shared terms: posts that say the same thing in other words share few
   * terms. Only for indexes of up to {@link #LATENT_SCAN_LIMIT} posts, where the scan is cheap.
   */
  private int[] withLatentNeighbours(int self, Doc q, int[] ordinals, Eligibility eligibility) {
    if (q.latent == null || state.latent == null || state.ordinalCount() > LATENT_SCAN_LIMIT) {
      return ordinals;
    }
    int n = state.ordinalCount();
    long[] best = new long[n];
    int count = 0;
    for (int o = 0; o < n; o++) {
      Doc d = state.doc(o);
      if (o == self || d == null || d.latent == null) {
        continue;
      }
      float similarity = (float) q.latent.dot(d.latent);
      best[count++] = ((long) ~Float.floatToIntBits(Math.max(similarity, 0f)) << 32) | o;
    }
    java.util.Arrays.sort(best, 0, count);
    java.util.Set<Integer> all = new java.util.LinkedHashSet<>();
    for (int o : ordinals) {
      all.add(o);
    }
    for (int i = 0, added = 0; i < count && added < LATENT_CANDIDATES; i++) {
      int o = (int) best[i];
      if (eligibility.test(o) && all.add(o)) {
        added++;
      }
    }
    return all.stream().mapToInt(Integer::intValue).toArray();
  }


  /** Best score first; ties go to the newer post, then to the smaller id. */
  static final Comparator<Scored> RANKING =
      Comparator.comparingDouble((Scored s) -> -s.score)
          .thenComparingDouble(s -> s.doc.dated() ? -s.doc.day : Double.POSITIVE_INFINITY)
          .thenComparing(s -> s.doc.id());

  private Map<Signal, Double> applicableWeights(Doc q, boolean latent) {
    Weights w = options.weights();
    Map<Signal, Double> applicable = new EnumMap<>(Signal.class);
    applicable.put(Signal.TEXT, w.text());
    applicable.put(Signal.KEY_TERMS, w.keyTerms());
    if (q.labels.length > 0) {
      applicable.put(Signal.TAGS, w.tags());
    }
    if (q.dated()) {
      applicable.put(Signal.DATE, w.date());
    }
    if (latent) {
      applicable.put(Signal.LATENT, w.latent());
      applicable.put(Signal.NEIGHBOURS, w.neighbours());
    }
    applicable.values().removeIf(v -> v == 0);
    if (applicable.isEmpty()) {
      applicable.put(Signal.TEXT, 1.0);
    }
    return applicable;
  }

  /** The query post's vector under this snapshot's statistics. */
  final class Query {
    final Doc doc;
    final double[] weights;
    final double[] idf;
    final double norm;
    final double[] gramWeights;
    final double gramNorm;
    final double[] labelIdf;
    final double labelNorm;
    final int[] keyTerms;
    final TermLookup lookup;
    /** Each word pair's weight in the query vector, idf included, its idf, and the pairs by hash. */
    final double[] pairWeights;
    final double[] pairIdf;
    final TermLookup pairLookup;

    Query(Doc doc, int ordinal) {
      this.doc = doc;
      weights = new double[doc.terms.length];
      idf = new double[doc.terms.length];
      double sum = 0;
      for (int i = 0; i < weights.length; i++) {
        idf[i] = termWeights.idfOf(doc.terms[i]);
        weights[i] = termWeights.tf(doc, i) * idf[i];
        sum += weights[i] * weights[i];
      }
      pairWeights = new double[doc.pairs.length];
      pairIdf = new double[doc.pairs.length];
      int[] hashes = new int[doc.pairs.length];
      for (int i = 0; i < pairWeights.length; i++) {
        hashes[i] = doc.pairHash(i);
        pairIdf[i] = termWeights.pairIdf(hashes[i]);
        pairWeights[i] = termWeights.pairTf(doc, i) * pairIdf[i];
        sum += pairWeights[i] * pairWeights[i];
      }
      pairLookup = new TermLookup(hashes);
      norm = Math.sqrt(sum);
      gramWeights = new double[doc.grams.length];
      for (int i = 0; i < gramWeights.length; i++) {
        gramWeights[i] = doc.gramLogTf(i) * termWeights.idfOf(doc.grams[i]);
      }
      gramNorm = termWeights.gramNorm(ordinal, doc);
      labelIdf = new double[doc.labels.length];
      for (int i = 0; i < labelIdf.length; i++) {
        labelIdf[i] = termWeights.idfOf(doc.labels[i]);
      }
      labelNorm = termWeights.labelNorm(ordinal, doc);
      keyTerms = options.weights().keyTerms() > 0 ? TermWeights.strongest(doc.terms, weights, TermWeights.KEY_TERMS) : new int[0];
      lookup = new TermLookup(doc.terms);
    }

    boolean empty() {
      return norm == 0 && labelNorm == 0;
    }
  }

  private Scored signals(Query query, int ordinal, Doc c) {
    Scored s = new Scored(ordinal, c);
    Doc q = query.doc;
    double text = 0;
    if (query.norm > 0) {
      double dot = 0;
      int[] b = c.terms;
      TermLookup lookup = query.lookup;
      for (int j = 0; j < b.length; j++) {
        int i = lookup.positionOf(b[j]);
        if (i >= 0) {
          dot += query.weights[i] * termWeights.tf(c, j) * query.idf[i];
        }
      }
      for (int j = 0; j < c.pairs.length; j++) {
        int hash = c.pairHash(j);
        int i = query.pairLookup.positionOf(hash);
        if (i >= 0) {
          // The query's idf: the same pair, so the same count, without a probe of the pair table.
          dot += query.pairWeights[i] * termWeights.pairTf(c, j) * query.pairIdf[i];
        }
      }
      double cNorm = termWeights.textNorm(ordinal, c);
      text = cNorm == 0 ? 0 : dot / (query.norm * cNorm);
    }
    if (query.gramNorm > 0 && c.grams.length > 0) {
      double dot = 0;
      int[] a = q.grams;
      int[] b = c.grams;
      for (int i = 0, j = 0; i < a.length && j < b.length; ) {
        if (a[i] < b[j]) {
          i++;
        } else if (a[i] > b[j]) {
          j++;
        } else {
          dot += query.gramWeights[i] * c.gramLogTf(j) * termWeights.idfOf(b[j]);
          i++;
          j++;
        }
      }
      double grams = dot / (query.gramNorm * termWeights.gramNorm(ordinal, c));
      text = (1 - GRAM_SHARE) * text + GRAM_SHARE * grams;
    }
    s.values[Signal.TEXT.ordinal()] = clamp(text);
    if (options.weights().keyTerms() > 0 && query.keyTerms.length > 0) {
      int shared = sharedCount(query.keyTerms, termWeights.keyTerms(ordinal, c));
      s.values[Signal.KEY_TERMS.ordinal()] = (double) shared / query.keyTerms.length;
    }
    if (query.labelNorm > 0 && c.labels.length > 0) {
      double dot = 0;
      int[] a = q.labels;
      int[] b = c.labels;
      for (int i = 0, j = 0; i < a.length && j < b.length; ) {
        if (a[i] < b[j]) {
          i++;
        } else if (a[i] > b[j]) {
          j++;
        } else {
          dot += query.labelIdf[i] * query.labelIdf[i];
          i++;
          j++;
        }
      }
      s.values[Signal.TAGS.ordinal()] = clamp(dot / (query.labelNorm * termWeights.labelNorm(ordinal, c)));
    }
    if (q.dated() && c.dated()) {
      double halfLifeDays = options.dateHalfLife().toSeconds() / 86400.0;
      s.values[Signal.DATE.ordinal()] = Math.pow(0.5, Math.abs(q.day - c.day) / halfLifeDays);
    }
    if (q.latent != null && c.latent != null) {
      s.values[Signal.LATENT.ordinal()] = clamp(q.latent.dot(c.latent));
    }
    return s;
  }

  /**
   * Second-order evidence: the mean latent similarity of the query's nearest neighbours to each
   * candidate, computed as one dot product with the neighbours' sum (a candidate that is itself a
   * neighbour is left out of its own mean).
   */
  private void neighbours(List<Scored> scored) {
    Scored[] nearest =
        scored.stream()
            .filter(s -> s.doc.latent != null)
            .sorted(Comparator.comparingDouble((Scored s) -> -(s.value(Signal.TEXT) + s.value(Signal.LATENT))).thenComparing(s -> s.doc.id()))
            .limit(NEIGHBOURS)
            .toArray(Scored[]::new);
    if (nearest.length == 0) {
      return;
    }
    float[] sum = new float[nearest[0].doc.latent.dimensions()];
    for (Scored neighbour : nearest) {
      neighbour.doc.latent.addTo(sum);
    }
    java.util.Set<Scored> isNeighbour = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    isNeighbour.addAll(java.util.Arrays.asList(nearest));
    for (Scored c : scored) {
      LatentVector v = c.doc.latent;
      if (v == null) {
        continue;
      }
      double total = v.dot(sum);
      int n = nearest.length;
      if (isNeighbour.contains(c)) {
        total -= v.dot(v);
        n--;
      }
      c.values[Signal.NEIGHBOURS.ordinal()] = n == 0 ? 0 : clamp(total / n);
    }
  }

  /** Exact text cosine of two indexed posts. */
  double textCosine(int ordinalA, Doc a, int ordinalB, Doc b) {
    double na = termWeights.textNorm(ordinalA, a);
    double nb = termWeights.textNorm(ordinalB, b);
    if (na == 0 || nb == 0) {
      return 0;
    }
    double dot = 0;
    int[] x = a.terms;
    int[] y = b.terms;
    for (int i = 0, j = 0; i < x.length && j < y.length; ) {
      if (x[i] < y[j]) {
        i++;
      } else if (x[i] > y[j]) {
        j++;
      } else {
        double idf = termWeights.idfOf(x[i]);
        dot += termWeights.tf(a, i) * termWeights.tf(b, j) * idf * idf;
        i++;
        j++;
      }
    }
    long[] p = a.pairs;
    long[] r = b.pairs;
    for (int i = 0, j = 0; i < p.length && j < r.length; ) {
      if (p[i] < r[j]) {
        i++;
      } else if (p[i] > r[j]) {
        j++;
      } else {
        double idf = termWeights.pairIdf(a.pairHash(i));
        dot += termWeights.pairTf(a, i) * termWeights.pairTf(b, j) * idf * idf;
        i++;
        j++;
      }
    }
    return clamp(dot / (na * nb));
  }

  static double clamp(double value) {
    return Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
  }

  /** The number of ids two ascending arrays share. */
  static int sharedCount(int[] a, int[] b) {
    int shared = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        shared++;
        i++;
        j++;
      }
    }
    return shared;
  }
}
