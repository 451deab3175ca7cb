package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@link Signal#KEY_TERMS} signal, off by default: the share of the query post's ten strongest terms
 * (term frequency times idf) that are among the other post's ten strongest.
 */
final class KeyTermsSignalTest {

  private static final RelatedPosts KEY_TERMS_ONLY = RelatedPosts.builder()
      .weights(new Weights(0, 0, 0, 1, 0, 0, 0))
      .wordPairs(Options.WordPairs.IGNORED)
      .subwords(Options.Subwords.IGNORED)
      .minScore(0.01)
      .minRelativeScore(0)
      .exposureCorrection(0)
      .maxResults(10)
      .build();

  private static Article post(String id, String words) {
    return Article.builder(id, words).language("en").build();
  }

  @Test
  void theShareOfTheQuerysTenStrongestTermsAmongTheOthers() {
    String q = "zorbax quillon brindle vexmar tolquin snarvel plimsor drabbet kestrin yoltham";
    // b shares four of q's ten words and has ten in all; c shares two; d shares none.
    List<Article> site = List.of(
        post("q", q),
        post("b", "zorbax quillon brindle vexmar gammix holtern prisvel wendrak fillory mosteth"),
        post("c", "zorbax quillon urbanix cravel spondel tiflar grommet naxley orpheld quandry"),
        post("d", "lantern marsh fennel bracken hollow thistle bramble copse heath sedge"),
        post("e", "lantern marsh fennel bracken hollow thistle bramble copse heath moor"));
    ArticleIndex index = KEY_TERMS_ONLY.index(site);
    List<RelatedPost> related = index.relatedTo("q");
    assertEquals(List.of("b", "c"), related.stream().map(r -> r.article().id()).toList());
    assertEquals(0.4, related.get(0).contribution(Signal.KEY_TERMS), 1e-9);
    assertEquals(0.4, related.get(0).score(), 1e-9);
    assertEquals(0.2, related.get(1).contribution(Signal.KEY_TERMS), 1e-9);
    // Nine of e's ten words are d's.
    assertEquals(0.9, index.relatedTo("d").get(0).contribution(Signal.KEY_TERMS), 1e-9);
  }

  @Test
  void keyTermsAreCachedAPostOnlyWhereTheSignalIsWeighted() {
    List<Article> site = List.of(post("a", "zorbax quillon brindle"), post("b", "zorbax quillon vexmar"), post("c", "lantern marsh"));
    IndexSnapshot weighted = (IndexSnapshot) KEY_TERMS_ONLY.index(site);
    weighted.relatedTo("a");
    assertEquals(3, weighted.data().normCache().keyTerms.length);
    // Off by default: no slot a post.
    IndexSnapshot plain = (IndexSnapshot) RelatedPosts.withDefaults().index(site);
    plain.relatedTo("a");
    assertEquals(0, plain.data().normCache().keyTerms.length);
  }

  @Test
  void aPostsKeyTermsAreItsTenStrongest_tiesToTheSmallerId() {
    int[] terms = {5, 3, 9, 1, 7};
    double[] weights = {0.5, 2.0, 2.0, 0.1, 1.0};
    assertEquals(List.of(3, 7, 9), java.util.Arrays.stream(TermWeights.strongest(terms, weights, 3)).boxed().toList());
    assertEquals(List.of(3, 9), java.util.Arrays.stream(TermWeights.strongest(terms, weights, 2)).boxed().toList());
    assertEquals(List.of(1, 3, 5, 7, 9), java.util.Arrays.stream(TermWeights.strongest(terms, weights, 10)).boxed().toList());
    // Equal weights: the smaller ids.
    assertEquals(List.of(1, 3), java.util.Arrays.stream(TermWeights.strongest(terms, new double[5], 2)).boxed().toList());
  }
}
