package io.github.relata;

/**
 * IEEE 754 half-precision numbers (binary16: 1 sign bit, 5 exponent bits, 10 fraction bits) kept in
 * {@code short}s: the latent space's term coordinates in half the memory of floats. A half carries about
 * three decimal digits (a relative error of at most 2^-11 for normal numbers), finer than the five-bit vectors
 * posts are projected into. Java 17 has no conversion of its own ({@code Float.floatToFloat16} came in 20).
 */
final class HalfFloats {

  /** Every half's value, by its 16 bits. */
  private static final float[] VALUES = new float[1 << 16];

  static {
    for (int h = 0; h < VALUES.length; h++) {
      VALUES[h] = decode(h);
    }
  }

  private HalfFloats() {}

  /** Returns the value of the half {@code h}. */
  static float toFloat(short h) {
    return VALUES[h & 0xFFFF];
  }

  /** Returns the half nearest to {@code f} (ties to even), infinite beyond the largest half, NaN for NaN. */
  static short toHalf(float f) {
    int bits = Float.floatToRawIntBits(f);
    int sign = (bits >>> 16) & 0x8000;
    int abs = bits & 0x7FFFFFFF;
    if (abs > 0x7F800000) {
      return (short) (sign | 0x7E00); // NaN
    }
    if (abs >= 0x477FF000) {
      return (short) (sign | 0x7C00); // 65520 and more round to infinity
    }
    if (abs >= 0x38800000) { // normal: 2^-14 and more
      int h = (abs - 0x38000000) >>> 13;
      int rest = abs & 0x1FFF;
      if (rest > 0x1000 || (rest == 0x1000 && (h & 1) == 1)) {
        h++; // may carry into the exponent, which is the right rounding
      }
      return (short) (sign | h);
    }
    if (abs < 0x33000000) {
      return (short) sign; // below 2^-25: zero
    }
    // Subnormal: m * 2^-24 with m below 1,024.
    int exponent = abs >>> 23;
    int mantissa = (abs & 0x7FFFFF) | 0x800000;
    int shift = 126 - exponent;
    int m = mantissa >>> shift;
    int rest = mantissa & ((1 << shift) - 1);
    int half = 1 << (shift - 1);
    if (rest > half || (rest == half && (m & 1) == 1)) {
      m++;
    }
    return (short) (sign | m);
  }

  /** Returns {@code values} as halves. */
  static short[] of(float[] values) {
    short[] halves = new short[values.length];
    for (int i = 0; i < values.length; i++) {
      halves[i] = toHalf(values[i]);
    }
    return halves;
  }

  /** Returns {@code halves}' values as floats. */
  static float[] floats(short[] halves) {
    float[] values = new float[halves.length];
    for (int i = 0; i < halves.length; i++) {
      values[i] = toFloat(halves[i]);
    }
    return values;
  }

  private static float decode(int h) {
    int sign = (h & 0x8000) << 16;
    int exponent = (h >>> 10) & 0x1F;
    int fraction = h & 0x3FF;
    if (exponent == 0x1F) {
      return Float.intBitsToFloat(sign | 0x7F800000 | fraction << 13);
    }
    if (exponent == 0) {
      float value = fraction * 0x1p-24f;
      return sign == 0 ? value : -value;
    }
    return Float.intBitsToFloat(sign | (exponent + 112) << 23 | fraction << 13);
  }
}
