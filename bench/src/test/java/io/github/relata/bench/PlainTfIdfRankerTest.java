package io.github.relata.bench;

import static io.github.relata.bench.TestPosts.post;
import static io.github.relata.bench.TestPosts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

final class PlainTfIdfRankerTest {

  private static PlainTfIdfRanker indexed(CorpusPost... posts) {
    PlainTfIdfRanker ranker = new PlainTfIdfRanker();
    ranker.index(List.of(posts));
    return ranker;
  }

  @Test
  void scored_threePosts_matchHandComputedCosine() {
    PlainTfIdfRanker ranker = indexed(text("d1", "aa bb"), text("d2", "aa cc"), text("d3", "dd ee"));

    // N = 3; idf(aa) = ln(4/3) + 1 (df 2), idf(bb) = idf(cc) = ln(4/2) + 1 (df 1); tf = 1 everywhere.
    double idfShared = Math.log(4.0 / 3) + 1;
    double idfOwn = Math.log(4.0 / 2) + 1;
    double cosine = idfShared * idfShared / (idfShared * idfShared + idfOwn * idfOwn);
    List<RankedPost> related = ranker.scored("d1", 5);

    assertEquals(1, related.size()); // d3 shares nothing: score 0, not returned
    assertEquals("d2", related.get(0).id());
    assertEquals(cosine, related.get(0).score(), 1e-12);
    assertEquals(0.366447, related.get(0).score(), 1e-6);
    assertEquals(List.of(), ranker.related("d3", 5));
  }

  @Test
  void scored_repeatedTerm_usesSublinearTf() {
    PlainTfIdfRanker ranker = indexed(text("q", "aa aa bb"), text("r", "aa bb"), text("x", "cc"));

    // df(aa) = df(bb) = 2 so both have the same idf: q = (1 + ln 2, 1), r = (1, 1).
    double tf = 1 + Math.log(2);
    double cosine = (tf + 1) / (Math.sqrt(tf * tf + 1) * Math.sqrt(2));
    assertEquals(cosine, ranker.scored("q", 1).get(0).score(), 1e-12);
  }

  @Test
  void related_ordersByScore_breaksTiesById_andRespectsK() {
    PlainTfIdfRanker ranker = indexed(
        text("q", "apple banana"),
        text("a2", "apple cherry"),
        text("zz", "apple banana"),
        text("a1", "apple cherry"),
        text("none", "durian"));

    assertEquals(List.of("zz", "a1", "a2"), ranker.related("q", 10)); // a1, a2 tie: id ascending
    assertEquals(List.of("zz", "a1"), ranker.related("q", 2));
    assertEquals(List.of("q", "a1", "a2"), ranker.related("zz", 3));
  }

  @Test
  void related_identicalPosts_tieBrokenByIdAscending() {
    PlainTfIdfRanker ranker = indexed(text("c", "same words"), text("b", "same words"), text("a", "same words"));

    assertEquals(List.of("b", "c"), ranker.related("a", 5));
    assertEquals(List.of("a", "c"), ranker.related("b", 5));
    assertEquals(List.of("a", "b"), ranker.related("c", 5));
  }

  @Test
  void related_usesTitleAndBodyJoinedBySpace() {
    PlainTfIdfRanker ranker = indexed(post("q", "kitten", "mittens"), text("r", "kittenmittens"),
        text("s", "mittens"));

    // "kitten" + " " + "mittens": the title's last word is not glued to the body's first.
    assertEquals(List.of("s"), ranker.related("q", 5));
  }

  @Test
  void related_neverReturnsTheQueryPost() {
    PlainTfIdfRanker ranker = indexed(text("a", "x1 y1"), text("b", "x1 y1"), text("c", "x1"));

    for (String id : List.of("a", "b", "c")) {
      assertFalse(ranker.related(id, 10).contains(id), id);
    }
  }

  @Test
  void related_unknownId_throwsNamingId() {
    PlainTfIdfRanker ranker = indexed(text("a", "words"));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ranker.related("nope", 3));

    assertEquals("unknown post id: nope", e.getMessage());
  }

  @Test
  void related_nonPositiveK_throwsNamingValue() {
    PlainTfIdfRanker ranker = indexed(text("a", "words"));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ranker.related("a", 0));

    assertEquals("k must be positive: 0", e.getMessage());
  }

  @Test
  void related_beforeIndex_throwsIllegalState() {
    assertThrows(IllegalStateException.class, () -> new PlainTfIdfRanker().related("a", 3));
  }

  @Test
  void index_ignoresLabels() {
    PlainTfIdfRanker labelled = indexed(text("a", "aa bb", "x"), text("b", "aa", "x"), text("c", "bb", "y"));
    PlainTfIdfRanker unlabelled = indexed(text("a", "aa bb"), text("b", "aa"), text("c", "bb"));

    assertEquals(unlabelled.scored("a", 5), labelled.scored("a", 5));
  }
}
