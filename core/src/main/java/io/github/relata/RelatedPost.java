package io.github.relata;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of a related list: a post, its score and why it is related.
 *
 * @param article the related post
 * @param score how related it is, in [0, 1]; lists are sorted by it, best first
 * @param contributions each signal's share of the score, in signal order; they add up to {@code score}
 * @param sharedTerms the terms both posts share, strongest first, as they are written in the query post
 *     ("smart specialisering", "Nordregio"), then shared tags and categories
 */
public record RelatedPost(Article article, double score, Map<Signal, Double> contributions, List<String> sharedTerms) {

  /**
   * Checks and copies the components.
   *
   * @throws IllegalArgumentException if {@code score} is not in [0, 1]
   */
  public RelatedPost {
    checkNotNull(article, "article");
    checkArgument(score >= 0 && score <= 1, "score must be in [0, 1]: %s (article %s)", score, article.id());
    Map<Signal, Double> copy = new EnumMap<>(Signal.class);
    copy.putAll(checkNotNull(contributions, "contributions"));
    contributions = Collections.unmodifiableMap(copy);
    sharedTerms = sharedTerms instanceof SharedTerms ? sharedTerms : List.copyOf(sharedTerms);
  }

  /** Returns one signal's share of the score, 0 when it did not contribute. */
  public double contribution(Signal signal) {
    return contributions.getOrDefault(signal, 0.0);
  }
}
