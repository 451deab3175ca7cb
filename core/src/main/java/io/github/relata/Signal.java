package io.github.relata;

/** One kind of evidence that two posts are related; {@link Weights} says how much each counts. */
public enum Signal {
  /** Cosine similarity of the posts' weighted term vectors (title, summary, body; words and word pairs). */
  TEXT,
  /**
   * How much of one post's title the other post's text mentions, rare words counting more, averaged over
   * both directions: a report and the press release about it, a post and the one it builds on, name each
   * other's subject.
   */
  TITLE,
  /** Overlap of the posts' tags and categories, rare ones counting more than common ones. */
  TAGS,
  /** Overlap of the posts' strongest key terms. */
  KEY_TERMS,
  /**
   * Closeness in publication date: 1 on the same day, 0.5 one half-life apart. It never makes posts related
   * on its own: it scales the score of the other signals (see {@link Weights}).
   */
  DATE,
  /** Similarity in a latent semantic space learned from the site's own posts (truncated SVD). */
  LATENT,
  /**
   * Second-order evidence: how close the candidate is, in the latent space, to the query's nearest
   * neighbours, counted as far as the posts' own text similarity leaves room (times {@code 1 - text}).
   */
  NEIGHBOURS
}
