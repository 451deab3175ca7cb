package io.github.relata.bench;

import java.util.List;

/** Renders evaluation results as a Markdown table, one row per corpus and ranker. */
final class MarkdownTable {

  static final String HEADER =
      "| corpus | method | P@5 | nDCG@10 | MRR | queries | empty | self | p50 ms | p99 ms | build ms | heap MB |";
  static final String RULE = "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

  private MarkdownTable() {}

  /** Returns the table, header first, each line ended by a newline. */
  static String render(List<EvaluationResult> results) {
    StringBuilder table = new StringBuilder(HEADER).append('\n').append(RULE).append('\n');
    for (EvaluationResult result : results) {
      QualityScores q = result.quality();
      Performance p = result.performance();
      table.append("| ").append(String.join(" | ",
              result.corpus(),
              result.ranker(),
              Formats.threeDecimals(q.precisionAt5()),
              Formats.threeDecimals(q.ndcgAt10()),
              Formats.threeDecimals(q.mrr()),
              Integer.toString(q.queries()),
              Integer.toString(q.emptyLists()),
              Integer.toString(q.selfHits()),
              Formats.decimals(p.p50Millis(), 3),
              Formats.decimals(p.p99Millis(), 3),
              Formats.decimals(p.buildMillis(), 0),
              Formats.decimals(p.heapMegabytes(), 1)))
          .append(" |\n");
    }
    return table.toString();
  }
}
