package io.github.relata.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Relata's nDCG@10 against the quality goal on each corpus: B is the better of the baselines (plain TF-IDF
 * and Lucene MoreLikeThis), the goal is {@code B + 0.10 * (1 - B)}, a tenth of the remaining error removed.
 *
 * @param rows one row per corpus that has Relata and at least one baseline
 */
record QualityGoals(List<Row> rows) {

  static final String RELATA = "relata";
  static final List<String> BASELINES = List.of("plain-tfidf", "lucene-mlt");
  static final double SHARE_OF_ERROR = 0.10;

  /** One corpus: the better baseline, the goal and Relata's figure. */
  record Row(String corpus, String baseline, double best, double goal, double relata) {
    boolean meetsGoal() {
      return Math.round(relata * 1000) >= Math.round(goal * 1000);
    }

    boolean belowBaseline() {
      return relata < best;
    }
  }

  static QualityGoals of(List<EvaluationResult> results) {
    Map<String, Map<String, Double>> byCorpus = new LinkedHashMap<>();
    for (EvaluationResult r : results) {
      byCorpus.computeIfAbsent(r.corpus(), c -> new LinkedHashMap<>()).put(r.ranker(), r.quality().ndcgAt10());
    }
    List<Row> rows = new ArrayList<>();
    byCorpus.forEach((corpus, ndcg) -> {
      String bestName = null;
      for (String baseline : BASELINES) {
        if (ndcg.containsKey(baseline) && (bestName == null || ndcg.get(baseline) > ndcg.get(bestName))) {
          bestName = baseline;
        }
      }
      if (bestName != null && ndcg.containsKey(RELATA)) {
        double best = ndcg.get(bestName);
        rows.add(new Row(corpus, bestName, best, best + SHARE_OF_ERROR * (1 - best), ndcg.get(RELATA)));
      }
    });
    return new QualityGoals(List.copyOf(rows));
  }

  /** Returns the corpora where Relata is below the better baseline. */
  List<String> regressions() {
    return rows.stream().filter(Row::belowBaseline).map(Row::corpus).toList();
  }

  String render() {
    StringBuilder out = new StringBuilder();
    out.append("| corpus | better baseline | B nDCG@10 | goal B+0.1(1-B) | relata nDCG@10 | goal met |\n");
    out.append("|---|---|---:|---:|---:|---|\n");
    for (Row row : rows) {
      out.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %s |%n",
          row.corpus(), row.baseline(), row.best(), row.goal(), row.relata(),
          row.meetsGoal() ? "yes" : row.belowBaseline() ? "NO (below baseline)" : "no"));
    }
    return out.toString();
  }
}
