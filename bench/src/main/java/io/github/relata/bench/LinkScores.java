package io.github.relata.bench;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The quality of one ranker's related lists on a link corpus, as defined by {@code score_links.py}.
 *
 * @param recallAt10 mean share of a query's linked posts found in its first 10 entries
 * @param hitAt10 share of queries with at least one linked post in their first 10 entries
 * @param mrr mean reciprocal rank of the first linked post within the first 10, 0 when there is none
 * @param queries the query posts of the links file
 * @param emptyLists queries whose list is empty or missing
 * @param selfHits queries whose list contains the query post itself (must be 0)
 */
public record LinkScores(double recallAt10, double hitAt10, double mrr, int queries, int emptyLists, int selfHits)
    implements Quality {

  /** Checks that the counts are not negative. */
  public LinkScores {
    checkArgument(queries >= 0, "queries must not be negative: %s", queries);
    checkArgument(emptyLists >= 0, "emptyLists must not be negative: %s", emptyLists);
    checkArgument(selfHits >= 0, "selfHits must not be negative: %s", selfHits);
  }

  @Override
  public String metric() {
    return "Recall@10";
  }

  @Override
  public double primary() {
    return recallAt10;
  }

  /** Returns the figures the way {@code score_links.py} prints them, e.g. {@code Recall@10=0.680 ...}. */
  @Override
  public String toReferenceFormat() {
    return "Recall@10=" + Formats.threeDecimals(recallAt10)
        + " hit@10=" + Formats.threeDecimals(hitAt10)
        + " MRR=" + Formats.threeDecimals(mrr)
        + " queries=" + queries
        + " empty=" + emptyLists
        + " self=" + selfHits;
  }
}
