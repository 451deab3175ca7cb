package io.github.relata;

import io.github.relata.analysis.StopWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns scored candidates into {@link RelatedPost}s: each signal's share of the score, the shared tags, and
 * the shared words and phrases that carried the text score, in readable form.
 */
final class Explainer {

  /** At most this many shared words and phrases are listed. */
  static final int MAX_TERMS = 6;
  /** Terms that add less than this share of the strongest shared term's part of the text score are not listed. */
  static final double MIN_SHARE = 0.1;
  /** Roman numerals ("IV", "XII"): numbers of a series or a list, not what two posts are about. */
  private static final Pattern ROMAN = Pattern.compile("(?i)M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})");

  private final IndexState state;
  private final QueryVector query;
  private final Set<String> functionWords;

  Explainer(IndexState state, QueryVector query) {
    this.state = state;
    this.query = query;
    this.functionWords = StopWords.functionWords(query.doc.language);
  }

  List<RelatedPost> explain(List<ScoredCandidate> top, ScoreFormula formula) {
    List<RelatedPost> related = new ArrayList<>(top.size());
    for (ScoredCandidate s : top) {
      Doc candidate = s.doc;
      Map<Signal, Double> shares = new EnumMap<>(Signal.class);
      formula.contributions(s).forEach((signal, share) -> shares.put(signal, share * s.exposure));
      related.add(new RelatedPost(
          candidate.article, s.score, shares, new SharedTerms(() -> sharedTerms(candidate)), sharedTags(candidate), s.exposure));
    }
    return related;
  }

  /** A shared word or phrase and its part of the text cosine's dot product. */
  private static final class Shared {
    final String surface;
    double contribution;

    Shared(String surface, double contribution) {
      this.surface = surface;
      this.contribution = contribution;
    }
  }

  /**
   * The shared words and phrases, by their part of the text score: a phrase takes in the parts of its
   * words, which are then not listed on their own; a term written as a shared tag is listed as the tag.
   */
  private List<String> sharedTerms(Doc c) {
    TermWeights termWeights = new TermWeights(state);
    Doc q = query.doc;
    Map<Integer, Double> words = new java.util.HashMap<>();
    SortedIds.forEachShared(q.terms, c.terms,
        (i, j) -> words.put(q.terms[i], query.weights[i] * termWeights.tf(c, j) * query.idf[i]));
    List<Shared> shared = new ArrayList<>();
    record Pair(int first, int second, String surface, double contribution) {}
    List<Pair> pairs = new ArrayList<>();
    SortedIds.forEachShared(q.pairs, c.pairs, (i, j) -> {
      int first = (int) (q.pairs[i] >>> 32);
      int second = (int) q.pairs[i];
      String a = state.surfaces.get(first, q.language);
      String b = state.surfaces.get(second, q.language);
      if (a != null && b != null && !(isFunctionWord(a) && isFunctionWord(b))) {
        pairs.add(new Pair(first, second, a + ' ' + b, query.pairWeights[i] * termWeights.pairTf(c, j) * query.pairIdf[i]));
      }
    });
    // The strongest phrase takes its words first; ties go by how the phrase is written, never by term ids.
    pairs.sort(Comparator.comparingDouble((Pair p) -> -p.contribution()).thenComparing(Pair::surface));
    for (Pair pair : pairs) {
      Double fromFirst = words.remove(pair.first());
      Double fromSecond = words.remove(pair.second());
      shared.add(new Shared(pair.surface(), pair.contribution() + (fromFirst == null ? 0 : fromFirst) + (fromSecond == null ? 0 : fromSecond)));
    }
    words.forEach((term, contribution) -> {
      String surface = state.surfaces.get(term, q.language);
      if (surface != null && isReadable(surface) && !isFunctionWord(surface)) {
        shared.add(new Shared(surface, contribution));
      }
    });
    shared.sort(Comparator.comparingDouble((Shared s) -> -s.contribution).thenComparing(s -> s.surface));
    List<String> chosen = new ArrayList<>();
    Set<String> shown = new HashSet<>();
    for (String tag : sharedTags(c)) {
      shown.add(tag.toLowerCase(Locale.ROOT)); // shown as a tag already
    }
    double strongest = shared.isEmpty() ? 0 : shared.get(0).contribution;
    for (Shared entry : shared) {
      if (entry.contribution < MIN_SHARE * strongest || chosen.size() == MAX_TERMS) {
        break;
      }
      if (shown.add(entry.surface.toLowerCase(Locale.ROOT))) {
        chosen.add(entry.surface);
      }
    }
    return chosen;
  }

  private boolean isFunctionWord(String surface) {
    return functionWords.contains(surface.toLowerCase(Locale.ROOT));
  }

  /**
   * Leaves out one- and two-letter lower-case words ("se", "ok") and roman numerals, which explain nothing;
   * keeps "EU", "S3".
   */
  private static boolean isReadable(String surface) {
    if (ROMAN.matcher(surface).matches()) {
      return false;
    }
    return surface.codePointCount(0, surface.length()) > 2 || !surface.equals(surface.toLowerCase(Locale.ROOT));
  }

  /** The tags and categories of the query post that the candidate has too, rarest first. */
  private List<String> sharedTags(Doc c) {
    if (query.doc.labels.length == 0 || c.labels.length == 0) {
      return List.of();
    }
    Set<Integer> theirs = new HashSet<>();
    for (int label : c.labels) {
      theirs.add(label);
    }
    List<String> shared = new ArrayList<>();
    Map<String, Integer> df = new java.util.HashMap<>();
    for (java.util.Collection<String> labels : List.of(query.doc.article.tags(), query.doc.article.categories())) {
      for (String label : labels) {
        int id = state.dictionary.get(Featurizer.labelKey(label));
        if (id != LayeredMap.ABSENT && theirs.contains(id) && df.putIfAbsent(label.toLowerCase(Locale.ROOT), state.df(id)) == null) {
          shared.add(label);
        }
      }
    }
    shared.sort(Comparator.comparingInt((String label) -> df.get(label.toLowerCase(Locale.ROOT))).thenComparing(label -> label));
    return shared;
  }
}
