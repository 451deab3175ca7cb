package io.github.relata;

/**
 * A post's unit vector in the latent space, kept as bytes: one signed byte a dimension, then the
 * vector's scale as four bytes (a float, big-endian). A quarter of the memory of floats, for cosines within
 * about 0.01 of the exact ones. An indexed post keeps its vector inside its one array ({@link Doc}), so that
 * it costs no array header or reference of its own: 104 bytes at 100 dimensions, where an array of its own
 * took 120; the methods that take an offset read it there.
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
    return dot(a, 0, b, 0, dimensions(a));
  }

  /** The dot product of a vector with a dense one. */
  static double dot(byte[] v, float[] dense) {
    return dot(v, 0, dimensions(v), dense);
  }

  /** Adds vector {@code v} to {@code sum}. */
  static void addTo(byte[] v, float[] sum) {
    addTo(v, 0, dimensions(v), sum);
  }

  /** The factor that turns the vector's bytes into its components. */
  static float scale(byte[] v) {
    return scale(v, 0, dimensions(v));
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

  // ---- a vector kept inside a larger array (a post's, see Doc), from an offset ----

  /** The dot product of the vectors of {@code n} dimensions at {@code aFrom} in {@code a} and {@code bFrom} in {@code b}. */
  static double dot(byte[] a, int aFrom, byte[] b, int bFrom, int n) {
    int s0 = 0;
    int s1 = 0;
    int i = 0;
    for (; i + 1 < n; i += 2) {
      s0 += a[aFrom + i] * b[bFrom + i];
      s1 += a[aFrom + i + 1] * b[bFrom + i + 1];
    }
    if (i < n) {
      s0 += a[aFrom + i] * b[bFrom + i];
    }
    return (double) (s0 + s1) * scale(a, aFrom, n) * scale(b, bFrom, n);
  }

  /** The dot product of the vector of {@code n} dimensions at {@code from} in {@code v} with a dense one. */
  static double dot(byte[] v, int from, int n, float[] dense) {
    float sum = 0;
    for (int i = 0; i < n; i++) {
      sum += v[from + i] * dense[i];
    }
    return sum * (double) scale(v, from, n);
  }

  /** Adds the vector of {@code n} dimensions at {@code from} in {@code v} to {@code sum}. */
  static void addTo(byte[] v, int from, int n, float[] sum) {
    float scale = scale(v, from, n);
    for (int i = 0; i < n; i++) {
      sum[i] += v[from + i] * scale;
    }
  }

  /** The scale of the vector of {@code n} dimensions at {@code from} in {@code v}. */
  static float scale(byte[] v, int from, int n) {
    int at = from + n;
    return Float.intBitsToFloat((v[at] & 0xFF) << 24 | (v[at + 1] & 0xFF) << 16 | (v[at + 2] & 0xFF) << 8 | (v[at + 3] & 0xFF));
  }

  /** The bytes a vector of {@code dimensions} takes: its components and its scale. */
  static int bytes(int dimensions) {
    return dimensions + SCALE_BYTES;
  }

  /** The dimensions of a vector kept in {@code bytes} bytes. */
  static int dimensionsOf(int bytes) {
    return bytes - SCALE_BYTES;
  }
}
