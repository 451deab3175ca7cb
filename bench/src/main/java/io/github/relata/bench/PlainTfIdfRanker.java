package io.github.relata.bench;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plain TF-IDF cosine baseline, defined exactly so that its figures can be reproduced elsewhere.
 *
 * <ul>
 *   <li>Text: title and body joined by a space, NFC-normalised, lower-cased with {@code Locale.ROOT},
 *       split on every code point that is not a letter or digit ({@link Character#isLetterOrDigit(int)});
 *       tokens shorter than 2 code points are dropped; no stop words, no stemming. Dates and tags are
 *       ignored.
 *   <li>Weight of term t in post d: {@code (1 + ln tf) * (ln((1 + N) / (1 + df)) + 1)}, where tf is the
 *       count of t in d, N the number of posts and df the number of posts containing t; each post's
 *       vector is L2-normalised.
 *   <li>Score: the exact cosine against every other post (dot products accumulated through an inverted
 *       index over all terms, no pruning).
 *   <li>Result: the top k by score among posts with score greater than 0 (posts that share at least one
 *       term), ties broken by id ascending ({@link String#compareTo}). A post that shares no term with
 *       any other gets an empty list rather than arbitrary zero-score posts.
 * </ul>
 *
 * <p>Not thread-safe: queries reuse a scratch array.
 */
public final class PlainTfIdfRanker implements Ranker {

  /** The name in reports: {@value}. */
  public static final String NAME = "plain-tfidf";

  private String[] ids = new String[0];
  private final Map<String, Integer> docById = new HashMap<>();
  private int[][] docTerms;
  private double[][] docWeights;
  private int[][] postingDocs;
  private double[][] postingWeights;
  private double[] scratch;
  private int[] touched;

  /** Creates an empty ranker; call {@link #index} before querying. */
  public PlainTfIdfRanker() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void index(List<CorpusPost> posts) {
    checkNotNull(posts, "posts");
    int n = posts.size();
    ids = new String[n];
    docById.clear();
    Map<String, Integer> termIds = new HashMap<>();
    List<Integer> dfs = new ArrayList<>();
    int[][] termCounts = new int[n][];
    docTerms = new int[n][];
    for (int d = 0; d < n; d++) {
      CorpusPost post = posts.get(d);
      ids[d] = post.id();
      checkArgument(docById.put(post.id(), d) == null, "duplicate post id: %s", post.id());
      TreeMap<Integer, Integer> counts = new TreeMap<>();
      for (String token : PlainTokenizer.tokens(post.title() + " " + post.body())) {
        Integer term = termIds.computeIfAbsent(token, t -> termIds.size());
        if (term == dfs.size()) {
          dfs.add(0);
        }
        counts.merge(term, 1, Integer::sum);
      }
      docTerms[d] = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
      termCounts[d] = counts.values().stream().mapToInt(Integer::intValue).toArray();
      for (int term : docTerms[d]) {
        dfs.set(term, dfs.get(term) + 1);
      }
    }
    docWeights = weights(termCounts, dfs, n);
    buildPostings(dfs);
    scratch = new double[n];
    touched = new int[n];
  }

  private double[][] weights(int[][] termCounts, List<Integer> dfs, int n) {
    double[][] weights = new double[n][];
    for (int d = 0; d < n; d++) {
      double[] w = new double[docTerms[d].length];
      double sumOfSquares = 0;
      for (int i = 0; i < w.length; i++) {
        double idf = Math.log((1.0 + n) / (1.0 + dfs.get(docTerms[d][i]))) + 1;
        w[i] = (1 + Math.log(termCounts[d][i])) * idf;
        sumOfSquares += w[i] * w[i];
      }
      double norm = Math.sqrt(sumOfSquares);
      for (int i = 0; i < w.length; i++) {
        w[i] /= norm;
      }
      weights[d] = w;
    }
    return weights;
  }

  private void buildPostings(List<Integer> dfs) {
    int terms = dfs.size();
    postingDocs = new int[terms][];
    postingWeights = new double[terms][];
    for (int t = 0; t < terms; t++) {
      postingDocs[t] = new int[dfs.get(t)];
      postingWeights[t] = new double[dfs.get(t)];
    }
    int[] filled = new int[terms];
    for (int d = 0; d < docTerms.length; d++) {
      for (int i = 0; i < docTerms[d].length; i++) {
        int t = docTerms[d][i];
        postingDocs[t][filled[t]] = d;
        postingWeights[t][filled[t]] = docWeights[d][i];
        filled[t]++;
      }
    }
  }

  @Override
  public List<String> related(String id, int k) {
    return scored(id, k).stream().map(RankedPost::id).toList();
  }

  @Override
  public List<RankedPost> scored(String id, int k) {
    checkNotNull(id, "id");
    checkArgument(k > 0, "k must be positive: %s", k);
    checkState(docTerms != null, "index(posts) must be called before related(id, k)");
    Integer query = docById.get(id);
    checkArgument(query != null, "unknown post id: %s", id);
    int touchedCount = 0;
    int[] terms = docTerms[query];
    double[] weights = docWeights[query];
    for (int i = 0; i < terms.length; i++) {
      int[] docs = postingDocs[terms[i]];
      double[] docWeightsOfTerm = postingWeights[terms[i]];
      for (int p = 0; p < docs.length; p++) {
        int d = docs[p];
        if (scratch[d] == 0) {
          touched[touchedCount++] = d;
        }
        scratch[d] += weights[i] * docWeightsOfTerm[p];
      }
    }
    TopK top = new TopK(k);
    for (int j = 0; j < touchedCount; j++) {
      int d = touched[j];
      if (d != query && scratch[d] > 0) {
        top.offer(ids[d], scratch[d]);
      }
      scratch[d] = 0;
    }
    return top.best();
  }

  @Override
  public String toString() {
    return NAME + "[posts=" + ids.length + ", terms=" + (postingDocs == null ? 0 : postingDocs.length) + "]";
  }
}
