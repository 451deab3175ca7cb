package io.github.relata.bench;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One entry of a related list: a post id and the ranker's score for it.
 *
 * @param id the related post's id
 * @param score the ranker's score, finite; higher is more related
 */
public record RankedPost(String id, double score) {

  /** Checks the components. */
  public RankedPost {
    checkNotNull(id, "id");
    checkArgument(Double.isFinite(score), "score must be finite: %s", score);
  }
}
