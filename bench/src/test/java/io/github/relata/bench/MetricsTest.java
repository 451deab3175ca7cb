package io.github.relata.bench;

import static io.github.relata.bench.TestPosts.corpus;
import static io.github.relata.bench.TestPosts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class MetricsTest {

  private static final double EPSILON = 1e-12;

  /** 1 / log2(rank + 1) for 1-based ranks 1, 2, 3, 4. */
  private static final double D1 = 1.0;
  private static final double D2 = 1 / (Math.log(3) / Math.log(2));
  private static final double D3 = 0.5;
  private static final double D4 = 1 / (Math.log(5) / Math.log(2));

  /**
   * Labels: a{x} b{x} c{y} d{x,y} e{} f{z}. Queries are a, b, c, d (e has no label, f's label is its
   * own alone). Relevant posts: a: b,d; b: a,d; c: d; d: a,b,c.
   */
  private static final Corpus CORPUS = corpus(
      text("a", "one", "x"),
      text("b", "two", "x"),
      text("c", "three", "y"),
      text("d", "four", "x", "y"),
      text("e", "five"),
      text("f", "six", "z"));

  @Test
  void score_handMadeLists_matchHandComputedValues() {
    Map<String, List<String>> related = Map.of(
        "a", List.of("c", "b", "e", "d"), // gains 0 1 0 1, 2 relevant posts
        // b: no list, counts as empty
        "c", List.of("c", "d"), // self-hit (gain 0), then relevant; 1 relevant post
        "d", List.of("f", "a"), // gains 0 1, 3 relevant posts
        "e", List.of("a"), // not a query: ignored
        "f", List.of("a")); // not a query: ignored

    QualityScores scores = Metrics.score(CORPUS, related);

    double ndcgA = (D2 + D4) / (D1 + D2);
    double ndcgC = D2 / D1;
    double ndcgD = D2 / (D1 + D2 + D3);
    assertEquals(4, scores.queries());
    assertEquals(1, scores.emptyLists());
    assertEquals(1, scores.selfHits());
    assertEquals((2 / 5.0 + 0 + 1 / 5.0 + 1 / 5.0) / 4, scores.precisionAt5(), EPSILON);
    assertEquals(0.2, scores.precisionAt5(), EPSILON);
    assertEquals((ndcgA + 0 + ndcgC + ndcgD) / 4, scores.ndcgAt10(), EPSILON);
    assertEquals(0.394483, scores.ndcgAt10(), 1e-6);
    assertEquals((0.5 + 0 + 0.5 + 0.5) / 4, scores.mrr(), EPSILON);
  }

  @Test
  void score_perfectLists_scoreOne() {
    Map<String, List<String>> related = Map.of(
        "a", List.of("b", "d"),
        "b", List.of("a", "d"),
        "c", List.of("d"),
        "d", List.of("a", "b", "c"));

    QualityScores scores = Metrics.score(CORPUS, related);

    assertEquals(1.0, scores.ndcgAt10(), EPSILON);
    assertEquals(1.0, scores.mrr(), EPSILON);
    // P@5 is over 5 slots even when fewer posts are relevant.
    assertEquals((2 / 5.0 + 2 / 5.0 + 1 / 5.0 + 3 / 5.0) / 4, scores.precisionAt5(), EPSILON);
    assertEquals(0, scores.emptyLists());
    assertEquals(0, scores.selfHits());
  }

  @Test
  void score_presentButEmptyList_countsAsEmpty() {
    QualityScores scores = Metrics.score(CORPUS, Map.of("a", List.of()));

    assertEquals(4, scores.emptyLists());
    assertEquals(0.0, scores.ndcgAt10(), EPSILON);
  }

  @Test
  void score_onlyFirstTenEntriesCountButSelfHitAnywhereCounts() {
    List<CorpusPost> posts = new ArrayList<>();
    posts.add(text("q", "query", "x"));
    posts.add(text("r", "relevant", "x"));
    for (int i = 0; i < 12; i++) {
      posts.add(text("n" + i, "noise", "y" + i));
    }
    Corpus corpus = new Corpus("cutoff", posts);
    List<String> list = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      list.add("n" + i);
    }
    list.add("r"); // rank 11: too late to count
    list.add("q"); // rank 12: a self-hit all the same

    QualityScores scores = Metrics.score(corpus, Map.of("q", list, "r", List.of("q")));

    assertEquals(2, scores.queries()); // q and r; the n posts have labels of their own
    assertEquals(1, scores.selfHits());
    assertEquals(0, scores.emptyLists());
    assertEquals((0 + 1.0) / 2, scores.mrr(), EPSILON);
    assertEquals((0 + 1.0) / 2, scores.ndcgAt10(), EPSILON);
  }

  @Test
  void score_manyRelevantPosts_idealDcgUsesTen() {
    List<CorpusPost> posts = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      posts.add(text("p" + i, "post", "x"));
    }
    Corpus corpus = new Corpus("many", posts);
    // Each list holds 10 relevant posts: nDCG is 1 although 14 are relevant.
    Map<String, List<String>> related = new HashMap<>();
    for (CorpusPost post : posts) {
      related.put(post.id(), posts.stream().map(CorpusPost::id).filter(id -> !id.equals(post.id())).limit(10).toList());
    }

    QualityScores scores = Metrics.score(corpus, related);

    assertEquals(15, scores.queries());
    assertEquals(1.0, scores.ndcgAt10(), EPSILON);
    assertEquals(1.0, scores.precisionAt5(), EPSILON);
  }

  @Test
  void score_unknownIdsInLists_areNotRelevant() {
    QualityScores scores = Metrics.score(CORPUS, Map.of("a", List.of("nope", "b")));

    assertTrue(scores.mrr() > 0);
    assertEquals(0.5 / 4, scores.mrr(), EPSILON);
  }

  @Test
  void toReferenceFormat_printsLikeTheReferenceScorer() {
    QualityScores scores = new QualityScores(0.5125, 0.0005, 1, 3, 0, 0);

    // Python rounds the exact binary value half-even: 0.5125 is 0.51249999..., 0.0005 is 0.000500000...01.
    assertEquals("P@5=0.512 nDCG@10=0.001 MRR=1.000 queries=3 empty=0 self=0", scores.toReferenceFormat());
  }

  @Test
  void linkScores_handMadeLists_matchHandComputedValues() {
    Corpus corpus = new Corpus("links", CORPUS.posts(), Map.of(
        "a", java.util.Set.of("b", "c"),
        "b", java.util.Set.of("e"),
        "c", java.util.Set.of("f")));
    Map<String, List<String>> related = Map.of(
        "a", List.of("d", "c", "b"), // both found, first at rank 2
        "b", List.of("b", "a"), // a self-hit, nothing linked
        "d", List.of("a")); // not a query: ignored; c has no list

    LinkScores scores = Metrics.linkScores(corpus, related);

    assertEquals(3, scores.queries());
    assertEquals(1, scores.emptyLists());
    assertEquals(1, scores.selfHits());
    assertEquals((1.0 + 0 + 0) / 3, scores.recallAt10(), EPSILON);
    assertEquals(1 / 3.0, scores.hitAt10(), EPSILON);
    assertEquals(0.5 / 3, scores.mrr(), EPSILON);
    assertEquals("Recall@10=0.333 hit@10=0.333 MRR=0.167 queries=3 empty=1 self=1", scores.toReferenceFormat());
  }

  @Test
  void linkScores_recallCountsOnlyTheFirstTen() {
    List<CorpusPost> posts = new ArrayList<>();
    List<String> list = new ArrayList<>();
    posts.add(text("q", "query"));
    for (int i = 0; i < 11; i++) {
      posts.add(text("n" + i, "noise"));
      list.add("n" + i);
    }
    Corpus corpus = new Corpus("late", posts, Map.of("q", java.util.Set.of("n0", "n10")));

    LinkScores scores = Metrics.linkScores(corpus, Map.of("q", list));

    assertEquals(0.5, scores.recallAt10(), EPSILON);
    assertEquals(1.0, scores.mrr(), EPSILON);
  }

  @Test
  void lists_offTopicShareAndExposure_matchHandComputedValues() {
    // Queries a, b, c, d. Top-5 in-degrees, from every post's list: a 2 (d, e), b 2 (a, c), c 1 (e),
    // d 3 (a, b, c); mean 2.
    Map<String, List<String>> related = Map.of(
        "a", List.of("b", "d", "e"), // e shares no label with a: off topic
        "b", List.of("d"),
        "c", List.of("b", "d"), // b shares no label with c: off topic
        "d", List.of("a"),
        "e", List.of("a", "c")); // not a query: its top 5 still counts for exposure, but not its off-topic share

    ListStats lists = Metrics.lists(CORPUS, related);

    assertEquals((3 + 1 + 2 + 1) / 4.0, lists.meanLength(), EPSILON);
    assertEquals(2 / 7.0, lists.offTopicShare(), EPSILON);
    assertEquals(0.0, lists.neverShownShare(), EPSILON);
    assertEquals(3 / 2.0, lists.maxInDegreeRatio(), EPSILON);
    // Sorted 1, 2, 2, 3: 2 * (1 + 4 + 6 + 12) / (4 * 8) - 5 / 4.
    assertEquals(2 * 23.0 / 32 - 5 / 4.0, lists.gini(), EPSILON);
  }

  @Test
  void lists_postsInNoList_areNeverShown() {
    ListStats lists = Metrics.lists(CORPUS, Map.of("a", List.of("b"), "b", List.of("a")));

    assertEquals(0.5, lists.neverShownShare(), EPSILON); // c and d
    assertEquals(1 / 0.5, lists.maxInDegreeRatio(), EPSILON);
  }

  @Test
  void lists_onALinkCorpus_giveOnlyTheMeanLength() {
    Corpus corpus = new Corpus("links", CORPUS.posts(), Map.of("a", java.util.Set.of("b")));

    ListStats lists = Metrics.lists(corpus, Map.of("a", List.of("b", "c")));

    assertEquals(2.0, lists.meanLength(), EPSILON);
    assertTrue(Double.isNaN(lists.offTopicShare()));
    assertTrue(Double.isNaN(lists.gini()));
  }
}
