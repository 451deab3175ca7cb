package io.github.relata;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A post's unit vector in the latent space, kept as bytes: each component rounded to one of 31 steps of the
 * vector's scale (-15 to 15, where the largest component is ±15) and kept as five bits, two's complement; the
 * dimensions padded with zeros to a multiple of eight. The bits are kept as five planes, lowest first: plane
 * {@code p} holds bit {@code p} of every component, component {@code i} at bit {@code i % 8} of the plane's
 * byte {@code i / 8}. Then the scale, four bytes (a float, big-endian).
 *
 * <p>At 100 dimensions that is 69 bytes, where a byte a component took 104. The bench's quality on the six
 * shared corpora is within 0.002 of what a byte a component gave, or better (bench {@code Evaluate}); fifteen
 * steps (-7 to 7, four bits) lost 0.003 on one of them. Planes make the dot product of two vectors a sum of
 * population counts, 64 components at a time ({@code Long.bitCount} of two planes' words, ANDed, for each
 * of the 25 pairs of planes, weighted by the planes' place values), where one component at a time cost
 * more than a byte a component did. An indexed post keeps its vector inside its one array ({@link Doc}), so
 * that it costs no array header or reference of its own; the methods that take an offset read it there.
 */
final class LatentVector {

  /** The largest step a component is rounded to, either side of zero. */
  static final int STEPS = 15;

  private static final int SCALE_BYTES = Float.BYTES;
  /** Bits a component: the planes. */
  private static final int PLANES = 5;

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private LatentVector() {}

  /** Quantises a vector: the largest component becomes ±{@value #STEPS}. */
  static byte[] of(float[] vector) {
    float max = 0;
    for (float x : vector) {
      max = Math.max(max, Math.abs(x));
    }
    byte[] codes = new byte[vector.length];
    if (max == 0) {
      return packed(codes, 0);
    }
    float scale = max / STEPS;
    for (int i = 0; i < vector.length; i++) {
      codes[i] = (byte) Math.max(-STEPS, Math.min(STEPS, Math.round(vector[i] / scale)));
    }
    return packed(codes, scale);
  }

  /** Packs components of at most ±{@value #STEPS} steps, padded to a multiple of eight, and their scale. */
  private static byte[] packed(byte[] codes, float scale) {
    int planeBytes = planeBytes(codes.length);
    byte[] v = new byte[PLANES * planeBytes + SCALE_BYTES];
    for (int i = 0; i < codes.length; i++) {
      for (int p = 0; p < PLANES; p++) {
        if ((codes[i] >> p & 1) != 0) {
          v[p * planeBytes + i / Byte.SIZE] |= (byte) (1 << (i % Byte.SIZE));
        }
      }
    }
    int bits = Float.floatToRawIntBits(scale);
    int at = v.length - SCALE_BYTES;
    v[at] = (byte) (bits >>> 24);
    v[at + 1] = (byte) (bits >>> 16);
    v[at + 2] = (byte) (bits >>> 8);
    v[at + 3] = (byte) bits;
    return v;
  }

  /** The vector's dimensions: the space's, padded with zero components to a multiple of eight. */
  static int dimensions(byte[] v) {
    return dimensionsOf(v.length);
  }

  /** The steps of each component, -{@value #STEPS} to {@value #STEPS}, as a snapshot records them. */
  static byte[] codes(byte[] v) {
    int n = dimensions(v);
    byte[] codes = new byte[n];
    for (int i = 0; i < n; i++) {
      codes[i] = (byte) code(v, 0, n, i);
    }
    return codes;
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

  /** The factor that turns the vector's steps into its components. */
  static float scale(byte[] v) {
    return scale(v, 0, dimensions(v));
  }

  // ---- snapshots ----

  /**
   * Returns a vector as a snapshot recorded it: the steps of its components ({@link #codes}) and its scale.
   * Components of more than ±{@value #STEPS} steps (a snapshot that kept a byte a component, ±127) are
   * rounded again to this form's steps.
   */
  static byte[] restored(byte[] codes, float scale) {
    for (byte c : codes) {
      if (Math.abs(c) > STEPS) {
        float[] components = new float[codes.length];
        for (int i = 0; i < codes.length; i++) {
          components[i] = codes[i] * scale;
        }
        return of(components);
      }
    }
    return packed(codes, scale);
  }

  // ---- a vector kept inside a larger array (a post's, see Doc), from an offset ----

  /** The dot product of the vectors of {@code n} (padded) dimensions at {@code aFrom} in {@code a} and {@code bFrom} in {@code b}. */
  static double dot(byte[] a, int aFrom, byte[] b, int bFrom, int n) {
    int planeBytes = n / Byte.SIZE;
    long sum = 0;
    for (int w = 0; w < planeBytes; w += Long.BYTES) {
      int bytes = Math.min(Long.BYTES, planeBytes - w);
      long a0 = word(a, aFrom + w, bytes);
      long a1 = word(a, aFrom + planeBytes + w, bytes);
      long a2 = word(a, aFrom + 2 * planeBytes + w, bytes);
      long a3 = word(a, aFrom + 3 * planeBytes + w, bytes);
      long a4 = word(a, aFrom + 4 * planeBytes + w, bytes);
      long b0 = word(b, bFrom + w, bytes);
      long b1 = word(b, bFrom + planeBytes + w, bytes);
      long b2 = word(b, bFrom + 2 * planeBytes + w, bytes);
      long b3 = word(b, bFrom + 3 * planeBytes + w, bytes);
      long b4 = word(b, bFrom + 4 * planeBytes + w, bytes);
      sum += placed(a0, b0, b1, b2, b3, b4)
          + 2 * placed(a1, b0, b1, b2, b3, b4)
          + 4 * placed(a2, b0, b1, b2, b3, b4)
          + 8 * placed(a3, b0, b1, b2, b3, b4)
          - 16 * placed(a4, b0, b1, b2, b3, b4);
    }
    return (double) sum * scale(a, aFrom, n) * scale(b, bFrom, n);
  }

  /** The sum over components of one plane's bits {@code a} times the components {@code b0..b4} spell. */
  private static long placed(long a, long b0, long b1, long b2, long b3, long b4) {
    return Long.bitCount(a & b0) + 2L * Long.bitCount(a & b1) + 4L * Long.bitCount(a & b2) + 8L * Long.bitCount(a & b3)
        - 16L * Long.bitCount(a & b4);
  }

  /** The {@code bytes} (1 to 8) bytes at {@code at}, lowest first. */
  private static long word(byte[] v, int at, int bytes) {
    if (bytes == Long.BYTES) {
      return (long) LONGS.get(v, at);
    }
    long word = 0;
    for (int i = 0; i < bytes; i++) {
      word |= (v[at + i] & 0xFFL) << (Byte.SIZE * i);
    }
    return word;
  }

  /**
   * The dot product of the vector of {@code n} (padded) dimensions at {@code from} in {@code v} with a dense
   * one, over the dense vector's length where it is shorter (the padding is zero).
   */
  static double dot(byte[] v, int from, int n, float[] dense) {
    return dot(v, from, n, new Dense(dense, n));
  }

  /**
   * The dot product of the vector of {@code n} (padded) dimensions at {@code from} in {@code v} with a dense
   * one made ready for it: five table lookups for each eight components.
   */
  static double dot(byte[] v, int from, int n, Dense dense) {
    int planeBytes = n / Byte.SIZE;
    if (dense.planeBytes != planeBytes) {
      throw new IllegalArgumentException("a dense vector for " + dense.planeBytes * Byte.SIZE + " dimensions, not " + n);
    }
    float[] sums = dense.sums;
    float sum = 0;
    for (int j = 0; j < planeBytes; j++) {
      int at = from + j;
      int base = j << Byte.SIZE;
      sum += sums[base | v[at] & 0xFF]
          + 2 * sums[base | v[at + planeBytes] & 0xFF]
          + 4 * sums[base | v[at + 2 * planeBytes] & 0xFF]
          + 8 * sums[base | v[at + 3 * planeBytes] & 0xFF]
          - 16 * sums[base | v[at + 4 * planeBytes] & 0xFF];
    }
    return sum * (double) scale(v, from, n);
  }

  /**
   * A dense vector made ready for dot products with many vectors of this form: for each eight components and
   * each of the 256 bytes a plane can hold there, the sum of the components the byte's bits select. Built in
   * about as many additions as the table has entries (32 for each component), it turns each dot product
   * into five lookups for each eight components. Immutable.
   */
  static final class Dense {
    private final float[] sums;
    private final int planeBytes;

    /** Makes {@code dense} ready for vectors of {@code n} (padded) dimensions; components past its length count as 0. */
    Dense(float[] dense, int n) {
      this.planeBytes = n / Byte.SIZE;
      this.sums = new float[planeBytes << Byte.SIZE];
      for (int j = 0; j < planeBytes; j++) {
        int base = j << Byte.SIZE;
        for (int b = 1; b < 1 << Byte.SIZE; b++) {
          int i = j * Byte.SIZE + Integer.numberOfTrailingZeros(b);
          sums[base | b] = sums[base | (b & (b - 1))] + (i < dense.length ? dense[i] : 0);
        }
      }
    }
  }

  /** Adds the vector of {@code n} (padded) dimensions at {@code from} in {@code v} to {@code sum}, over {@code sum}'s length where it is shorter. */
  static void addTo(byte[] v, int from, int n, float[] sum) {
    float scale = scale(v, from, n);
    int length = Math.min(n, sum.length);
    int planeBytes = n / Byte.SIZE;
    for (int j = 0; j * Byte.SIZE < length; j++) {
      int at = from + j;
      int p0 = v[at];
      int p1 = v[at + planeBytes];
      int p2 = v[at + 2 * planeBytes];
      int p3 = v[at + 3 * planeBytes];
      int p4 = v[at + 4 * planeBytes];
      for (int k = 0, i = j * Byte.SIZE; k < Byte.SIZE && i < length; k++, i++) {
        sum[i] += component(p0, p1, p2, p3, p4, k) * scale;
      }
    }
  }

  /** The steps of component {@code k} of the eight whose plane bytes are {@code p0..p4}. */
  private static int component(int p0, int p1, int p2, int p3, int p4, int k) {
    return (p0 >> k & 1) + 2 * (p1 >> k & 1) + 4 * (p2 >> k & 1) + 8 * (p3 >> k & 1) - 16 * (p4 >> k & 1);
  }

  /** The steps of component {@code i} of the vector of {@code n} (padded) dimensions at {@code from} in {@code v}. */
  private static int code(byte[] v, int from, int n, int i) {
    int planeBytes = n / Byte.SIZE;
    int at = from + i / Byte.SIZE;
    return component(v[at], v[at + planeBytes], v[at + 2 * planeBytes], v[at + 3 * planeBytes], v[at + 4 * planeBytes], i % Byte.SIZE);
  }

  /** The scale of the vector of {@code n} (padded) dimensions at {@code from} in {@code v}. */
  static float scale(byte[] v, int from, int n) {
    int at = from + PLANES * n / Byte.SIZE;
    return Float.intBitsToFloat((v[at] & 0xFF) << 24 | (v[at + 1] & 0xFF) << 16 | (v[at + 2] & 0xFF) << 8 | (v[at + 3] & 0xFF));
  }

  /** The bytes a vector of {@code dimensions} takes: its five planes, padded to whole bytes, and its scale. */
  static int bytes(int dimensions) {
    return PLANES * planeBytes(dimensions) + SCALE_BYTES;
  }

  /** The dimensions a vector of a space of {@code dimensions} has: padded with zeros to a multiple of eight. */
  static int padded(int dimensions) {
    return planeBytes(dimensions) * Byte.SIZE;
  }

  /** The bytes each plane of a vector of {@code dimensions} takes: a bit a component, in whole bytes. */
  private static int planeBytes(int dimensions) {
    return (dimensions + Byte.SIZE - 1) / Byte.SIZE;
  }

  /** The (padded) dimensions of a vector kept in {@code bytes} bytes. */
  static int dimensionsOf(int bytes) {
    return (bytes - SCALE_BYTES) / PLANES * Byte.SIZE;
  }
}
