package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.floats;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class HalfFloatsTest {

  @Test
  void everyHalfComesBackAsItself() {
    for (int h = 0; h < 1 << 16; h++) {
      float value = HalfFloats.toFloat((short) h);
      if (Float.isNaN(value)) {
        assertTrue(Float.isNaN(HalfFloats.toFloat(HalfFloats.toHalf(value))), "NaN " + Integer.toHexString(h));
      } else {
        assertEquals(h, HalfFloats.toHalf(value) & 0xFFFF, "half " + Integer.toHexString(h) + " = " + value);
      }
    }
  }

  @Test
  void aFloatBecomesTheNearestHalf_tiesToEven() {
    // Any bit pattern, and the range the latent space's coordinates take, subnormal halves among them.
    qt().withExamples(PropertyExamples.scaled(20_000))
        .forAll(integers().all().map(Float::intBitsToFloat).mix(floats().between(-0.01f, 0.01f)))
        .checkAssert(f -> {
          if (Float.isNaN(f)) {
            return;
          }
          short h = HalfFloats.toHalf(f);
          float got = HalfFloats.toFloat(h);
          if (Math.abs(f) >= 65520f) {
            assertEquals(Math.copySign(Float.POSITIVE_INFINITY, f), got, "beyond the largest half: " + f);
            return;
          }
          double error = Math.abs((double) f - got);
          for (int neighbour : new int[] {(h & 0xFFFF) - 1, (h & 0xFFFF) + 1}) {
            if ((neighbour & 0x7FFF) >= 0x7C00 || neighbour < 0 || neighbour > 0xFFFF || ((neighbour ^ h) & 0x8000) != 0) {
              continue;
            }
            double other = Math.abs((double) f - HalfFloats.toFloat((short) neighbour));
            assertTrue(error < other || (error == other && (h & 1) == 0),
                f + " became " + got + " (" + Integer.toHexString(h & 0xFFFF) + "), but " + HalfFloats.toFloat((short) neighbour) + " is nearer");
          }
          if (got != 0 && Math.abs(f) >= 0x1p-14f) {
            assertTrue(error <= Math.abs(f) * 0x1p-11, "relative error of " + f);
          }
        });
  }

  @Test
  void examples() {
    assertEquals(1f, HalfFloats.toFloat(HalfFloats.toHalf(1f)));
    assertEquals(0x3C00, HalfFloats.toHalf(1f));
    assertEquals(65504f, HalfFloats.toFloat(HalfFloats.toHalf(65504f)));
    assertEquals(0x1p-24f, HalfFloats.toFloat(HalfFloats.toHalf(0x1p-24f)), "the smallest subnormal");
    assertEquals(0f, HalfFloats.toFloat(HalfFloats.toHalf(0x1p-25f)), "half the smallest subnormal rounds to even, zero");
    assertEquals(0x1p-24f, HalfFloats.toFloat(HalfFloats.toHalf(0x1.8p-25f)));
    assertEquals(0.0999755859375f, HalfFloats.toFloat(HalfFloats.toHalf(0.1f)));
    assertEquals((short) 0x8000, HalfFloats.toHalf(-0f));
  }
}
