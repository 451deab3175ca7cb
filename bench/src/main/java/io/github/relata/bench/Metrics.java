package io.github.relata.bench;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Preconditions;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the quality of related lists: on a label corpus P@5, nDCG@10 and MRR exactly as {@code
 * shared/tools/score_related.py} does, on a link corpus Recall@10, hit@10 and MRR exactly as {@code
 * shared/tools/score_links.py} does; and the shape of the lists ({@link ListStats}).
 *
 * <p>On a label corpus, a query is a post with at least one label that shares a label with some other post. A returned
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
   * Returns the quality of the related lists in the metric of the corpus's kind.
   *
   * @param corpus the corpus with its labels or links
   * @param related each query's related ids, best first; queries without an entry have an empty list
   * @return {@link #linkScores} on a link corpus, else {@link #score}
   */
  public static Quality quality(Corpus corpus, Map<String, List<String>> related) {
    return corpus.isLinkCorpus() ? linkScores(corpus, related) : score(corpus, related);
  }

  /**
   * Returns Recall@10, hit@10 and MRR of the related lists on a link corpus, as {@code score_links.py}
   * computes them: a query's recall is the share of its linked posts in its first 10 entries.
   *
   * @param corpus a link corpus
   * @param related each query's related ids, best first; queries without an entry have an empty list
   * @return the mean scores over the links file's queries, and counts
   * @throws IllegalArgumentException if the corpus has no links
   */
  public static LinkScores linkScores(Corpus corpus, Map<String, List<String>> related) {
    checkNotNull(corpus, "corpus");
    checkNotNull(related, "related");
    Preconditions.checkArgument(corpus.isLinkCorpus(), "not a link corpus: %s", corpus.name());
    double recall = 0;
    double hit = 0;
    double mrr = 0;
    int empty = 0;
    int selfHits = 0;
    for (Map.Entry<String, Set<String>> query : corpus.links().entrySet()) {
      List<String> got = related.getOrDefault(query.getKey(), List.of());
      if (got.isEmpty()) {
        empty++;
      }
      if (got.contains(query.getKey())) {
        selfHits++;
      }
      int found = 0;
      int first = -1;
      for (int rank = 0; rank < Math.min(CUTOFF, got.size()); rank++) {
        if (query.getValue().contains(got.get(rank))) {
          found++;
          first = first < 0 ? rank : first;
        }
      }
      recall += (double) found / query.getValue().size();
      hit += found > 0 ? 1 : 0;
      mrr += first >= 0 ? 1.0 / (first + 1) : 0;
    }
    int n = corpus.links().size();
    return new LinkScores(recall / n, hit / n, mrr / n, n, empty, selfHits);
  }

  /**
   * Returns the shape of the lists: their mean length over the queries and, on a label corpus, the
   * off-topic share of the top 10 and the exposure of the query posts in the top-5 lists of every post.
   *
   * @param corpus the corpus with its labels or links
   * @param related each post's related ids, best first
   * @return the figures; those a link corpus cannot give are {@code NaN}
   */
  public static ListStats lists(Corpus corpus, Map<String, List<String>> related) {
    checkNotNull(corpus, "corpus");
    checkNotNull(related, "related");
    if (corpus.isLinkCorpus()) {
      double length = 0;
      for (String query : corpus.links().keySet()) {
        length += Math.min(CUTOFF, related.getOrDefault(query, List.of()).size());
      }
      return new ListStats(length / corpus.links().size(), Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
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
    Map<String, Integer> inDegree = new HashMap<>();
    for (int i = 0; i < posts.size(); i++) {
      if (relevantCount(posts.get(i), i, holders) > 0) {
        inDegree.put(posts.get(i).id(), 0);
      }
    }
    long entries = 0;
    long offTopic = 0;
    for (CorpusPost query : posts) {
      List<String> got = related.getOrDefault(query.id(), List.of());
      for (int rank = 0; rank < Math.min(PRECISION_CUTOFF, got.size()); rank++) {
        inDegree.computeIfPresent(got.get(rank), (id, degree) -> degree + 1);
      }
      if (!inDegree.containsKey(query.id())) {
        continue;
      }
      for (int rank = 0; rank < Math.min(CUTOFF, got.size()); rank++) {
        entries++;
        Set<String> labels = labelsById.getOrDefault(got.get(rank), Set.of());
        if (labels.stream().noneMatch(query.labels()::contains)) {
          offTopic++;
        }
      }
    }
    int queries = inDegree.size();
    int[] degrees = inDegree.values().stream().mapToInt(Integer::intValue).sorted().toArray();
    long total = 0;
    int never = 0;
    double weighted = 0;
    for (int i = 0; i < degrees.length; i++) {
      total += degrees[i];
      never += degrees[i] == 0 ? 1 : 0;
      weighted += (i + 1.0) * degrees[i];
    }
    double mean = (double) total / queries;
    int max = degrees.length == 0 ? 0 : degrees[degrees.length - 1];
    // Gini of sorted values: (2 * sum(i * x_i) / (n * sum x)) - (n + 1) / n, i from 1.
    double gini = total == 0 ? 0 : 2 * weighted / ((double) queries * total) - (queries + 1.0) / queries;
    return new ListStats((double) entries / queries, entries == 0 ? 0 : (double) offTopic / entries,
        (double) never / queries, total == 0 ? 0 : max / mean, gini);
  }

  /**
   * Returns the quality of the related lists on a label corpus.
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
