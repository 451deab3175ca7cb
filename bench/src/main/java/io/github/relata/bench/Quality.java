package io.github.relata.bench;

/**
 * The quality of one ranker's related lists on one corpus, in the metric of the corpus's kind of ground
 * truth: {@link QualityScores} (nDCG@10 and friends) on a label corpus, {@link LinkScores} (Recall@10 and
 * friends) on a link corpus.
 */
public sealed interface Quality permits QualityScores, LinkScores {

  /** Returns the name of the headline metric, {@code "nDCG@10"} or {@code "Recall@10"}. */
  String metric();

  /** Returns the headline metric's value, the one quality goals and the CI guard compare. */
  double primary();

  /** Returns the mean reciprocal rank of the first relevant entry within the first 10. */
  double mrr();

  /** Returns the number of query posts. */
  int queries();

  /** Returns the number of queries whose list is empty or missing. */
  int emptyLists();

  /** Returns the number of queries whose list contains the query post itself (must be 0). */
  int selfHits();

  /** Returns the figures the way the corpus kind's reference scorer prints them. */
  String toReferenceFormat();
}
