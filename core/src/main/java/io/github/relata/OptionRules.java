package io.github.relata;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.time.Duration;

/**
 * The rule each engine setting must meet, in one place: {@link RelatedPostsBuilder} checks a value when it
 * is set, and {@link Options} checks them all again when it is made, so that no {@code Options} breaks one.
 * Each method returns the value it was given, or throws naming the setting, the rule and the value.
 */
final class OptionRules {

  /** The most latent dimensions an engine may use. */
  static final int MAX_LATENT_DIMENSIONS = 1000;
  /** The most posts a latent space is learned from: its SVD's dense sketch takes about 1 KB a post. */
  static final int MAX_LATENT_TRAINING_POSTS = 1_000_000;

  private OptionRules() {}

  static int maxResults(int maxResults) {
    checkArgument(maxResults >= 1, "maxResults must be at least 1: %s", maxResults);
    return maxResults;
  }

  static double minScore(double minScore) {
    checkArgument(minScore >= 0 && minScore < 1, "minScore must be in [0, 1): %s", minScore);
    return minScore;
  }

  static double minRelativeScore(double share) {
    checkArgument(share >= 0 && share < 1, "minRelativeScore must be in [0, 1): %s", share);
    return share;
  }

  static double exposureCorrection(double strength) {
    checkArgument(strength >= 0 && strength <= 1, "exposureCorrection must be in [0, 1]: %s", strength);
    return strength;
  }

  static void fieldWeights(double title, double summary, double body) {
    for (double w : new double[] {title, summary, body}) {
      checkArgument(Double.isFinite(w) && w >= 0, "field weights must be finite and >= 0: %s, %s, %s", title, summary, body);
    }
    checkArgument(title + summary + body > 0, "at least one field weight must be positive: %s, %s, %s", title, summary, body);
  }

  static Duration dateHalfLife(Duration halfLife) {
    checkNotNull(halfLife, "halfLife");
    checkArgument(!halfLife.isNegative() && !halfLife.isZero(), "dateHalfLife must be positive: %s", halfLife);
    return halfLife;
  }

  static Duration maxAge(Duration maxAge) {
    checkNotNull(maxAge, "maxAge");
    checkArgument(!maxAge.isNegative() && !maxAge.isZero(), "maxAge must be positive: %s", maxAge);
    return maxAge;
  }

  static int latentTrainingPosts(int posts) {
    checkArgument(posts >= LatentSpace.MIN_POSTS && posts <= MAX_LATENT_TRAINING_POSTS,
        "latentTrainingPosts must be in [%s, %s]: %s", LatentSpace.MIN_POSTS, MAX_LATENT_TRAINING_POSTS, posts);
    return posts;
  }

  static int latentDimensions(int dimensions) {
    checkArgument(dimensions >= 0 && dimensions <= MAX_LATENT_DIMENSIONS,
        "latentDimensions must be in [0, %s]: %s", MAX_LATENT_DIMENSIONS, dimensions);
    return dimensions;
  }

  /** Checks that the default list length fits the limits. */
  static void maxResultsWithin(int maxResults, Limits limits) {
    checkState(maxResults <= limits.maxResults(), "maxResults %s is over the limits' maxResults %s", maxResults, limits.maxResults());
  }
}
