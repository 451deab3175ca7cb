package io.github.relata;

import io.github.relata.analysis.StopWords;
import io.github.relata.internal.LayeredMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns scored candidates into {@link RelatedPost}s: each signal's share of the score, the shared tags, and
 * the shared words and phrases that carried the text score, in readable form.
 */
final class Explainer {


  private final IndexData index;
  private final QueryVector query;
  private final Set<String> functionWords;
  /** The query post's article, for the tags it shares. */
  private final Article queryArticle;

  Explainer(IndexData index, QueryVector query) {
    this.index = index;
    this.query = query;
    this.queryArticle = query.doc.article();
    this.functionWords = StopWords.functionWords(query.doc.language);
  }

  List<RelatedPost> explain(List<ScoredCandidate> top, ScoreFormula formula) {
    List<RelatedPost> related = new ArrayList<>(top.size());
    // What the shared terms need, worked out later if at all: small values, not the snapshot, so that a
    // result kept by the caller does not keep the whole index alive.
    TermReasons terms = new TermReasons(query, index.surfaces(), functionWords, TermWeights.frequencies(index));
    for (ScoredCandidate s : top) {
      Doc candidate = s.doc;
      Map<Signal, Double> shares = new EnumMap<>(Signal.class);
      formula.contributions(s).forEach((signal, share) -> shares.put(signal, share * s.exposure));
      List<String> tags = sharedTags(candidate);
      related.add(new RelatedPost(
          candidate.article(), s.score, shares, new SharedTerms(() -> terms.sharedTerms(candidate, tags)), tags, s.exposure));
    }
    return related;
  }

  /** The tags and categories of the query post that the candidate has too, rarest first. */
  private List<String> sharedTags(Doc c) {
    int[] theirLabels = c.vectors().labels;
    if (query.vectors.labels.length == 0 || theirLabels.length == 0) {
      return List.of();
    }
    Set<Integer> theirs = new HashSet<>();
    for (int label : theirLabels) {
      theirs.add(label);
    }
    List<String> shared = new ArrayList<>();
    Map<String, Integer> df = new java.util.HashMap<>();
    for (java.util.Collection<String> labels : List.of(queryArticle.tags(), queryArticle.categories())) {
      for (String label : labels) {
        int id = index.dictionary().get(Featurizer.labelKey(label));
        if (id != LayeredMap.ABSENT && theirs.contains(id) && df.putIfAbsent(label.toLowerCase(Locale.ROOT), index.df(id)) == null) {
          shared.add(label);
        }
      }
    }
    shared.sort(Comparator.comparingInt((String label) -> df.get(label.toLowerCase(Locale.ROOT))).thenComparing(label -> label));
    return shared;
  }
}
