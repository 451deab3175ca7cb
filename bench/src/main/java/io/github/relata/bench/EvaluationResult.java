package io.github.relata.bench;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The outcome of evaluating one ranker on one corpus: one row of the report.
 *
 * @param corpus the corpus name, e.g. {@code "bbc_news_en"}
 * @param ranker the ranker name, e.g. {@code "plain-tfidf"}
 * @param quality the quality in the corpus kind's metric, and the query counts
 * @param lists the lists' length, off-topic share and exposure
 * @param performance latency, build time and heap
 * @param calibration on a label corpus, the share of entries that share a label with their query, by score
 */
public record EvaluationResult(
    String corpus, String ranker, Quality quality, ListStats lists, Performance performance, Calibration calibration) {

  /** Checks that no component is null. */
  public EvaluationResult {
    checkNotNull(corpus, "corpus");
    checkNotNull(ranker, "ranker");
    checkNotNull(quality, "quality");
    checkNotNull(lists, "lists");
    checkNotNull(performance, "performance");
    checkNotNull(calibration, "calibration");
  }
}
