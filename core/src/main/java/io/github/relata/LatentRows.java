package io.github.relata;

/**
 * The latent space's term coordinates, a byte each: every row (one term's coordinates) is kept as signed
 * steps of a power of two chosen for that row, so that its largest coordinate takes 64 to 127 steps. A
 * coordinate is off by at most half a step, under 1/128 of its row's largest, finer than the five-bit vectors
 * ({@link LatentVector}) posts are projected into (for a row whose largest coordinate is a normal float, as
 * the space's are); the rows take a quarter of the memory of floats (at 20,000 terms and 100 dimensions, 2 MB
 * rather than 8).
 *
 * <p>A step is a power of two, so each coordinate's value (steps times step) is exactly a float: {@link
 * #floats} gives the values a snapshot records and {@link #of} makes the same bytes of them again.
 */
final class LatentRows {

  /** The largest step count of a coordinate. */
  private static final int MAX_STEPS = 127;
  /** A row's largest coordinate lies in [64, 128) steps: its binary exponent less this. */
  private static final int STEP_SHIFT = 6;

  private final int dimensions;
  /** Row-major steps. */
  private final byte[] steps;
  /** Each row's step, as a power of two. */
  private final float[] stepOfRow;

  private LatentRows(int dimensions, byte[] steps, float[] stepOfRow) {
    this.dimensions = dimensions;
    this.steps = steps;
    this.stepOfRow = stepOfRow;
  }

  /**
   * Returns the rows of {@code values}, row-major with {@code dimensions} a row, each rounded to its steps.
   *
   * @throws IllegalArgumentException when the values are not whole rows or one is not finite
   */
  static LatentRows of(float[] values, int dimensions) {
    if (dimensions <= 0 ? values.length != 0 : values.length % dimensions != 0) {
      throw new IllegalArgumentException(values.length + " coordinates are not whole rows of " + dimensions);
    }
    int rows = dimensions == 0 ? 0 : values.length / dimensions;
    byte[] steps = new byte[values.length];
    float[] stepOfRow = new float[rows];
    for (int r = 0; r < rows; r++) {
      int base = r * dimensions;
      float largest = 0;
      for (int d = 0; d < dimensions; d++) {
        float v = values[base + d];
        if (!Float.isFinite(v)) {
          throw new IllegalArgumentException("coordinate " + d + " of row " + r + " is not finite: " + v);
        }
        largest = Math.max(largest, Math.abs(v));
      }
      if (largest == 0) {
        continue; // all zero: step 0
      }
      float step = Math.scalb(1f, Math.getExponent(largest) - STEP_SHIFT);
      stepOfRow[r] = step;
      for (int d = 0; d < dimensions; d++) {
        int s = Math.round(values[base + d] / step);
        steps[base + d] = (byte) Math.max(-MAX_STEPS, Math.min(MAX_STEPS, s));
      }
    }
    return new LatentRows(dimensions, steps, stepOfRow);
  }

  int rows() {
    return stepOfRow.length;
  }

  /** Adds {@code factor} times row {@code row} to {@code sum}, one entry a dimension. */
  void addTo(double[] sum, int row, double factor) {
    double scaled = factor * stepOfRow[row];
    int base = row * dimensions;
    for (int d = 0; d < dimensions; d++) {
      sum[d] += scaled * steps[base + d];
    }
  }

  /** Returns the coordinates as floats, row-major: each exactly its steps times its row's step; a copy. */
  float[] floats() {
    float[] values = new float[steps.length];
    for (int i = 0; i < steps.length; i++) {
      values[i] = steps[i] * stepOfRow[i / dimensions];
    }
    return values;
  }
}
