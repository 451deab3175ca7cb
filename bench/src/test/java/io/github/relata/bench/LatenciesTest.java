package io.github.relata.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

final class LatenciesTest {

  @Test
  void percentileMillis_usesNearestRank() {
    long[] nanos = new long[100];
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = (100 - i) * 1_000_000L; // 100 ms down to 1 ms, unsorted
    }
    Latencies latencies = new Latencies(nanos);

    assertEquals(50.0, latencies.percentileMillis(50));
    assertEquals(99.0, latencies.percentileMillis(99));
    assertEquals(100.0, latencies.percentileMillis(100));
  }

  @Test
  void percentileMillis_singleValue() {
    assertEquals(0.5, new Latencies(new long[] {500_000}).percentileMillis(99));
  }

  @Test
  void constructor_empty_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Latencies(new long[0]));

    assertEquals("at least one latency is needed: 0", e.getMessage());
  }
}
