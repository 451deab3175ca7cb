package io.github.relata.bench.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PerfResultsTest {

  private static final String JMH = """
      [
        {"benchmark": "io.github.relata.bench.perf.QueryBenchmark.query", "mode": "sample",
         "params": {"engine": "relata", "size": "100000"},
         "primaryMetric": {"score": 700.0, "scoreUnit": "us/op",
           "scorePercentiles": {"0.0": 100.0, "50.0": 500.0, "99.0": 4000.0, "100.0": 9000.0}}},
        {"benchmark": "io.github.relata.bench.perf.BuildBenchmark.build", "mode": "ss",
         "params": {"engine": "lucene-mlt", "size": "100000"},
         "primaryMetric": {"score": 20.0, "scoreUnit": "s/op"}},
        {"benchmark": "io.github.relata.bench.perf.AddBenchmark.add", "mode": "sample",
         "params": {"engine": "lucene-mlt", "size": "100000"},
         "primaryMetric": {"score": 1500.0, "scoreUnit": "us/op", "scorePercentiles": {"50.0": 1000.0}}},
        {"benchmark": "io.github.relata.bench.perf.AllPairsBenchmark.allPairs", "mode": "ss",
         "params": {"engine": "relata", "size": "100000", "queries": "0"},
         "primaryMetric": {"score": 25.0, "scoreUnit": "s/op"}},
        {"benchmark": "io.github.relata.bench.perf.AllPairsBenchmark.allPairs", "mode": "ss",
         "params": {"engine": "lucene-mlt", "size": "100000", "queries": "20000"},
         "primaryMetric": {"score": 30.0, "scoreUnit": "s/op"}}
      ]
      """;

  private static final String HEAP = """
      {"engine": "relata", "size": 100000, "retainedBytes": 500000000, "bytesPerPost": 5000.0,
       "buildSeconds": 100.0, "maxHeapBytes": 4294967296, "outOfMemory": false}
      """;

  @TempDir Path dir;

  @Test
  void read_jmhAndHeapFiles_figures() throws IOException {
    Files.writeString(dir.resolve("jmh-100000-all.json"), JMH);
    Files.writeString(dir.resolve("heap-100000-relata-xmx4g.json"), HEAP);
    Files.writeString(dir.resolve("other.json"), "{}");

    PerfResults results = PerfResults.read(dir);

    assertEquals(0.5, results.value(100_000, "relata", Figure.QUERY_P50).getAsDouble(), 1e-9);
    assertEquals(4.0, results.value(100_000, "relata", Figure.QUERY_P99).getAsDouble(), 1e-9);
    assertEquals(5000.0, results.value(100_000, "lucene-mlt", Figure.BUILD).getAsDouble(), 1e-9);
    assertEquals(1.5, results.value(100_000, "lucene-mlt", Figure.ADD).getAsDouble(), 1e-9);
    assertEquals(25.0, results.value(100_000, "relata", Figure.ALL_PAIRS).getAsDouble(), 1e-9);
    assertEquals(false, results.measurement(100_000, "relata", Figure.ALL_PAIRS).get().estimated());
    assertEquals(150.0, results.value(100_000, "lucene-mlt", Figure.ALL_PAIRS).getAsDouble(), 1e-9);
    assertEquals(true, results.measurement(100_000, "lucene-mlt", Figure.ALL_PAIRS).get().estimated());
    assertEquals(5000.0, results.value(100_000, "relata", Figure.HEAP).getAsDouble(), 1e-9);
    assertTrue(results.value(10_000, "relata", Figure.HEAP).isEmpty());
    assertEquals(1, results.heapRuns().size());
    assertEquals(4L << 30, results.heapRuns().get(0).maxHeapBytes());
  }

  @Test
  void read_missingDirectory_empty() throws IOException {
    assertTrue(PerfResults.read(dir.resolve("none")).isEmpty());
  }

  @Test
  void millisPer_units() {
    assertEquals(1000.0, PerfResults.millisPer("s/op"));
    assertEquals(0.001, PerfResults.millisPer("us/op"));
    assertThrows(IllegalArgumentException.class, () -> PerfResults.millisPer("ops/s"));
  }
}
