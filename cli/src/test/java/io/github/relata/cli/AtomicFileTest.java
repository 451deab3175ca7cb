package io.github.relata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AtomicFileTest {

  @TempDir Path dir;

  private List<String> files() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void commit_replacesTheTarget() throws IOException {
    Path target = Files.writeString(dir.resolve("out.jsonl"), "old");
    try (AtomicFile file = AtomicFile.create(target)) {
      file.writer().write("new");
      assertEquals("old", Files.readString(target), "the target changes only on commit");
      file.commit();
    }
    assertEquals("new", Files.readString(target));
    assertEquals(List.of("out.jsonl"), files());
  }

  @Test
  void closeWithoutCommit_leavesTheTargetAndNoTemporaryFile() throws IOException {
    Path target = Files.writeString(dir.resolve("out.jsonl"), "old");
    try (AtomicFile file = AtomicFile.create(target)) {
      file.writer().write("half");
    }
    assertEquals("old", Files.readString(target));
    assertEquals(List.of("out.jsonl"), files());
  }

  @Test
  void closeWithoutCommit_createsNoTarget() throws IOException {
    try (AtomicFile file = AtomicFile.create(dir.resolve("out.jsonl"))) {
      file.writer().write("half");
    }
    assertEquals(List.of(), files());
  }

  @Test
  void create_missingDirectory_throws() {
    IOException e = assertThrows(IOException.class, () -> AtomicFile.create(dir.resolve("missing/out.jsonl")));
    assertEquals("no such directory: " + dir.resolve("missing"), e.getMessage());
  }
}
