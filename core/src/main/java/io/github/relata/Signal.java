package io.github.relata;

/** One kind of evidence that two posts are related; {@link Weights} says how much each counts. */
public enum Signal {
  /** Cosine similarity of the posts' weighted term vectors (title, summary, body; words and word pairs). */
  TEXT,
  /** Overlap of the posts' tags and categories, rare ones counting more than common ones. */
  TAGS,
  /** Overlap of the posts' strongest key terms. */
  KEY_TERMS,
  /** Closeness in publication date: 1 on the same day, 0.5 one half-life apart. */
  DATE,
  /** Similarity in a latent semantic space learned from the site's own posts (truncated SVD). */
  LATENT,
  /** Second-order evidence: how close the query's nearest neighbours are to the candidate. */
  NEIGHBOURS
}
