package io.github.relata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.relata.PropertyExamples;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.ejml.ops.DConvertMatrixStruct;
import org.junit.jupiter.api.Test;

/**
 * The randomized SVD against the exact one: on matrices with a known spectrum, the leading right singular
 * vectors come out orthonormal, largest singular value first, each the exact vector up to its sign; a
 * matrix of too low a rank gives none.
 */
final class RandomizedSvdTest {

  private static final int ROWS = 160;
  private static final int COLUMNS = 70;
  private static final int K = 6;

  /** A dense matrix {@code U diag(sigma) V^T} with orthonormal {@code U}, {@code V} drawn from {@code random}. */
  private static DMatrixRMaj withSpectrum(Random random, double[] sigma) {
    DMatrixRMaj u = orthonormalColumns(random, ROWS, sigma.length);
    DMatrixRMaj v = orthonormalColumns(random, COLUMNS, sigma.length);
    DMatrixRMaj us = u.copy();
    for (int i = 0; i < ROWS; i++) {
      for (int j = 0; j < sigma.length; j++) {
        us.set(i, j, u.get(i, j) * sigma[j]);
      }
    }
    DMatrixRMaj a = new DMatrixRMaj(ROWS, COLUMNS);
    CommonOps_DDRM.multTransB(us, v, a);
    return a;
  }

  private static DMatrixRMaj orthonormalColumns(Random random, int rows, int columns) {
    DMatrixRMaj g = new DMatrixRMaj(rows, columns);
    for (int i = 0; i < g.data.length; i++) {
      g.data[i] = random.nextGaussian();
    }
    var qr = DecompositionFactory_DDRM.qr(rows, columns);
    qr.decompose(g);
    return qr.getQ(null, true);
  }

  private static DMatrixSparseCSC sparse(DMatrixRMaj dense) {
    return DConvertMatrixStruct.convert(dense, (DMatrixSparseCSC) null, 0);
  }

  @Test
  void leadingRightSingularVectorsAreTheExactOnesInOrder() {
    qt().withExamples(PropertyExamples.scaled(20)).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      // Well separated leading values (each at most 0.8 of the one before), then a tail well below them,
      // shuffled so that the matrix does not hand its columns over in order.
      double[] sigma = new double[K + 8];
      for (int j = 0; j < sigma.length; j++) {
        sigma[j] = j < K ? 100 * Math.pow(0.7, j) : 1 + random.nextDouble();
      }
      for (int j = sigma.length - 1; j > 0; j--) {
        int swap = random.nextInt(j + 1);
        double t = sigma[j];
        sigma[j] = sigma[swap];
        sigma[swap] = t;
      }
      DMatrixRMaj a = withSpectrum(random, sigma);
      DMatrixRMaj v = RandomizedSvd.rightSingularVectors(sparse(a), K, 10, 2, seed);
      assertNotNull(v, "a matrix of full rank has its leading vectors");
      assertEquals(COLUMNS, v.numRows);
      assertEquals(K, v.numCols);

      DMatrixRMaj gram = new DMatrixRMaj(K, K);
      CommonOps_DDRM.multTransA(v, v, gram);
      for (int i = 0; i < K; i++) {
        for (int j = 0; j < K; j++) {
          assertEquals(i == j ? 1 : 0, gram.get(i, j), 1e-8, "V^T V at " + i + "," + j);
        }
      }

      SingularValueDecomposition_F64<DMatrixRMaj> exact = DecompositionFactory_DDRM.svd(ROWS, COLUMNS, false, true, false);
      assertTrue(exact.decompose(a.copy()));
      double[] values = exact.getSingularValues();
      DMatrixRMaj exactV = exact.getV(null, false);
      for (int d = 0; d < K; d++) {
        int best = 0;
        for (int j = 1; j < values.length; j++) {
          if (values[j] > values[best]) {
            best = j;
          }
        }
        double dot = 0;
        for (int i = 0; i < COLUMNS; i++) {
          dot += v.get(i, d) * exactV.get(i, best);
        }
        assertEquals(1, Math.abs(dot), 1e-6, "vector " + d + " against the exact one of singular value " + values[best]);
        values[best] = -1;
      }
    });
  }

  @Test
  void aMatrixOfLowerRankThanAskedGivesNoVectors() {
    Random random = new Random(7);
    DMatrixRMaj a = withSpectrum(random, new double[] {50, 20, 5});
    assertNull(RandomizedSvd.rightSingularVectors(sparse(a), K, 10, 2, 7));
    assertNotNull(RandomizedSvd.rightSingularVectors(sparse(a), 3, 10, 2, 7));
  }
}
