package io.github.relata.bench.perf;

import io.github.relata.bench.EvaluationResult;
import io.github.relata.bench.LinkScores;
import io.github.relata.bench.QualityScores;
import java.util.List;
import java.util.Locale;

/** Renders the README's "Quality" table: the headline metric, its companion and MRR per corpus and method. */
final class QualityTable {

  static final String HEADER = "| corpus | method | metric | value | P@5 or hit@10 | MRR | queries |";
  static final String RULE = "|---|---|---|---:|---:|---:|---:|";

  private QualityTable() {}

  static String render(List<EvaluationResult> results) {
    StringBuilder table = new StringBuilder(HEADER).append('\n').append(RULE).append('\n');
    for (EvaluationResult r : results) {
      double second = r.quality() instanceof QualityScores labels ? labels.precisionAt5() : ((LinkScores) r.quality()).hitAt10();
      table.append(String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %.3f | %.3f | %d |%n", r.corpus(), r.ranker(),
          r.quality().metric(), r.quality().primary(), second, r.quality().mrr(), r.quality().queries()));
    }
    return table.toString();
  }
}
