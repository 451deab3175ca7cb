package io.github.relata;

import io.github.relata.internal.RandomizedSvd;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ejml.data.DMatrixSparseCSC;

/**
 * What an index's structures hold and what a query and the latent space's SVD must do, counted from the
 * index itself, for the bench's {@code limits} command: the entropy of the posts' incidence of terms against
 * the bytes that store it, the postings entries and candidate bytes a query reads, and the floating-point
 * work of the SVD with its time.
 *
 * <p>The one bench class in core's package: it reads package-private structures to count them, and is not
 * an API; nothing in core calls it.
 */
public final class IndexFigures {

  private IndexFigures() {}

  /**
   * An index's storage: bits at entropy and bytes as stored, each a post.
   *
   * @param posts the live posts
   * @param incidenceEntropyBytes {@code sum over terms of log2 C(N, df)} / 8 / N for words, n-grams and labels
   * @param pairEntropyBytes the same for word pairs (by their hash)
   * @param postingsBytes postings (words and labels) as stored
   * @param postingsEntries postings entries a post
   * @param forwardBytes the analysed forms as stored (words, pairs, n-grams, labels, title, frequencies)
   * @param forwardEntries entries of the analysed forms a post: words, pairs, n-grams and labels
   * @param articleBytes the articles as stored
   * @param latentBytes the latent vectors' arrays (components and scale)
   */
  public record Storage(
      int posts, double incidenceEntropyBytes, double pairEntropyBytes, double postingsBytes, double postingsEntries,
      double forwardBytes, double forwardEntries, double articleBytes, double latentBytes) {}

  /**
   * What queries read, averaged over the sampled queries.
   *
   * @param queries how many queries were counted
   * @param postingsEntries postings entries candidate search reads
   * @param lists the postings lists it reads them from
   * @param postingsBytes their bytes, at the index's mean bytes an entry
   * @param candidates posts scored exactly
   * @param candidateBytes the bytes of their analysed forms that scoring decodes (n-grams only for a query with n-grams)
   * @param candidateEntries the entries of those forms: words, pairs, labels and (where read) n-grams
   */
  public record Query(int queries, double postingsEntries, double lists, double postingsBytes, double candidates, double candidateBytes, double candidateEntries) {}

  /**
   * The SVD of the latent space: its shape and work, and its time alone (best of the runs).
   *
   * @param rows training posts
   * @param columns basis terms
   * @param nonZeros entries of the training matrix
   * @param rank the dimensions asked for
   * @param sketch the sketch's width (rank plus oversampling)
   * @param sparseFlops floating-point operations of the six sparse products
   * @param denseFlops those of the dense products (Cholesky QR's Gram matrices and triangular products, the
   *     final Gram matrix and product)
   * @param seconds the SVD's best time
   */
  public record Svd(int rows, int columns, long nonZeros, int rank, int sketch, double sparseFlops, double denseFlops, double seconds) {}

  /** Counts the storage of {@code index}, a snapshot built by {@link RelatedPosts#index}. */
  public static Storage storage(ArticleIndex index) {
    IndexData data = ((IndexSnapshot) index).data();
    List<Doc> docs = data.liveDocs();
    int n = docs.size();
    double[] logFactorial = logFactorials(n);
    double bits = 0;
    long entries = 0;
    double postingsBytes = 0;
    Set<byte[]> shared = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int t = 0; t < data.nextTermId(); t++) {
      int df = data.df(t);
      if (df > 0 && df <= n) {
        bits += log2Choose(logFactorial, n, df);
      }
      for (Postings p = data.postingsOf(t); p != null; p = p.older()) {
        if (p.isEncoded()) {
          if (shared.add(p.weightArray())) {
            postingsBytes += p.weightArray().length;
          }
        } else {
          postingsBytes += 5.0 * p.length(); // an int ordinal and a weight byte
        }
        entries += p.length();
      }
    }
    Map<Integer, Integer> pairDf = new HashMap<>();
    long forwardBytes = 0;
    long forwardEntries = 0;
    long articleBytes = 0;
    long latentBytes = 0;
    for (Doc doc : docs) {
      DocVectors v = doc.vectors();
      for (int i = 0; i < v.pairs.length; i++) {
        pairDf.merge(v.pairHash(i), 1, Integer::sum);
      }
      forwardBytes += doc.encodedSize();
      forwardEntries += v.terms.length + v.pairs.length + v.grams.length + v.labels.length;
      articleBytes += doc.articleSize();
      latentBytes += doc.hasLatent() ? LatentVector.bytes(doc.latentDimensions()) : 0;
    }
    double pairBits = 0;
    for (int df : pairDf.values()) {
      pairBits += log2Choose(logFactorial, n, df);
    }
    return new Storage(n, bits / 8 / n, pairBits / 8 / n, postingsBytes / n, (double) entries / n, (double) forwardBytes / n,
        (double) forwardEntries / n, (double) articleBytes / n, (double) latentBytes / n);
  }

  /**
   * Counts what candidate search and exact scoring read for {@code queries} posts spread evenly over the
   * index, as {@link Candidates#find} and {@link Signals} read them for a list of ten with no filter; the
   * postings' bytes at the mean bytes an entry of {@code storage}, the index's own {@link #storage}.
   */
  public static Query queries(ArticleIndex index, Storage storage, int queries) {
    IndexData data = ((IndexSnapshot) index).data();
    double bytesPerEntry = storage.postingsBytes() / Math.max(storage.postingsEntries(), 1e-9);
    TermWeights weights = new TermWeights(data);
    int n = data.ordinalCount();
    int maxDf = Candidates.maxDf(data.liveCount());
    long postings = 0;
    long lists = 0;
    long candidates = 0;
    long candidateBytes = 0;
    long candidateEntries = 0;
    int counted = 0;
    for (int q = 0; q < queries && q < n; q++) {
      int self = (int) ((long) q * n / Math.min(queries, n));
      Doc doc = data.doc(self);
      if (doc == null) {
        continue;
      }
      QueryVector query = new QueryVector(doc, self, weights, true);
      long[] read = postingsRead(data, query, maxDf);
      postings += read[0];
      lists += read[1];
      int[] found = Candidates.find(data, query, Scorer.MIN_CANDIDATES, null);
      candidates += found.length;
      boolean grams = query.gramNorm > 0;
      for (int o : found) {
        Doc c = data.doc(o);
        DocVectors v = c.vectors(grams);
        candidateEntries += v.terms.length + v.pairs.length + v.grams.length + v.labels.length;
        candidateBytes += grams ? c.encodedSize() : bytesBeforeGrams(c, v);
      }
      counted++;
    }
    return new Query(counted, (double) postings / counted, (double) lists / counted, postings * bytesPerEntry / counted, (double) candidates / counted,
        (double) candidateBytes / counted, (double) candidateEntries / counted);
  }

  /**
   * The postings entries {@link Candidates}' search reads for {@code query} and the lists they are in, by the
   * same rules (not counting the common terms it adds back when too few candidates are found without them).
   */
  private static long[] postingsRead(IndexData data, QueryVector query, int maxDf) {
    int budget = Math.max(Postings.IMPACT_BUDGET, Scorer.MIN_CANDIDATES);
    long read = 0;
    int used = 0;
    for (long key : Candidates.byWeight(query.weights)) {
      if (used >= Candidates.QUERY_TERMS) {
        break;
      }
      Postings p = data.postingsOf(query.vectors.terms[(int) key]);
      if (p == null || p.df() < 2 || p.df() > maxDf) {
        continue;
      }
      used++;
      read += Math.min(p.df(), budget);
    }
    int lists = used;
    for (int label : query.vectors.labels) {
      Postings p = data.postingsOf(label);
      if (p != null && p.df() >= 2) {
        read += Math.min(p.df(), budget);
        lists++;
      }
    }
    return new long[] {read, lists};
  }

  /** The bytes of a form up to its n-grams, which a query without n-grams does not read: the re-encoded form without them. */
  private static long bytesBeforeGrams(Doc c, DocVectors v) {
    if (v.grams.length == 0) {
      return c.encodedSize();
    }
    return DocEncoding.encode(new DocVectors(v.length, v.stableNorm, v.terms, v.storedTfs(), v.pairs, v.storedPairTfs(), new int[0], new char[0],
        v.labels, v.titlePositions)).length;
  }

  /**
   * Builds the latent space's training matrix as {@link LatentSpace#learn} does and times its SVD alone,
   * {@code runs} times, with the work it does.
   */
  public static Svd svd(ArticleIndex index, int runs) {
    IndexData data = ((IndexSnapshot) index).data();
    List<Doc> training = LatentSpace.sample(data.liveDocs());
    int[] ranks = LatentColumns.ranks(IndexBuilder.keys(data), data.nextTermId());
    List<Long> basis = LatentSpace.basis(training, ranks);
    int rows = training.size();
    int columns = basis.size();
    int k = Math.min(data.engine().options().latentDimensions(), Math.min(rows / 3, columns / 2));
    LatentColumns latentColumns = new LatentColumns(data.nextTermId(), basis, ranks);
    double[] globalWeight = new double[columns];
    LatentSpace.logEntropyWeights(training, latentColumns, globalWeight);
    DMatrixSparseCSC matrix = LatentSpace.matrix(training, latentColumns, globalWeight, columns);
    int l = Math.min(k + LatentSpace.OVERSAMPLING, Math.min(rows, columns));
    double best = Double.POSITIVE_INFINITY;
    for (int r = 0; r < runs; r++) {
      long start = System.nanoTime();
      RandomizedSvd.rightSingularVectors(matrix, k, LatentSpace.OVERSAMPLING, LatentSpace.POWER_ITERATIONS, LatentSpace.SEED);
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
    }
    long nz = matrix.nz_length;
    int products = 2 + 2 * LatentSpace.POWER_ITERATIONS; // A Omega, then A^T Q and A Z each round, and B^T = A^T Q
    double sparse = products * 2.0 * nz * l;
    // Cholesky QR twice a basis: a Gram matrix (2 r l^2) and a triangular product (r l^2) a step, two steps;
    // bases of A's row count (1 + q of them) and of its column count (q).
    double perRow = 2 * (2.0 * l * l + (double) l * l);
    double dense = perRow * ((1 + LatentSpace.POWER_ITERATIONS) * (double) rows + LatentSpace.POWER_ITERATIONS * (double) columns)
        + 2.0 * columns * l * l + 2.0 * columns * l * k;
    return new Svd(rows, columns, nz, k, l, sparse, dense, best);
  }

  private static double[] logFactorials(int n) {
    double[] f = new double[n + 1];
    for (int i = 1; i <= n; i++) {
      f[i] = f[i - 1] + Math.log(i);
    }
    return f;
  }

  private static double log2Choose(double[] logFactorial, int n, int k) {
    return (logFactorial[n] - logFactorial[k] - logFactorial[n - k]) / Math.log(2);
  }
}
