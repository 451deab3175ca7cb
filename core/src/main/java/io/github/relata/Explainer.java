package io.github.relata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Turns scored candidates into {@link RelatedPost}s with each signal's share and the shared terms in readable form. */
final class Explainer {

  /** At most this many shared terms are listed, before shared tags and categories. */
  static final int MAX_TERMS = 6;
  /** Terms that add less than this share of the strongest shared term's weight are not listed. */
  static final double MIN_SHARE = 0.15;
  /**
   * Terms in more than this share of posts ("ska", "new", "said") explain nothing and are not listed,
   * on sites of at least {@link #MIN_POSTS_FOR_COMMON} posts.
   */
  static final double COMMON_SHARE = 0.2;
  static final int MIN_POSTS_FOR_COMMON = 20;

  private final IndexState state;
  private final Scorer.Query query;

  Explainer(IndexState state, Scorer.Query query) {
    this.state = state;
    this.query = query;
  }

  List<RelatedPost> explain(List<Scorer.Scored> top, Map<Signal, Double> applicable, double total) {
    List<RelatedPost> related = new ArrayList<>(top.size());
    for (Scorer.Scored s : top) {
      Map<Signal, Double> contributions = new EnumMap<>(Signal.class);
      for (Map.Entry<Signal, Double> w : applicable.entrySet()) {
        double share = w.getValue() * s.value(w.getKey()) / total;
        if (share > 0) {
          contributions.put(w.getKey(), share);
        }
      }
      Doc candidate = s.doc;
      related.add(new RelatedPost(s.doc.article, s.score, contributions, new SharedTerms(() -> sharedTerms(candidate))));
    }
    return related;
  }

  /** A term both posts have, with how much both are about it. */
  private record Shared(double contribution, long key, boolean pair) {}

  private List<String> sharedTerms(Doc c) {
    Surfaces surfaces = state.surfaces;
    List<Shared> shared = new ArrayList<>();
    int[] terms = query.doc.terms;
    int[] b = c.terms;
    int tooCommon = state.liveCount >= MIN_POSTS_FOR_COMMON ? (int) (COMMON_SHARE * state.liveCount) : Integer.MAX_VALUE;
    for (int i = 0, j = 0; i < terms.length && j < b.length; ) {
      if (terms[i] < b[j]) {
        i++;
      } else if (terms[i] > b[j]) {
        j++;
      } else {
        if (state.df(terms[i]) <= tooCommon) {
          // How much both posts are about the term: its weight in the query times its frequency in the
          // candidate. (The cosine's own share, with idf squared, would favour rare words used once.)
          shared.add(new Shared(query.weights[i] * c.logTf(j), terms[i], false));
        }
        i++;
        j++;
      }
    }
    long[] pairs = query.doc.pairs;
    long[] cPairs = c.pairs;
    for (int i = 0, j = 0; i < pairs.length && j < cPairs.length; ) {
      if (pairs[i] < cPairs[j]) {
        i++;
      } else if (pairs[i] > cPairs[j]) {
        j++;
      } else {
        if (state.pairCounts.df(query.doc.pairHash(i)) <= tooCommon) {
          shared.add(new Shared(query.pairWeights[i] * c.pairLogTf(j), pairs[i], true));
        }
        i++;
        j++;
      }
    }
    shared.sort(Comparator.comparingDouble((Shared x) -> -x.contribution()).thenComparingLong(Shared::key));
    List<String> chosen = new ArrayList<>();
    Set<String> shown = new HashSet<>();
    double strongest = shared.isEmpty() ? 0 : shared.get(0).contribution();
    for (Shared entry : shared) {
      if (entry.contribution() < MIN_SHARE * strongest) {
        break;
      }
      String surface = surfaceOf(entry, surfaces);
      if (surface == null || !isReadable(surface) || !shown.add(surface.toLowerCase(Locale.ROOT))) {
        continue;
      }
      chosen.add(surface);
      if (chosen.size() == MAX_TERMS) {
        break;
      }
    }
    List<String> labels = sharedLabels(c);
    chosen.removeIf(surface -> isPartOfAnother(surface, chosen, labels));
    for (String label : labels) {
      if (shown.add(label.toLowerCase(Locale.ROOT))) {
        chosen.add(label);
      }
    }
    return chosen;
  }

  /** How the term is written; a pair is written as its two words. */
  private static @Nullable String surfaceOf(Shared entry, Surfaces surfaces) {
    if (!entry.pair()) {
      return surfaces.get((int) entry.key());
    }
    String first = surfaces.get((int) (entry.key() >>> 32));
    String second = surfaces.get((int) entry.key());
    return first == null || second == null ? null : first + ' ' + second;
  }

  /** Leaves out one- and two-letter lower-case words ("se", "ok"), which explain nothing; keeps "EU", "S3". */
  private static boolean isReadable(String surface) {
    return surface.codePointCount(0, surface.length()) > 2 || !surface.equals(surface.toLowerCase(Locale.ROOT));
  }

  /** A single word already shown inside a chosen word pair or a shared label. */
  private static boolean isPartOfAnother(String surface, List<String> chosen, List<String> labels) {
    if (surface.indexOf(' ') >= 0) {
      return false;
    }
    for (List<String> others : List.of(chosen, labels)) {
      for (String other : others) {
        if (other.indexOf(' ') >= 0) {
          for (String part : other.split("[ -]")) {
            if (part.equalsIgnoreCase(surface)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private List<String> sharedLabels(Doc c) {
    Set<Integer> theirs = new HashSet<>();
    for (int label : c.labels) {
      theirs.add(label);
    }
    List<String> shared = new ArrayList<>();
    for (String tag : query.doc.article.tags()) {
      addIfShared(tag, theirs, shared);
    }
    for (String category : query.doc.article.categories()) {
      addIfShared(category, theirs, shared);
    }
    return shared;
  }

  private void addIfShared(String label, Set<Integer> theirs, List<String> shared) {
    int id = state.dictionary.get(Featurizer.labelKey(label));
    if (id != LayeredMap.ABSENT && theirs.contains(id) && !shared.contains(label)) {
      shared.add(label);
    }
  }
}
