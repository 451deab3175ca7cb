package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each setting of the builder at the edges of its range, with its message, and the three choices that turn
 * a part of the engine off (newer posts, word pairs, subwords) doing so.
 */
final class OptionRulesTest {

  private static String error(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  @Test
  void eachSettingsRange_itsEdgesIncludedOrNot() {
    assertEquals(1, RelatedPosts.builder().maxResults(1).build().options().maxResults());
    assertEquals("maxResults must be at least 1: 0", error(() -> RelatedPosts.builder().maxResults(0)));
    assertEquals(0, RelatedPosts.builder().minScore(0).build().options().minScore());
    assertEquals("minScore must be in [0, 1): 1.0", error(() -> RelatedPosts.builder().minScore(1)));
    assertEquals("minScore must be in [0, 1): -0.01", error(() -> RelatedPosts.builder().minScore(-0.01)));
    assertEquals(0, RelatedPosts.builder().minRelativeScore(0).build().options().minRelativeScore());
    assertEquals("minRelativeScore must be in [0, 1): 1.0", error(() -> RelatedPosts.builder().minRelativeScore(1)));
    assertEquals("minRelativeScore must be in [0, 1): -0.5", error(() -> RelatedPosts.builder().minRelativeScore(-0.5)));
    assertEquals(1, RelatedPosts.builder().exposureCorrection(1).build().options().exposureCorrection());
    assertEquals(0, RelatedPosts.builder().exposureCorrection(0).build().options().exposureCorrection());
    assertEquals("exposureCorrection must be in [0, 1]: 1.5", error(() -> RelatedPosts.builder().exposureCorrection(1.5)));
    assertEquals("exposureCorrection must be in [0, 1]: -0.1", error(() -> RelatedPosts.builder().exposureCorrection(-0.1)));
    assertEquals(0, RelatedPosts.builder().latentDimensions(0).build().options().latentDimensions());
    assertEquals(1000, RelatedPosts.builder().latentDimensions(1000).build().options().latentDimensions());
    assertEquals("latentDimensions must be in [0, 1000]: 1001", error(() -> RelatedPosts.builder().latentDimensions(1001)));
    assertEquals("latentDimensions must be in [0, 1000]: -1", error(() -> RelatedPosts.builder().latentDimensions(-1)));
    assertEquals(20_000, RelatedPosts.withDefaults().options().latentTrainingPosts());
    assertEquals(100, RelatedPosts.builder().latentTrainingPosts(100).build().options().latentTrainingPosts());
    assertEquals(1_000_000, RelatedPosts.builder().latentTrainingPosts(1_000_000).build().options().latentTrainingPosts());
    assertEquals("latentTrainingPosts must be in [100, 1000000]: 99", error(() -> RelatedPosts.builder().latentTrainingPosts(99)));
    assertEquals("latentTrainingPosts must be in [100, 1000000]: 1000001",
        error(() -> RelatedPosts.builder().latentTrainingPosts(1_000_001)));
    assertEquals("latentTrainingPosts was already set to 500", assertThrows(IllegalStateException.class,
        () -> RelatedPosts.builder().latentTrainingPosts(500).latentTrainingPosts(600)).getMessage());
  }

  @Test
  void fieldWeights_eachFiniteAndAtLeastZero_oneOfThemPositive() {
    for (double[] w : new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}) {
      RelatedPosts.builder().fieldWeights(w[0], w[1], w[2]).build();
    }
    assertEquals("field weights must be finite and >= 0: 1.0, -0.5, 1.0", error(() -> RelatedPosts.builder().fieldWeights(1, -0.5, 1)));
    assertEquals("field weights must be finite and >= 0: 1.0, 1.0, NaN", error(() -> RelatedPosts.builder().fieldWeights(1, 1, Double.NaN)));
    assertEquals("at least one field weight must be positive: 0.0, 0.0, 0.0", error(() -> RelatedPosts.builder().fieldWeights(0, 0, 0)));
  }

  @Test
  void theDefaultListLengthMustFitTheLimits() {
    Limits limits = new Limits(1000, 10, 5, 100);
    assertEquals(5, RelatedPosts.builder().maxResults(5).limits(limits).build().options().maxResults());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> RelatedPosts.builder().maxResults(6).limits(limits).build());
    assertEquals("maxResults 6 is over the limits' maxResults 5", e.getMessage());
  }

  private static List<String> ids(List<RelatedPost> list) {
    return list.stream().map(r -> r.article().id()).toList();
  }

  @Test
  void newerPostsExcluded_listsOnlyOlderOnes() {
    List<Article> site = List.of(
        Article.builder("old", "Cohesion funds for regional innovation").published(LocalDate.of(2017, 3, 1)).build(),
        Article.builder("q", "Regional innovation and the cohesion funds").published(LocalDate.of(2018, 3, 14)).build(),
        Article.builder("new", "The cohesion funds and regional innovation again").published(LocalDate.of(2019, 5, 2)).build(),
        Article.builder("x", "Harbour cranes in Gothenburg").published(LocalDate.of(2018, 1, 1)).build());
    assertEquals(List.of("new", "old"), ids(RelatedPosts.builder().build().index(site).relatedTo("q")).stream().sorted().toList());
    assertEquals(List.of("old"), ids(RelatedPosts.builder().newerPosts(Options.NewerPosts.EXCLUDED).build().index(site).relatedTo("q")));
  }

  @Test
  void wordPairsIgnored_noPhraseIsATerm() {
    List<Article> site = List.of(
        Article.builder("q", "Smart specialisation in regional policy").build(),
        Article.builder("a", "Regional policy and smart specialisation").build(),
        Article.builder("x", "Harbour cranes in Gothenburg").build(),
        Article.builder("y", "Tulips in the botanical garden").build());
    List<String> withPairs = RelatedPosts.builder().build().index(site).relatedTo("q").get(0).sharedTerms();
    assertTrue(withPairs.stream().anyMatch(t -> t.contains(" ")), "a phrase: " + withPairs);
    List<String> words = RelatedPosts.builder().wordPairs(Options.WordPairs.IGNORED).build().index(site).relatedTo("q").get(0).sharedTerms();
    assertFalse(words.stream().anyMatch(t -> t.contains(" ")), "words only: " + words);
  }

  @Test
  void subwordsIgnored_compoundsMatchOnlyWhole() {
    // Two Swedish posts that share one word (so that each finds the other) and compounds that share only
    // their parts: matched by their 5-grams, the compounds add to the text score.
    List<Article> site = List.of(
        Article.builder("q", "Landsbygdsutvecklingen i Norrbotten: rapporten").language("sv").build(),
        Article.builder("a", "Landsbygdsutvecklare i Västerbotten: rapporten").language("sv").build(),
        Article.builder("x", "Hamnkranar i Göteborg").language("sv").build(),
        Article.builder("y", "Tulpaner i botaniska trädgården").language("sv").build());
    RelatedPost matched = RelatedPosts.builder().minScore(0.001).minRelativeScore(0).exposureCorrection(0).build().index(site)
        .relatedTo("q").get(0);
    RelatedPost whole = RelatedPosts.builder().minScore(0.001).minRelativeScore(0).exposureCorrection(0).subwords(Options.Subwords.IGNORED)
        .build().index(site).relatedTo("q").get(0);
    assertEquals("a", matched.article().id());
    assertEquals("a", whole.article().id());
    assertTrue(matched.contribution(Signal.TEXT) > 1.2 * whole.contribution(Signal.TEXT), matched + " against " + whole);
  }
}
