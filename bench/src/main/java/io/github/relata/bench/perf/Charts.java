package io.github.relata.bench.perf;

import io.github.relata.bench.EvaluationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The two charts of the README, from quality results and performance results. */
final class Charts {

  static final String QUALITY_FILE = "quality-ndcg.svg";
  static final String LATENCY_FILE = "latency-vs-size.svg";

  /**
   * One quality figure: a method's headline metric on a corpus (nDCG@10 on a label corpus, Recall@10 on a
   * link corpus).
   *
   * @param corpus corpus name
   * @param method ranker name
   * @param value the corpus's headline metric
   */
  record Quality(String corpus, String method, double value) {}

  private Charts() {}

  /** Returns the quality figures of evaluation results. */
  static List<Quality> qualities(List<EvaluationResult> results) {
    return results.stream().map(r -> new Quality(r.corpus(), r.ranker(), r.quality().primary())).toList();
  }

  /**
   * Reads the quality figures from the first table of {@code Evaluate}'s Markdown output (columns corpus,
   * method, metric, value, ...).
   */
  static List<Quality> readQualityTable(Path markdown) throws IOException {
    List<Quality> qualities = new ArrayList<>();
    boolean inTable = false;
    for (String line : Files.readAllLines(markdown)) {
      if (!line.startsWith("|")) {
        if (inTable) {
          break;
        }
        continue;
      }
      String[] cells = line.substring(1).split("\\|");
      if (cells.length < 4) {
        continue;
      }
      if (cells[0].strip().equals("corpus")) {
        inTable = cells[3].strip().equals("value");
        continue;
      }
      if (inTable && !cells[0].strip().startsWith("-")) {
        qualities.add(new Quality(cells[0].strip(), cells[1].strip(), Double.parseDouble(cells[3].strip())));
      }
    }
    return qualities;
  }

  /** Returns the bar chart of the headline metric per corpus, one bar per method, in the order first seen. */
  static String quality(List<Quality> qualities) {
    LinkedHashSet<String> corpora = new LinkedHashSet<>();
    LinkedHashSet<String> methods = new LinkedHashSet<>();
    Map<String, Double> values = new LinkedHashMap<>();
    for (Quality q : qualities) {
      corpora.add(q.corpus());
      methods.add(q.method());
      values.put(q.corpus() + "\n" + q.method(), q.value());
    }
    List<String> corpusList = List.copyOf(corpora);
    List<SvgChart.Series> series = new ArrayList<>();
    for (String method : methods) {
      double[] v = new double[corpusList.size()];
      for (int c = 0; c < v.length; c++) {
        v[c] = values.getOrDefault(corpusList.get(c) + "\n" + method, Double.NaN);
      }
      series.add(new SvgChart.Series(method, v));
    }
    return SvgChart.bars(
        "Quality: nDCG@10 on topic labels, Recall@10 on editor-picked links (higher is better)", "nDCG@10 or Recall@10", corpusList, series);
  }

  /** Returns the line chart of query p50 against corpus size for Relata and MoreLikeThis. */
  static String latency(PerfResults results) {
    List<Integer> sizes = results.sizes().stream()
        .filter(size -> results.value(size, RelataEngine.NAME, Figure.QUERY_P50).isPresent()
            || results.value(size, LuceneMltEngine.NAME, Figure.QUERY_P50).isPresent())
        .toList();
    double[] xs = sizes.stream().mapToDouble(Integer::doubleValue).toArray();
    if (xs.length == 0) {
      throw new IllegalArgumentException("no query latencies measured: run the query benchmark first");
    }
    List<SvgChart.Series> series = new ArrayList<>();
    for (String engine : PerfEngine.NAMES) {
      double[] ys = sizes.stream().mapToDouble(size -> results.value(size, engine, Figure.QUERY_P50).orElse(Double.NaN)).toArray();
      series.add(new SvgChart.Series(engine, ys));
    }
    return SvgChart.lines("Query latency, p50, against corpus size", "posts (log scale)", "ms per query (p50)", xs, series);
  }
}
