package io.github.relata;

/**
 * A post's unit vector in the latent space, stored as one signed byte a dimension with one scale for the
 * vector: a quarter of the memory of floats, for cosines within about 0.01 of the exact ones.
 */
final class LatentVector {

  private final byte[] values;
  private final float scale;

  private LatentVector(byte[] values, float scale) {
    this.values = values;
    this.scale = scale;
  }

  /** Quantises a vector: the largest component becomes ±127. */
  static LatentVector of(float[] vector) {
    float max = 0;
    for (float x : vector) {
      max = Math.max(max, Math.abs(x));
    }
    byte[] values = new byte[vector.length];
    if (max == 0) {
      return new LatentVector(values, 0);
    }
    float scale = max / 127f;
    for (int i = 0; i < vector.length; i++) {
      values[i] = (byte) Math.round(vector[i] / scale);
    }
    return new LatentVector(values, scale);
  }

  int dimensions() {
    return values.length;
  }

  /** The dot product with another vector of the same space. */
  double dot(LatentVector other) {
    byte[] a = values;
    byte[] b = other.values;
    int s0 = 0;
    int s1 = 0;
    int i = 0;
    for (; i + 1 < a.length; i += 2) {
      s0 += a[i] * b[i];
      s1 += a[i + 1] * b[i + 1];
    }
    if (i < a.length) {
      s0 += a[i] * b[i];
    }
    return (double) (s0 + s1) * scale * other.scale;
  }

  /** The dot product with a dense vector. */
  double dot(float[] dense) {
    float sum = 0;
    for (int i = 0; i < values.length; i++) {
      sum += values[i] * dense[i];
    }
    return sum * (double) scale;
  }

  /** Adds this vector to {@code sum}. */
  void addTo(float[] sum) {
    for (int i = 0; i < values.length; i++) {
      sum[i] += values[i] * scale;
    }
  }

  // ---- snapshots ----

  /** Returns a vector as a snapshot recorded it. */
  static LatentVector restored(byte[] values, float scale) {
    return new LatentVector(values, scale);
  }

  /** The quantised components; not to be changed. */
  byte[] storedValues() {
    return values;
  }

  float scale() {
    return scale;
  }
}
