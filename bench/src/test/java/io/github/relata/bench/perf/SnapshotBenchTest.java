package io.github.relata.bench.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SnapshotBenchTest {

  @TempDir Path dir;

  @Test
  void snapshot_timesBuildSaveAndLoad_andWritesTheTable() throws Exception {
    SyntheticCorpus corpus = SyntheticCorpus.of(FixtureCorpora.englishAndSwedish(), SyntheticCorpus.DEFAULT_SEED);
    BenchOptions options = BenchOptions.parse(dir, "snapshot", "--sizes", "300", "--out", dir.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = SnapshotBench.run(options, corpus, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(Bench.OK, status, err.toString(StandardCharsets.UTF_8));
    String table = out.toString(StandardCharsets.UTF_8);
    assertTrue(table.startsWith("| posts | build from posts (s) | save (s) | file (MB) |"), table);
    assertTrue(table.lines().anyMatch(line -> line.startsWith("| 300 | ")), table);
    assertTrue(Files.readString(dir.resolve(SnapshotBench.TABLE_FILE)).contains("| 300 | "));
    assertFalse(Files.exists(dir.resolve("snapshot-300.relata")), "the snapshot is deleted without --keep");
  }
}
