package io.github.relata.bench.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class BenchOptionsTest {

  @TempDir Path dir;

  @Test
  void parse_defaults() throws IOException {
    Files.createDirectories(dir.resolve("bench"));

    BenchOptions options = BenchOptions.parse(dir, "run");

    assertEquals(List.of(10_000, 100_000), options.sizes());
    assertEquals(PerfEngine.NAMES, options.engines());
    assertEquals(BenchOptions.BENCHMARKS, options.only());
    assertEquals(dir.resolve("bench/target/perf").toAbsolutePath().normalize(), options.out());
    assertEquals("8g", options.heap("jmh-xmx", 100_000));
    assertEquals("14g", options.heap("jmh-xmx", 1_000_000));
    assertEquals(0, options.allPairsSample("lucene-mlt", 100_000));
    assertEquals(20_000, options.allPairsSample("lucene-mlt", 1_000_000));
    assertEquals(0, options.allPairsSample("relata", 1_000_000));
  }

  @Test
  void parse_fromModuleDirectory_rootIsParent() throws IOException {
    Files.createDirectories(dir.resolve("bench"));

    assertEquals(dir.resolve("docs").toAbsolutePath().normalize(), BenchOptions.parse(dir.resolve("bench"), "charts").docs());
  }

  @Test
  void parse_options() {
    BenchOptions options = BenchOptions.parse(dir, "run", "--sizes", "1_000_000", "--engines", "relata", "--only", "heap,query", "--heap-xmx", "4g");

    assertEquals(List.of(1_000_000), options.sizes());
    assertEquals(List.of("relata"), options.engines());
    assertEquals(List.of("heap", "query"), options.only());
    assertEquals("4g", options.heap("heap-xmx", 1_000_000));
  }

  @Test
  void parse_badArguments_throwNamingThem() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(dir, "fly")).getMessage().contains("fly"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(dir, "run", "--sizes", "ten")).getMessage().contains("ten"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(dir, "run", "--engines", "solr")).getMessage().contains("solr"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(dir, "run", "--only", "sort")).getMessage().contains("sort"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(dir, "run", "--bogus", "1")).getMessage().contains("--bogus"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(dir, "run", "--out")).getMessage().contains("--out"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(dir, "run", "--relata-sample", "-5")).getMessage().contains("-5"));
  }

  @Test
  void parse_analysisLinearity_defaultsAndOptions() {
    BenchOptions defaults = BenchOptions.parse(dir, "analysis-linearity");
    assertEquals(List.of(1.0, 10.0, 100.0), defaults.sizesMb());
    assertEquals(List.of(AdversarialText.values()), defaults.inputs());
    assertEquals(List.of(AnalysisLinearity.Step.values()), defaults.steps());
    assertEquals(120, defaults.budgetSeconds());

    BenchOptions options = BenchOptions.parse(dir, "analysis-linearity", "--mb", "4,0.5", "--inputs", "giant-word,nested-html",
        "--steps", "plain-text", "--budget", "30");
    assertEquals(List.of(0.5, 4.0), options.sizesMb());
    assertEquals(List.of(AdversarialText.GIANT_WORD, AdversarialText.NESTED_HTML), options.inputs());
    assertEquals(List.of(AnalysisLinearity.Step.PLAIN_TEXT), options.steps());
    assertEquals(30, options.budgetSeconds());
  }

  @Test
  void parse_analysisLinearity_badArguments_throwNamingThem() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(dir, "analysis-linearity", "--mb", "big")).getMessage().contains("big"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(dir, "analysis-linearity", "--mb", "5000")).getMessage().contains("5000"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(dir, "analysis-linearity", "--inputs", "zalgo")).getMessage().contains("zalgo"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(dir, "analysis-linearity", "--steps", "fr")).getMessage().contains("fr"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(dir, "analysis-linearity", "--budget", "-1")).getMessage().contains("-1"));
  }

  @Test
  void bench_analysisLinearity_printsTheTableAndWritesIt() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Path perf = dir.resolve("perf");

    int status = Bench.run(dir, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
        "analysis-linearity", "--mb", "0.1,0.3", "--inputs", "punctuation", "--steps", "sv", "--out", perf.toString());

    String table = out.toString(StandardCharsets.UTF_8);
    assertTrue(table.contains("| punctuation | Analyzer.forLanguage(\"sv\").tokens |"), table);
    assertTrue(table.contains("0.3 MB / 0.1 MB, CPU"), table);
    assertEquals(table, Files.readString(perf.resolve(AnalysisLinearity.FILE)));
    assertTrue(status == Bench.OK || table.contains("**no**"), "status 0 unless a row is not linear: " + status + "\n" + table);
  }

  @Test
  void adversarialTexts_haveTheSizeAskedFor() {
    for (AdversarialText kind : AdversarialText.values()) {
      long bytes = AdversarialText.utf8Length(kind.text(100_000));
      assertTrue(bytes >= 100_000 && bytes < 101_000, kind.key() + ": " + bytes);
    }
  }

  @Test
  void bench_usageError_status2() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = Bench.run(dir, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8), "run", "--sizes", "x");

    assertEquals(Bench.USAGE_ERROR, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: Bench"));
  }

  @Test
  void bench_report_printsTableOfSavedResults() throws IOException {
    Path out = dir.resolve("perf");
    Files.createDirectories(out);
    Files.writeString(out.resolve("heap-10000-relata-xmx8g.json"),
        "{\"engine\":\"relata\",\"size\":10000,\"bytesPerPost\":1000.0,\"maxHeapBytes\":8589934592,\"outOfMemory\":false,\"buildSeconds\":1}");
    Files.writeString(out.resolve("machine.txt"), "a test machine\n");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();

    int status = Bench.run(dir, new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
        "report", "--out", out.toString());

    assertEquals(Bench.OK, status);
    String report = stdout.toString(StandardCharsets.UTF_8);
    assertTrue(report.startsWith("Machine: a test machine."), report);
    assertTrue(report.contains("| 10,000 | retained heap (bytes/post) | 1,000 | – | – |  |"), report);
    assertTrue(Files.isRegularFile(out.resolve(Bench.TABLE_FILE)));
  }
}
