package io.github.relata.bench;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The quality of one ranker's related lists on one corpus, as defined by {@code score_related.py}.
 *
 * <p>The means are {@code NaN} when there are no queries.
 *
 * @param precisionAt5 mean fraction of the first 5 entries that are relevant (a short list counts the
 *     missing entries as not relevant)
 * @param ndcgAt10 mean nDCG@10 with binary gain; the ideal DCG assumes {@code min(10, relevant posts)}
 *     relevant entries
 * @param mrr mean reciprocal rank of the first relevant entry within the first 10, 0 when there is none
 * @param queries posts with at least one label that share a label with some other post
 * @param emptyLists queries whose list is empty or missing
 * @param selfHits queries whose list contains the query post itself (must be 0)
 */
public record QualityScores(
    double precisionAt5, double ndcgAt10, double mrr, int queries, int emptyLists, int selfHits) implements Quality {

  /** Checks that the counts are not negative. */
  public QualityScores {
    checkArgument(queries >= 0, "queries must not be negative: %s", queries);
    checkArgument(emptyLists >= 0, "emptyLists must not be negative: %s", emptyLists);
    checkArgument(selfHits >= 0, "selfHits must not be negative: %s", selfHits);
  }

  @Override
  public String metric() {
    return "nDCG@10";
  }

  @Override
  public double primary() {
    return ndcgAt10;
  }

  /** Returns the figures the way {@code score_related.py} prints them, e.g. {@code P@5=0.812 ...}. */
  @Override
  public String toReferenceFormat() {
    return "P@5=" + Formats.threeDecimals(precisionAt5)
        + " nDCG@10=" + Formats.threeDecimals(ndcgAt10)
        + " MRR=" + Formats.threeDecimals(mrr)
        + " queries=" + queries
        + " empty=" + emptyLists
        + " self=" + selfHits;
  }
}
