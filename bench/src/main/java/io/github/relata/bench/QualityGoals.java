package io.github.relata.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Relata against the quality goal on each corpus, in the corpus kind's headline metric (nDCG@10 on a label
 * corpus, Recall@10 on a link corpus): B is the better of the baselines (plain TF-IDF and Lucene
 * MoreLikeThis), the lift is {@code (relata - B) / (1 - B)}, the share of the remaining error removed, and
 * the goal is a lift of at least {@code 0.10}.
 *
 * @param rows one row per corpus that has Relata and at least one baseline
 */
record QualityGoals(List<Row> rows) {

  static final String RELATA = "relata";
  static final List<String> BASELINES = List.of("plain-tfidf", "lucene-mlt");
  static final double SHARE_OF_ERROR = 0.10;

  /** One corpus: its metric, the better baseline, the goal and Relata's figure. */
  record Row(String corpus, String metric, String baseline, double best, double goal, double relata) {
    /** The share of the better baseline's remaining error that Relata removes. */
    double lift() {
      return (relata - best) / (1 - best);
    }

    boolean meetsGoal() {
      return Math.round(relata * 1000) >= Math.round(goal * 1000);
    }

    boolean belowBaseline() {
      return relata < best;
    }
  }

  static QualityGoals of(List<EvaluationResult> results) {
    Map<String, Map<String, Double>> byCorpus = new LinkedHashMap<>();
    Map<String, String> metrics = new LinkedHashMap<>();
    for (EvaluationResult r : results) {
      byCorpus.computeIfAbsent(r.corpus(), c -> new LinkedHashMap<>()).put(r.ranker(), r.quality().primary());
      metrics.put(r.corpus(), r.quality().metric());
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
        rows.add(new Row(corpus, metrics.get(corpus), bestName, best, best + SHARE_OF_ERROR * (1 - best), ndcg.get(RELATA)));
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
    out.append("| corpus | metric | better baseline | B | goal B+0.1(1-B) | relata | lift | goal met |\n");
    out.append("|---|---|---|---:|---:|---:|---:|---|\n");
    for (Row row : rows) {
      out.append(String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %.3f | %.3f | %.2f | %s |%n",
          row.corpus(), row.metric(), row.baseline(), row.best(), row.goal(), row.relata(), row.lift(),
          row.meetsGoal() ? "yes" : row.belowBaseline() ? "NO (below baseline)" : "no"));
    }
    return out.toString();
  }
}
