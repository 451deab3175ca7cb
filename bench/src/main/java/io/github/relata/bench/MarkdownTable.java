package io.github.relata.bench;

import java.util.List;

/**
 * Renders evaluation results as a Markdown table, one row per corpus and ranker: the corpus kind's headline
 * metric, its companions (P@5 on a label corpus, hit@10 on a link corpus, MRR), the lists' shape and the
 * cost.
 */
final class MarkdownTable {

  static final String HEADER =
      "| corpus | method | metric | value | P@5 or hit@10 | MRR | off-topic | mean length | never shown | max in/mean | Gini "
          + "| queries | empty | self | p50 ms | p99 ms | build ms | heap MB |";
  static final String RULE = "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

  private MarkdownTable() {}

  /** Returns the table, header first, each line ended by a newline; figures a corpus cannot give are "–". */
  static String render(List<EvaluationResult> results) {
    StringBuilder table = new StringBuilder(HEADER).append('\n').append(RULE).append('\n');
    for (EvaluationResult result : results) {
      Quality q = result.quality();
      ListStats l = result.lists();
      Performance p = result.performance();
      double second = q instanceof QualityScores labels ? labels.precisionAt5() : ((LinkScores) q).hitAt10();
      table.append("| ").append(String.join(" | ",
              result.corpus(),
              result.ranker(),
              q.metric(),
              Formats.threeDecimals(q.primary()),
              Formats.threeDecimals(second),
              Formats.threeDecimals(q.mrr()),
              orDash(l.offTopicShare(), 3),
              orDash(l.meanLength(), 2),
              orDash(l.neverShownShare(), 3),
              orDash(l.maxInDegreeRatio(), 1),
              orDash(l.gini(), 3),
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

  private static String orDash(double value, int decimals) {
    return Double.isNaN(value) ? "–" : Formats.decimals(value, decimals);
  }
}
