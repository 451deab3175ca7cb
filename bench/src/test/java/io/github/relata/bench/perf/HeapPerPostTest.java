package io.github.relata.bench.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

final class HeapPerPostTest {

  @Test
  void parse_theSuitesCommandLine() {
    HeapPerPost.Options options = HeapPerPost.parse("--engine", "lucene-mlt", "--size", "100_000", "--json", "heap.json");

    assertEquals(new HeapPerPost.Options("lucene-mlt", 100_000, Path.of("heap.json"), 0), options);
    assertNull(HeapPerPost.parse("--engine", "relata", "--size", "10").json());
  }

  @Test
  void parse_badArguments_nameTheArgument() {
    assertTrue(message("--engine", "solr", "--size", "10").contains("solr"));
    assertTrue(message("--engine", "relata", "--size", "ten").contains("--size must be a whole number: ten"));
    assertTrue(message("--engine", "relata", "--size", "0").contains("--size must be at least 1: 0"));
    assertTrue(message("--size", "10").contains("--engine"));
    assertTrue(message("--engine", "relata", "--size", "10", "--fast").contains("--fast"));
  }

  @Test
  void histogram_printsTheLargestClassesOfLiveObjects() {
    assertEquals(7, HeapPerPost.parse("--engine", "relata", "--size", "10", "--histogram", "7").histogram());
    assertTrue(message("--engine", "relata", "--size", "10", "--histogram", "-1").contains("--histogram must be at least 0: -1"));
    String table = HeapPerPost.histogram(3);
    assertEquals(5, table.lines().count(), table);
    assertTrue(table.contains("#bytes"), table);
  }

  private static String message(String... args) {
    return assertThrows(IllegalArgumentException.class, () -> HeapPerPost.parse(args)).getMessage();
  }
}
