package io.github.relata.bench.perf;

import io.github.relata.bench.EvaluationResult;
import java.util.List;
import java.util.Locale;

/** Renders the README's "Quality" table: P@5, nDCG@10 and MRR per corpus and method. */
final class QualityTable {

  static final String HEADER = "| corpus | method | P@5 | nDCG@10 | MRR | queries |";
  static final String RULE = "|---|---|---:|---:|---:|---:|";

  private QualityTable() {}

  static String render(List<EvaluationResult> results) {
    StringBuilder table = new StringBuilder(HEADER).append('\n').append(RULE).append('\n');
    for (EvaluationResult r : results) {
      table.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %d |%n", r.corpus(), r.ranker(),
          r.quality().precisionAt5(), r.quality().ndcgAt10(), r.quality().mrr(), r.quality().queries()));
    }
    return table.toString();
  }
}
