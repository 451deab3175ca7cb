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
 * @param sharedTerms the words and phrases both posts use that carried the text score, strongest first, as
 *     the query post writes them ("smart specialisering", "Nordregio"); a phrase is shown whole, never also
 *     as its words, and function words of the post's language are left out
 * @param sharedTags the tags and categories both posts have, rarest first, as the query post writes them
 * @param exposure the factor the exposure correction multiplied the score by: below 1 when the post is close
 *     to so many posts that it would otherwise appear in most lists ({@link #demotedForExposure()}), above 1
 *     for a post unlike the others, 1 when the correction is off
 */
public record RelatedPost(
    Article article, double score, Map<Signal, Double> contributions, List<String> sharedTerms, List<String> sharedTags, double exposure) {

  /**
   * Checks and copies the components.
   *
   * @param article the related post
   * @param score how related it is, in [0, 1]
   * @param contributions each signal's share of the score; copied
   * @param sharedTerms the words and phrases both posts use, strongest first; copied
   * @param sharedTags the tags and categories both posts have, rarest first; copied
   * @param exposure the factor the exposure correction multiplied the score by, positive and finite
   * @throws IllegalArgumentException if {@code score} is not in [0, 1] or {@code exposure} is not positive
   */
  public RelatedPost {
    checkNotNull(article, "article");
    checkNotNull(contributions, "contributions");
    checkNotNull(sharedTerms, "sharedTerms");
    checkNotNull(sharedTags, "sharedTags");
    checkArgument(score >= 0 && score <= 1, "score must be in [0, 1]: %s (article %s)", score, article.id());
    checkArgument(exposure > 0 && Double.isFinite(exposure), "exposure must be positive: %s (article %s)", exposure, article.id());
    Map<Signal, Double> copy = new EnumMap<>(Signal.class);
    copy.putAll(contributions);
    contributions = Collections.unmodifiableMap(copy);
    sharedTerms = sharedTerms instanceof SharedTerms ? sharedTerms : List.copyOf(sharedTerms);
    sharedTags = List.copyOf(sharedTags);
  }

  /**
   * Returns one signal's share of the score.
   *
   * @param signal the signal
   * @return its share, 0 when it did not contribute
   */
  public double contribution(Signal signal) {
    checkNotNull(signal, "signal");
    return contributions.getOrDefault(signal, 0.0);
  }

  /**
   * Returns whether the post was demoted for being everywhere: its score was lowered by a tenth or more
   * because it is close to many posts of the site.
   *
   * @return true when {@link #exposure()} is at most 0.9
   */
  public boolean demotedForExposure() {
    return exposure <= 0.9;
  }
}
