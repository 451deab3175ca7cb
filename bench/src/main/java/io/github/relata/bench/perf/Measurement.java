package io.github.relata.bench.perf;

import java.util.Objects;

/**
 * One measured figure: an engine's value for a figure at a corpus size.
 *
 * @param size the number of posts
 * @param engine {@code relata} or {@code lucene-mlt}
 * @param figure what was measured
 * @param value in the figure's unit
 * @param estimated whether the value was scaled up from a sample (all pairs from some of the posts' lists)
 */
record Measurement(int size, String engine, Figure figure, double value, boolean estimated) {

  Measurement {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(figure, "figure");
    if (size < 1) {
      throw new IllegalArgumentException("size must be positive: " + size);
    }
  }

  /** A measured, not estimated, figure. */
  Measurement(int size, String engine, Figure figure, double value) {
    this(size, engine, figure, value, false);
  }
}
