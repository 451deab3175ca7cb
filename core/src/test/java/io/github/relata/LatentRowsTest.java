package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LatentRowsTest {

  /** Rows of coordinates of many magnitudes, some all zero, some with a single large one. */
  private static float[] coordinates(Random random, int rows, int dimensions) {
    float[] values = new float[rows * dimensions];
    for (int r = 0; r < rows; r++) {
      int kind = random.nextInt(5);
      float magnitude = (float) Math.pow(10, random.nextInt(16) - 10);
      for (int d = 0; d < dimensions; d++) {
        values[r * dimensions + d] = switch (kind) {
          case 0 -> 0f;
          case 1 -> d == 0 ? magnitude : (float) (random.nextGaussian() * magnitude * 1e-3);
          default -> (float) (random.nextGaussian() * magnitude);
        };
      }
    }
    return values;
  }

  @Test
  void eachCoordinateIsWithinHalfAStepOfUnder1Over128OfItsRowsLargest() {
    qt().withExamples(PropertyExamples.scaled(300)).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      int dimensions = 1 + random.nextInt(120);
      float[] values = coordinates(random, random.nextInt(40), dimensions);
      float[] kept = LatentRows.of(values, dimensions).floats();
      for (int r = 0; r < values.length / dimensions; r++) {
        float largest = 0;
        for (int d = 0; d < dimensions; d++) {
          largest = Math.max(largest, Math.abs(values[r * dimensions + d]));
        }
        for (int d = 0; d < dimensions; d++) {
          int i = r * dimensions + d;
          assertTrue(Math.abs(values[i] - kept[i]) <= largest / 128, "row " + r + " coordinate " + d + ": " + values[i] + " kept as " + kept[i]);
        }
      }
    });
  }

  @Test
  void theValuesASnapshotRecordsGiveTheSameRowsAgain() {
    qt().withExamples(PropertyExamples.scaled(300)).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      int dimensions = 1 + random.nextInt(120);
      LatentRows rows = LatentRows.of(coordinates(random, random.nextInt(40), dimensions), dimensions);
      float[] recorded = rows.floats();
      assertArrayEquals(recorded, LatentRows.of(recorded, dimensions).floats());
    });
  }

  @Test
  void addingARowAddsItsKeptValuesTimesTheFactor() {
    qt().withExamples(PropertyExamples.scaled(200)).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      int dimensions = 1 + random.nextInt(120);
      int count = 1 + random.nextInt(20);
      LatentRows rows = LatentRows.of(coordinates(random, count, dimensions), dimensions);
      float[] kept = rows.floats();
      int row = random.nextInt(count);
      double factor = random.nextGaussian() * 3;
      double[] sum = new double[dimensions];
      rows.addTo(sum, row, factor);
      for (int d = 0; d < dimensions; d++) {
        double expected = factor * kept[row * dimensions + d];
        assertEquals(expected, sum[d], Math.abs(expected) * 1e-12, "dimension " + d);
      }
    });
  }

  @Test
  void aCoordinateItCannotKeepIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LatentRows.of(new float[] {1, 2, 3, Float.NaN}, 2));
    assertEquals("coordinate 1 of row 1 is not finite: NaN", e.getMessage());
    IllegalArgumentException shape = assertThrows(IllegalArgumentException.class, () -> LatentRows.of(new float[5], 2));
    assertEquals("5 coordinates are not whole rows of 2", shape.getMessage());
  }

  @Test
  void aRowKeepsItsSignsAndItsLargestCoordinateAlmostExactly() {
    float[] kept = LatentRows.of(new float[] {0.5f, -0.25f, 0.001f, 0f, 3f, -3f}, 3).floats();
    assertArrayEquals(new float[] {0.5f, -0.25f, 0f, 0f, 3f, -3f}, kept);
  }
}
