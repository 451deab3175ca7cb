package io.github.relata.bench.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

final class PerformanceTableTest {

  private static Measurement m(int size, String engine, Figure figure, double value) {
    return new Measurement(size, engine, figure, value);
  }

  @Test
  void render_rowsWithRatiosAndGoals() {
    PerfResults results = new PerfResults(List.of(
        m(100_000, "relata", Figure.QUERY_P50, 0.5),
        m(100_000, "lucene-mlt", Figure.QUERY_P50, 2.5),
        m(100_000, "relata", Figure.ALL_PAIRS, 45),
        m(100_000, "lucene-mlt", Figure.ALL_PAIRS, 90),
        m(10_000, "relata", Figure.BUILD, 1234.5),
        m(10_000, "lucene-mlt", Figure.BUILD, 4938),
        m(10_000, "relata", Figure.HEAP, 5000)),
        List.of());

    String table = PerformanceTable.render(results);

    List<String> lines = table.lines().toList();
    assertEquals(PerformanceTable.HEADER, lines.get(0));
    assertEquals(PerformanceTable.RULE, lines.get(1));
    assertEquals(List.of(
        "| 10,000 | index build (posts/s) | 1,235 | 4,938 | 0.25 | ≥ 1 × MLT: **missed** |",
        "| 10,000 | retained heap (bytes/post) | 5,000 | – | – |  |",
        "| 100,000 | query, p50 (ms) | 0.500 | 2.50 | 0.20 | ≤ 0.10 × MLT: **missed** |",
        "| 100,000 | all pairs, top 10 (s) | 45.0 | 90.0 | 0.50 | ≤ 15 s: **missed** |"), lines.subList(2, lines.size()));
  }

  @Test
  void render_goalsMet_upperAndLowerLimits() {
    PerfResults results = new PerfResults(List.of(
        m(100_000, "relata", Figure.BUILD, 12_000),
        m(100_000, "lucene-mlt", Figure.BUILD, 10_000),
        m(100_000, "relata", Figure.QUERY_P50, 0.1),
        m(100_000, "lucene-mlt", Figure.QUERY_P50, 2.0),
        m(100_000, "relata", Figure.ALL_PAIRS, 14),
        m(100_000, "lucene-mlt", Figure.ALL_PAIRS, 90)),
        List.of());

    String table = PerformanceTable.render(results);

    assertTrue(table.contains("| 100,000 | index build (posts/s) | 12,000 | 10,000 | 1.20 | ≥ 1 × MLT: met |"), table);
    assertTrue(table.contains("| 100,000 | query, p50 (ms) | 0.100 | 2.00 | 0.050 | ≤ 0.10 × MLT: met |"), table);
    assertTrue(table.contains("| 100,000 | all pairs, top 10 (s) | 14.0 | 90.0 | 0.16 | ≤ 15 s: met |"), table);
  }

  @Test
  void render_estimate_markedAndExplained() {
    PerfResults results = new PerfResults(List.of(
        m(1_000_000, "relata", Figure.ALL_PAIRS, 500),
        new Measurement(1_000_000, "lucene-mlt", Figure.ALL_PAIRS, 20_000, true)), List.of());

    String table = PerformanceTable.render(results);

    assertTrue(table.contains("| 1,000,000 | all pairs, top 10 (s) | 500 | ≈ 20,000 | 0.025 | ≤ 600 s: met |"), table);
    assertTrue(table.contains(PerformanceTable.ESTIMATE_NOTE), table);
  }

  @Test
  void render_goalWithoutMltFigure_notMeasured() {
    PerfResults results = new PerfResults(List.of(m(100_000, "relata", Figure.HEAP, 900)), List.of());

    assertTrue(PerformanceTable.render(results).contains("| ≤ 1 × MLT: not measured |"));
  }

  @Test
  void render_limitedHeapRun_saysWhetherItFitted() {
    PerfResults results = new PerfResults(List.of(),
        List.of(new PerfResults.HeapRun(1_000_000, "relata", 4L << 30, false, 612.4),
            new PerfResults.HeapRun(1_000_000, "lucene-mlt", 14L << 30, false, 100),
            new PerfResults.HeapRun(1_000_000, "relata", 4L << 30, true, 80)));

    String table = PerformanceTable.render(results);

    assertTrue(table.contains("relata, 1,000,000 posts, -Xmx4g: built in 612 s without running out of memory."), table);
    assertTrue(table.contains("relata, 1,000,000 posts, -Xmx4g: **out of memory** after 80 s of building."), table);
    assertTrue(!table.contains("lucene-mlt, 1,000,000"), table);
  }

  @Test
  void number_significantDigits() {
    assertEquals("0.123", PerformanceTable.number(0.12345));
    assertEquals("1.23", PerformanceTable.number(1.2345));
    assertEquals("12.3", PerformanceTable.number(12.345));
    assertEquals("1,235", PerformanceTable.number(1234.5));
    assertEquals("–", PerformanceTable.number(Double.NaN));
  }
}
