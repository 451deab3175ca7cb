package io.github.relata.internal;

import java.util.Arrays;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.sparse.csc.CommonOps_DSCC;
import org.jspecify.annotations.Nullable;

/**
 * The leading right singular vectors of a sparse matrix by randomised SVD (Halko, Martinsson and Tropp),
 * with EJML doing the small decompositions: a Gaussian sketch of the row space refined by power iterations,
 * then the SVD of the small projected matrix. The products with the large matrices, where the time goes, run
 * on every core of the fork-join pool ({@link ParallelProducts}); the result is deterministic for a given
 * seed and the same whatever the number of threads.
 */
public final class RandomizedSvd {

  private RandomizedSvd() {}

  /**
   * Returns the {@code k} leading right singular vectors of {@code a} as the columns of an {@code a.numCols x
   * k} matrix, largest singular value first, or null when {@code a} has fewer than {@code k} singular values
   * clearly above zero or the decomposition fails.
   *
   * @param oversampling extra sketch dimensions beyond {@code k}, for accuracy
   * @param powerIterations rounds of {@code (A A^T)} applied to the sketch, for accuracy on slowly decaying spectra
   * @param seed the seed of the Gaussian sketch
   */
  public static @Nullable DMatrixRMaj rightSingularVectors(DMatrixSparseCSC a, int k, int oversampling, int powerIterations, long seed) {
    int n = a.numRows;
    int m = a.numCols;
    int l = Math.min(k + oversampling, Math.min(n, m));
    DMatrixRMaj omega = new DMatrixRMaj(m, l);
    Random random = new Random(seed);
    for (int i = 0; i < omega.data.length; i++) {
      omega.data[i] = random.nextGaussian();
    }
    DMatrixSparseCSC at = CommonOps_DSCC.transpose(a, null, null); // A's rows as columns, for A times a matrix
    DMatrixRMaj q = orthonormal(ParallelProducts.multSparse(at, omega));
    for (int i = 0; i < powerIterations; i++) {
      DMatrixRMaj z = orthonormal(ParallelProducts.multTransASparse(a, q));
      q = orthonormal(ParallelProducts.multSparse(at, z));
    }
    DMatrixRMaj bt = ParallelProducts.multTransASparse(a, q); // B^T = (Q^T A)^T, m x l
    // B's right singular vectors from the eigenvectors of the small l x l matrix B B^T = U S^2 U^T:
    // V = B^T U S^-1, far cheaper than decomposing the tall B^T itself.
    DMatrixRMaj gram = ParallelProducts.gram(bt);
    EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(l, true, true);
    if (!eigen.decompose(gram)) {
      return null;
    }
    Integer[] order = new Integer[l];
    for (int i = 0; i < l; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Double.compare(eigen.getEigenvalue(y).real, eigen.getEigenvalue(x).real));
    DMatrixRMaj uk = new DMatrixRMaj(l, k);
    for (int d = 0; d < k; d++) {
      double lambda = eigen.getEigenvalue(order[d]).real;
      if (!(lambda > 1e-12)) {
        return null;
      }
      DMatrixRMaj vector = eigen.getEigenVector(order[d]);
      double inverseSigma = 1 / Math.sqrt(lambda);
      for (int i = 0; i < l; i++) {
        uk.set(i, d, vector.get(i) * inverseSigma);
      }
    }
    return ParallelProducts.mult(bt, uk);
  }

  /**
   * Returns an orthonormal basis of {@code y}'s columns by Cholesky QR, applied twice for accuracy
   * (CholeskyQR2: {@code Y = Q R} with {@code R} from the Cholesky factor of {@code Y^T Y}), which costs a
   * fraction of Householder QR on these tall, thin matrices; Householder QR when {@code Y^T Y} is too
   * ill-conditioned for Cholesky.
   */
  static DMatrixRMaj orthonormal(DMatrixRMaj y) {
    DMatrixRMaj q = choleskyStep(y);
    q = q == null ? null : choleskyStep(q);
    if (q != null) {
      return q;
    }
    QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(y.numRows, y.numCols);
    qr.decompose(y.copy());
    return qr.getQ(null, true);
  }

  private static @Nullable DMatrixRMaj choleskyStep(DMatrixRMaj y) {
    int l = y.numCols;
    DMatrixRMaj gram = ParallelProducts.gram(y);
    CholeskyDecomposition_F64<DMatrixRMaj> cholesky = DecompositionFactory_DDRM.chol(l, true);
    if (!cholesky.decompose(gram)) {
      return null;
    }
    DMatrixRMaj lower = cholesky.getT(null);
    DMatrixRMaj inverse = new DMatrixRMaj(l, l); // lower triangular too: zero above the diagonal
    TriangularSolver_DDRM.invertLower(lower.data, inverse.data, l);
    DMatrixRMaj q = ParallelProducts.multUpper(y, CommonOps_DDRM.transpose(inverse, null)); // Y L^-T, L^-T upper triangular
    for (double x : q.data) {
      if (!Double.isFinite(x)) { // a zero on L's diagonal, or a matrix that was not finite
        return null;
      }
    }
    return q;
  }
}
