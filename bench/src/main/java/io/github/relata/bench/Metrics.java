package io.github.relata.bench;

import static io.github.relata.bench.Checks.checkNotNull;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes P@5, nDCG@10 and MRR of related lists exactly as {@code shared/tools/score_related.py} does.
 *
 * <p>A query is a post with at least one label that shares a label with some other post. A returned
 * post is relevant (gain 1) when it is not the query and shares a label with it. Only the first 10
 * entries of a list count, except that a self-hit anywhere in the list is counted. A query without a
 * list counts as an empty list. Means are taken over queries, summed in corpus order.
 */
public final class Metrics {

  static final int CUTOFF = 10;
  static final int PRECISION_CUTOFF = 5;

  private static final double[] DISCOUNT = discounts();

  private Metrics() {}

  private static double[] discounts() {
    double[] discount = new double[CUTOFF];
    for (int rank = 0; rank < CUTOFF; rank++) {
      discount[rank] = 1 / (Math.log(rank + 2) / Math.log(2));
    }
    return discount;
  }

  /**
   * Returns the quality of the related lists on the corpus.
   *
   * @param corpus the corpus with its labels
   * @param related each post's related ids, best first; posts without an entry have an empty list
   * @return the mean scores and counts
   */
  public static QualityScores score(Corpus corpus, Map<String, List<String>> related) {
    checkNotNull(corpus, "corpus");
    checkNotNull(related, "related");
    List<CorpusPost> posts = corpus.posts();
    Map<String, Set<String>> labelsById = new HashMap<>();
    Map<String, BitSet> holders = new HashMap<>();
    for (int i = 0; i < posts.size(); i++) {
      CorpusPost post = posts.get(i);
      labelsById.put(post.id(), post.labels());
      for (String label : post.labels()) {
        holders.computeIfAbsent(label, l -> new BitSet(posts.size())).set(i);
      }
    }
    double p5 = 0;
    double ndcg = 0;
    double mrr = 0;
    int queries = 0;
    int empty = 0;
    int selfHits = 0;
    for (int i = 0; i < posts.size(); i++) {
      CorpusPost query = posts.get(i);
      int relevant = relevantCount(query, i, holders);
      if (relevant == 0) {
        continue;
      }
      queries++;
      List<String> got = related.getOrDefault(query.id(), List.of());
      if (got.isEmpty()) {
        empty++;
      }
      if (got.contains(query.id())) {
        selfHits++;
      }
      double[] gains = gains(query, got, labelsById);
      p5 += hits(gains, PRECISION_CUTOFF) / PRECISION_CUTOFF;
      ndcg += dcg(gains) / idealDcg(Math.min(CUTOFF, relevant));
      mrr += reciprocalRank(gains);
    }
    return new QualityScores(p5 / queries, ndcg / queries, mrr / queries, queries, empty, selfHits);
  }

  private static int relevantCount(CorpusPost query, int index, Map<String, BitSet> holders) {
    if (query.labels().isEmpty()) {
      return 0;
    }
    BitSet union = new BitSet();
    for (String label : query.labels()) {
      union.or(holders.get(label));
    }
    union.clear(index);
    return union.cardinality();
  }

  private static double[] gains(CorpusPost query, List<String> got, Map<String, Set<String>> labelsById) {
    double[] gains = new double[Math.min(CUTOFF, got.size())];
    for (int rank = 0; rank < gains.length; rank++) {
      String id = got.get(rank);
      Set<String> labels = labelsById.getOrDefault(id, Set.of());
      boolean shares = !id.equals(query.id()) && labels.stream().anyMatch(query.labels()::contains);
      gains[rank] = shares ? 1.0 : 0.0;
    }
    return gains;
  }

  private static double hits(double[] gains, int cutoff) {
    double sum = 0;
    for (int rank = 0; rank < Math.min(cutoff, gains.length); rank++) {
      sum += gains[rank];
    }
    return sum;
  }

  private static double dcg(double[] gains) {
    double sum = 0;
    for (int rank = 0; rank < gains.length; rank++) {
      sum += gains[rank] * DISCOUNT[rank];
    }
    return sum;
  }

  private static double idealDcg(int relevant) {
    double sum = 0;
    for (int rank = 0; rank < relevant; rank++) {
      sum += DISCOUNT[rank];
    }
    return sum;
  }

  private static double reciprocalRank(double[] gains) {
    for (int rank = 0; rank < gains.length; rank++) {
      if (gains[rank] > 0) {
        return 1.0 / (rank + 1);
      }
    }
    return 0;
  }
}
