package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The term weight formulas at values worked out by hand, so that a change to one shows. */
final class WeightingTest {

  private static final double EXACT = 1e-12;

  @Test
  void logTf_isOnePlusTheLogFromOne_andTheFrequencyBelow() {
    assertEquals(0.5, Weighting.logTf(0.5), EXACT);
    assertEquals(1, Weighting.logTf(1.0), EXACT);
    assertEquals(1 + Math.log(3), Weighting.logTf(3.0), EXACT);
    // Stored frequencies (sixteenths) read their logarithm from a table of the same formula.
    assertEquals((float) (1 + Math.log(2.5)), Weighting.logTf((char) 40));
    assertEquals(0.0625f, Weighting.logTf((char) 1));
  }

  @Test
  void storedFrequencies_areSixteenths_atLeastOneStep() {
    assertEquals("\u0001\u0010\u0028\uffff", new String(Weighting.storedTfs(new float[] {0.001f, 1, 2.5f, 1e9f})));
    assertEquals(2.5f, Weighting.tf((char) 40));
    assertEquals(0.0625f, Weighting.tf((char) 1));
  }

  @Test
  void idf_bm25AndTfIdf() {
    // BM25: ln(1 + (n - df + 0.5) / (df + 0.5)); TF-IDF: ln((1 + n) / (1 + df)) + 1.
    assertEquals(Math.log(1 + 90.5 / 10.5), Weighting.idf(true, 100, 10), EXACT);
    assertEquals(2.263745, Weighting.idf(true, 100, 10), 1e-6);
    assertEquals(Math.log(101.0 / 11) + 1, Weighting.idf(false, 100, 10), EXACT);
    assertEquals(3.217225, Weighting.idf(false, 100, 10), 1e-6);
    assertEquals(Math.log(1 + 0.5 / 100.5), Weighting.idf(true, 100, 100), EXACT);
    assertEquals(1, Weighting.idf(false, 100, 100), EXACT);
  }

  @Test
  void saturated_isBm25sTermFrequencyPart() {
    // k1 = 1.2, b = 0.75: tf (k1 + 1) / (tf + k1 (1 - b + b length / average)).
    assertEquals(2 * 2.2 / (2 + 1.2), Weighting.saturated(2, 100, 100), EXACT);
    assertEquals(2 * 2.2 / (2 + 1.2 * (0.25 + 0.75 * 2)), Weighting.saturated(2, 200, 100), EXACT);
    assertEquals(3 * 2.2 / (3 + 1.2 * (0.25 + 0.75 * 0.5)), Weighting.saturated(3, 50, 100), EXACT);
  }

  @Test
  void quantize_sixteenStepsAnOctave_andBack() {
    assertEquals(0, Weighting.quantize(1));
    assertEquals(0, Weighting.quantize(7), "above 1 counts as 1");
    assertEquals(16, Weighting.quantize(0.5));
    assertEquals(32, Weighting.quantize(0.25));
    assertEquals(8, Weighting.quantize(Math.pow(2, -0.5)));
    assertEquals((byte) 255, Weighting.quantize(0));
    assertEquals((byte) 255, Weighting.quantize(-1));
    assertEquals((byte) 255, Weighting.quantize(Double.NaN));
    assertEquals((byte) 255, Weighting.quantize(1e-300), "past the last step");
    for (int q = 0; q < 256; q++) {
      double w = Weighting.dequantize((byte) q);
      assertEquals(Math.pow(2, -q / 16.0), w, EXACT);
      assertEquals((byte) q, Weighting.quantize(w), "step " + q);
    }
  }

  @Test
  void postingAndLabelWeights() {
    assertEquals(Weighting.quantize(0.5), Weighting.postingWeight(1, 2));
    assertEquals(16, Weighting.postingWeight(1.5f, 3));
    assertEquals(0, Weighting.labelWeight(1));
    assertEquals(16, Weighting.labelWeight(4), "1 / sqrt(4) = 0.5");
    assertEquals(32, Weighting.labelWeight(16));
  }
}
