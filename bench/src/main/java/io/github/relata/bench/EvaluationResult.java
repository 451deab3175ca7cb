package io.github.relata.bench;

import static io.github.relata.bench.Checks.checkNotNull;

/**
 * The outcome of evaluating one ranker on one corpus: one row of the report.
 *
 * @param corpus the corpus name, e.g. {@code "bbc_news_en"}
 * @param ranker the ranker name, e.g. {@code "plain-tfidf"}
 * @param quality P@5, nDCG@10, MRR and the query counts
 * @param performance latency, build time and heap
 */
public record EvaluationResult(String corpus, String ranker, QualityScores quality, Performance performance) {

  /** Checks that no component is null. */
  public EvaluationResult {
    checkNotNull(corpus, "corpus");
    checkNotNull(ranker, "ranker");
    checkNotNull(quality, "quality");
    checkNotNull(performance, "performance");
  }
}
