package io.github.relata;

/**
 * A post's unit vector in the latent space, kept as one byte array: one signed byte a dimension, then the
 * vector's scale as four bytes (a float, big-endian). A quarter of the memory of floats, for cosines within
 * about 0.01 of the exact ones, and no object a post beside the array: with 100 dimensions the scale fits
 * in the array's padding, so a vector takes 120 bytes instead of 144 for an object holding an array and a
 * scale.
 */
final class LatentVector {

  private static final int SCALE_BYTES = Float.BYTES;

  private LatentVector() {}

  /** Quantises a vector: the largest component becomes ±127. */
  static byte[] of(float[] vector) {
    float max = 0;
    for (float x : vector) {
      max = Math.max(max, Math.abs(x));
    }
    byte[] values = new byte[vector.length + SCALE_BYTES];
    if (max == 0) {
      return values;
    }
    float scale = max / 127f;
    for (int i = 0; i < vector.length; i++) {
      values[i] = (byte) Math.round(vector[i] / scale);
    }
    putScale(values, scale);
    return values;
  }

  static int dimensions(byte[] v) {
    return v.length - SCALE_BYTES;
  }

  /** The dot product of two vectors of the same space. */
  static double dot(byte[] a, byte[] b) {
    int n = dimensions(a);
    int s0 = 0;
    int s1 = 0;
    int i = 0;
    for (; i + 1 < n; i += 2) {
      s0 += a[i] * b[i];
      s1 += a[i + 1] * b[i + 1];
    }
    if (i < n) {
      s0 += a[i] * b[i];
    }
    return (double) (s0 + s1) * scale(a) * scale(b);
  }

  /** The dot product of a vector with a dense one. */
  static double dot(byte[] v, float[] dense) {
    int n = dimensions(v);
    float sum = 0;
    for (int i = 0; i < n; i++) {
      sum += v[i] * dense[i];
    }
    return sum * (double) scale(v);
  }

  /** Adds vector {@code v} to {@code sum}. */
  static void addTo(byte[] v, float[] sum) {
    int n = dimensions(v);
    float scale = scale(v);
    for (int i = 0; i < n; i++) {
      sum[i] += v[i] * scale;
    }
  }

  /** The factor that turns the vector's bytes into its components. */
  static float scale(byte[] v) {
    int at = dimensions(v);
    return Float.intBitsToFloat((v[at] & 0xFF) << 24 | (v[at + 1] & 0xFF) << 16 | (v[at + 2] & 0xFF) << 8 | (v[at + 3] & 0xFF));
  }

  private static void putScale(byte[] v, float scale) {
    int bits = Float.floatToRawIntBits(scale);
    int at = dimensions(v);
    v[at] = (byte) (bits >>> 24);
    v[at + 1] = (byte) (bits >>> 16);
    v[at + 2] = (byte) (bits >>> 8);
    v[at + 3] = (byte) bits;
  }

  // ---- snapshots ----

  /** Returns a vector as a snapshot recorded it: its quantised components and its scale. */
  static byte[] restored(byte[] values, float scale) {
    byte[] v = java.util.Arrays.copyOf(values, values.length + SCALE_BYTES);
    putScale(v, scale);
    return v;
  }
}
