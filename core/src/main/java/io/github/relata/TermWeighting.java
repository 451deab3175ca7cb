package io.github.relata;

/** How a term's count in a post and its rarity in the index become its weight in the post's vector. */
public enum TermWeighting {
  /**
   * {@code (1 + ln tf) * (ln((1 + N) / (1 + df)) + 1)}: sublinear term frequency times smoothed inverse
   * document frequency, which keeps some weight on terms most posts share (measured better than {@code
   * ln(N / df)} on all four evaluation corpora, and much better without the latent signal).
   */
  TF_IDF,
  /**
   * Okapi BM25's saturating term frequency ({@code k1 = 1.2, b = 0.75}, against the mean post length) times
   * {@code ln(1 + (N - df + 0.5) / (df + 0.5))}.
   */
  BM25
}
