package io.github.relata;

/** How a term's count in a post and its rarity in the index become its weight in the post's vector. */
public enum TermWeighting {
  /** {@code (1 + ln tf) * ln(1 + N / df)}: sublinear term frequency times inverse document frequency. */
  TF_IDF,
  /**
   * Okapi BM25's saturating term frequency ({@code k1 = 1.2, b = 0.75}, against the mean post length) times
   * {@code ln(1 + (N - df + 0.5) / (df + 0.5))}.
   */
  BM25
}
