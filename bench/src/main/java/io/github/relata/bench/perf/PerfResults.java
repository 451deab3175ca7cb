package io.github.relata.bench.perf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The measured figures of a performance run, read from its output directory: JMH's JSON results
 * ({@code jmh-*.json}) and {@link HeapPerPost}'s ({@code heap-*.json}).
 *
 * <p>JMH results map to figures by benchmark method: {@code build} gives posts per second ({@code size}
 * divided by the mean seconds of a build), {@code add} the mean milliseconds of an add, {@code query} the
 * 50th and 99th percentiles of the sampled latencies in milliseconds, {@code allPairs} the mean seconds
 * (scaled to every post, and marked as estimated, when only {@code queries} posts' lists were timed).
 * Where a figure was measured twice, the file read last (by name) wins.
 */
final class PerfResults {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One heap measurement with its circumstances, for the out-of-memory check.
   *
   * @param size posts
   * @param engine engine name
   * @param maxHeapBytes the JVM's maximum heap
   * @param outOfMemory whether the build ran out of memory
   * @param buildSeconds how long the build took (or ran, until it failed)
   */
  record HeapRun(int size, String engine, long maxHeapBytes, boolean outOfMemory, double buildSeconds) {}

  private final List<Measurement> measurements;
  private final List<HeapRun> heapRuns;

  PerfResults(List<Measurement> measurements, List<HeapRun> heapRuns) {
    this.measurements = List.copyOf(measurements);
    this.heapRuns = List.copyOf(heapRuns);
  }

  /** Reads every {@code jmh-*.json} and {@code heap-*.json} of {@code directory}; empty when it has none. */
  static PerfResults read(Path directory) throws IOException {
    List<Measurement> measurements = new ArrayList<>();
    List<HeapRun> heapRuns = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      return new PerfResults(measurements, heapRuns);
    }
    List<Path> files;
    try (Stream<Path> entries = Files.list(directory)) {
      files = entries.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (Files.size(file) == 0) {
        continue; // a run that is still going, or one that failed before writing
      }
      if (name.startsWith("jmh-")) {
        measurements.addAll(fromJmh(JSON.readTree(file.toFile())));
      } else if (name.startsWith("heap-")) {
        JsonNode heap = JSON.readTree(file.toFile());
        HeapRun run = new HeapRun(heap.path("size").asInt(), heap.path("engine").asText(),
            heap.path("maxHeapBytes").asLong(), heap.path("outOfMemory").asBoolean(), heap.path("buildSeconds").asDouble());
        heapRuns.add(run);
        if (!run.outOfMemory()) {
          measurements.add(new Measurement(run.size(), run.engine(), Figure.HEAP, heap.path("bytesPerPost").asDouble()));
        }
      }
    }
    return new PerfResults(measurements, heapRuns);
  }

  /** Returns the figures of a JMH JSON result (an array of benchmark results). */
  static List<Measurement> fromJmh(JsonNode results) {
    List<Measurement> measurements = new ArrayList<>();
    for (JsonNode result : results) {
      String benchmark = result.path("benchmark").asText();
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      int size = Integer.parseInt(result.path("params").path("size").asText("0"));
      String engine = result.path("params").path("engine").asText();
      JsonNode primary = result.path("primaryMetric");
      double toMillis = millisPer(primary.path("scoreUnit").asText());
      double score = primary.path("score").asDouble();
      switch (method) {
        case "build" -> measurements.add(new Measurement(size, engine, Figure.BUILD, size / (score * toMillis / 1000)));
        case "add" -> measurements.add(new Measurement(size, engine, Figure.ADD, score * toMillis));
        case "query" -> {
          JsonNode percentiles = primary.path("scorePercentiles");
          measurements.add(new Measurement(size, engine, Figure.QUERY_P50, percentiles.path("50.0").asDouble() * toMillis));
          measurements.add(new Measurement(size, engine, Figure.QUERY_P99, percentiles.path("99.0").asDouble() * toMillis));
        }
        case "allPairs" -> {
          int queries = Integer.parseInt(result.path("params").path("queries").asText("0"));
          boolean sampled = queries > 0 && queries < size;
          double seconds = score * toMillis / 1000 * (sampled ? (double) size / queries : 1);
          measurements.add(new Measurement(size, engine, Figure.ALL_PAIRS, seconds, sampled));
        }
        default -> { } // not a figure of the table
      }
    }
    return measurements;
  }

  /** Returns how many milliseconds one unit of a JMH score unit such as {@code "us/op"} is. */
  static double millisPer(String scoreUnit) {
    String unit = scoreUnit.endsWith("/op") ? scoreUnit.substring(0, scoreUnit.length() - 3) : scoreUnit;
    return switch (unit) {
      case "s" -> 1000;
      case "ms" -> 1;
      case "us" -> 1e-3;
      case "ns" -> 1e-6;
      case "min" -> 60_000;
      default -> throw new IllegalArgumentException("unknown JMH score unit: " + scoreUnit);
    };
  }

  /** Returns all figures, in the order read. */
  List<Measurement> measurements() {
    return measurements;
  }

  /** Returns the heap runs, in the order read. */
  List<HeapRun> heapRuns() {
    return heapRuns;
  }

  /** Returns an engine's value for a figure at a size, the last one read; empty when not measured. */
  OptionalDouble value(int size, String engine, Figure figure) {
    return measurement(size, engine, figure).map(m -> OptionalDouble.of(m.value())).orElse(OptionalDouble.empty());
  }

  /** Returns an engine's measurement of a figure at a size, the last one read; empty when not measured. */
  Optional<Measurement> measurement(int size, String engine, Figure figure) {
    Measurement found = null;
    for (Measurement m : measurements) {
      if (m.size() == size && m.figure() == figure && m.engine().equals(engine)) {
        found = m;
      }
    }
    return Optional.ofNullable(found);
  }

  /** Returns the sizes with any figure, ascending. */
  SortedSet<Integer> sizes() {
    TreeSet<Integer> sizes = new TreeSet<>();
    measurements.forEach(m -> sizes.add(m.size()));
    return sizes;
  }

  /** Returns whether nothing was measured. */
  boolean isEmpty() {
    return measurements.isEmpty() && heapRuns.isEmpty();
  }

  @Override
  public String toString() {
    return "PerfResults[" + measurements.size() + " figures, " + heapRuns.size() + " heap runs]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PerfResults other && measurements.equals(other.measurements) && heapRuns.equals(other.heapRuns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(measurements, heapRuns);
  }
}
