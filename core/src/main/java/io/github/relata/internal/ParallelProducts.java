package io.github.relata.internal;

import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;

/**
 * The matrix products of {@link RandomizedSvd}, computed on every core of the fork-join pool that runs them
 * and bit-identical whatever the number of threads: each entry of a product is summed by one task, in the
 * order of the inner index, and the one product that is a sum over rows, the Gram matrix {@code Y^T Y}, adds
 * partial sums of fixed blocks of {@link #BLOCK} rows in block order. Neither the order nor the blocks depend
 * on how many threads there are, so one thread and many give the same bits.
 */
final class ParallelProducts {

  /** Rows a task takes at a time; also the rows of one partial Gram matrix. */
  static final int BLOCK = 256;

  private ParallelProducts() {}

  /**
   * Returns {@code A B} for a sparse {@code A} given as its transpose (so that each of A's rows is a column of
   * {@code at}) and a dense {@code B}.
   *
   * @param at {@code A^T}, {@code m x n}
   * @param b {@code m x l}
   * @return {@code n x l}
   */
  static DMatrixRMaj multSparse(DMatrixSparseCSC at, DMatrixRMaj b) {
    return combineRows(at, b, at.numCols);
  }

  /**
   * Returns {@code A^T Q} for a sparse {@code A} and a dense {@code Q}.
   *
   * @param a {@code n x m}
   * @param q {@code n x l}
   * @return {@code m x l}
   */
  static DMatrixRMaj multTransASparse(DMatrixSparseCSC a, DMatrixRMaj q) {
    return combineRows(a, q, a.numCols);
  }

  /** Row {@code c} of the result is the sum over the entries {@code (r, c)} of {@code s} of {@code s(r, c)} times row {@code r} of {@code d}. */
  private static DMatrixRMaj combineRows(DMatrixSparseCSC s, DMatrixRMaj d, int outRows) {
    int l = d.numCols;
    DMatrixRMaj out = new DMatrixRMaj(outRows, l);
    double[] o = out.data;
    double[] in = d.data;
    forBlocks(outRows, (from, until) -> {
      for (int c = from; c < until; c++) {
        int base = c * l;
        for (int p = s.col_idx[c]; p < s.col_idx[c + 1]; p++) {
          double v = s.nz_values[p];
          int row = s.nz_rows[p] * l;
          for (int j = 0; j < l; j++) {
            o[base + j] += v * in[row + j];
          }
        }
      }
    });
    return out;
  }

  /**
   * Returns {@code Y B} for dense matrices.
   *
   * @param y {@code n x k}
   * @param b {@code k x l}
   * @return {@code n x l}
   */
  static DMatrixRMaj mult(DMatrixRMaj y, DMatrixRMaj b) {
    return mult(y, b, false);
  }

  /**
   * Returns {@code Y U} for a dense {@code Y} and an upper triangular {@code U}, skipping U's zeros below
   * the diagonal (half the work of {@link #mult(DMatrixRMaj, DMatrixRMaj)}, the same result).
   *
   * @param y {@code n x k}
   * @param u {@code k x k}, zero below the diagonal
   * @return {@code n x k}
   */
  static DMatrixRMaj multUpper(DMatrixRMaj y, DMatrixRMaj u) {
    return mult(y, u, true);
  }

  private static DMatrixRMaj mult(DMatrixRMaj y, DMatrixRMaj b, boolean upper) {
    int n = y.numRows;
    int k = y.numCols;
    int l = b.numCols;
    DMatrixRMaj out = new DMatrixRMaj(n, l);
    double[] o = out.data;
    double[] yd = y.data;
    double[] bd = b.data;
    forBlocks(n, (from, until) -> {
      for (int r = from; r < until; r++) {
        int base = r * l;
        for (int i = 0; i < k; i++) {
          double v = yd[r * k + i];
          if (v == 0) {
            continue;
          }
          int row = i * l;
          for (int j = upper ? i : 0; j < l; j++) {
            o[base + j] += v * bd[row + j];
          }
        }
      }
    });
    return out;
  }

  /**
   * Returns the Gram matrix {@code Y^T Y} of a dense {@code n x l} matrix, {@code l x l} and symmetric: the
   * sum, block by block in row order, of each block's sum of its rows' outer products.
   */
  static DMatrixRMaj gram(DMatrixRMaj y) {
    int n = y.numRows;
    int l = y.numCols;
    double[] yd = y.data;
    int blocks = (n + BLOCK - 1) / BLOCK;
    double[][] partial = new double[blocks][];
    IntStream.range(0, blocks).parallel().forEach(b -> {
      double[] g = new double[l * l];
      for (int r = b * BLOCK, until = Math.min(n, r + BLOCK); r < until; r++) {
        int row = r * l;
        for (int i = 0; i < l; i++) {
          double v = yd[row + i];
          int base = i * l;
          for (int j = i; j < l; j++) {
            g[base + j] += v * yd[row + j];
          }
        }
      }
      partial[b] = g;
    });
    DMatrixRMaj out = new DMatrixRMaj(l, l);
    double[] o = out.data;
    for (double[] g : partial) {
      for (int i = 0; i < l; i++) {
        for (int j = i; j < l; j++) {
          o[i * l + j] += g[i * l + j];
        }
      }
    }
    for (int i = 0; i < l; i++) {
      for (int j = 0; j < i; j++) {
        o[i * l + j] = o[j * l + i];
      }
    }
    return out;
  }

  /** Rows {@code from} (inclusive) to {@code until} (exclusive) of an output. */
  private interface RowRange {
    void run(int from, int until);
  }

  private static void forBlocks(int rows, RowRange body) {
    int blocks = (rows + BLOCK - 1) / BLOCK;
    IntStream.range(0, blocks).parallel().forEach(b -> body.run(b * BLOCK, Math.min(rows, (b + 1) * BLOCK)));
  }
}
