package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import io.github.relata.analysis.Analyzer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

final class RelatedPostsTest {

  @Test
  void defaultsAreTheDocumentedConstants() {
    Options o = RelatedPosts.withDefaults().options();
    assertEquals(Weights.DEFAULT, o.weights());
    assertEquals(Options.DEFAULT_MAX_RESULTS, o.maxResults());
    assertEquals(Options.DEFAULT_TITLE_WEIGHT, o.titleWeight());
    assertEquals(Options.DEFAULT_DATE_HALF_LIFE, o.dateHalfLife());
    assertEquals(Options.DEFAULT_LANGUAGE, o.defaultLanguage());
    assertEquals(Options.DEFAULT_LATENT_DIMENSIONS, o.latentDimensions());
    assertEquals(TermWeighting.TF_IDF, o.termWeighting());
    assertEquals(Options.LanguageScope.SAME_LANGUAGE, o.languageScope());
    assertEquals(Options.NewerPosts.INCLUDED, o.newerPosts());
    assertEquals(Options.WordPairs.INDEXED, o.wordPairs());
    assertEquals(Options.Subwords.MATCHED, o.subwords());
    assertEquals(Options.Bodies.DROPPED, o.bodies());
  }

  @Test
  void optionsToStringPrintsEverySetting() {
    String text = RelatedPosts.builder().maxAge(Duration.ofDays(30)).build().options().toString();
    for (String setting : List.of("weights", "maxResults", "minScore", "titleWeight", "summaryWeight", "bodyWeight",
        "termWeighting", "wordPairs", "subwords", "dateHalfLife", "newerPosts", "maxAge",
        "languageScope", "defaultLanguage", "exposureCorrection", "minRelativeScore", "latentDimensions", "analyzers", "bodies",
        "limits")) {
      assertTrue(text.contains(setting + "="), setting + " in " + text);
    }
  }

  @Test
  void buildCanBeCalledAgainAndDoesNotChangeTheBuilder() {
    RelatedPostsBuilder builder = RelatedPosts.builder().maxResults(3);
    RelatedPosts first = builder.build();
    RelatedPosts second = builder.build();
    assertNotSame(first, second);
    assertEquals(first.options(), second.options());
  }

  @Test
  void badValues_throwIllegalArgumentNamingTheValue() {
    assertMessage(IllegalArgumentException.class, "0", () -> RelatedPosts.builder().maxResults(0));
    assertMessage(IllegalArgumentException.class, "1.5", () -> RelatedPosts.builder().minScore(1.5));
    assertMessage(IllegalArgumentException.class, "-1.0", () -> RelatedPosts.builder().fieldWeights(-1, 1, 1));
    assertMessage(IllegalArgumentException.class, "PT0S", () -> RelatedPosts.builder().dateHalfLife(Duration.ZERO));
    assertMessage(IllegalArgumentException.class, "PT-24H", () -> RelatedPosts.builder().maxAge(Duration.ofDays(-1)));
    assertMessage(IllegalArgumentException.class, "svenska", () -> RelatedPosts.builder().defaultLanguage("svenska"));
    assertMessage(IllegalArgumentException.class, "5000", () -> RelatedPosts.builder().latentDimensions(5000));
    assertMessage(IllegalArgumentException.class, "NaN", () -> new Weights(Double.NaN, 0, 0, 0, 0, 0, 0));
    assertMessage(IllegalArgumentException.class, "positive", () -> new Weights(0, 0, 0, 0, 0.5, 0, 0));
    assertMessage(IllegalArgumentException.class, "1.5", () -> new Weights(1, 0, 0, 0, 1.5, 0, 0));
  }

  @Test
  void settingTwice_throwsIllegalStateNamingTheFirstValue() {
    assertMessage(IllegalStateException.class, "3", () -> RelatedPosts.builder().maxResults(3).maxResults(4));
    assertMessage(IllegalStateException.class, "BM25", () -> RelatedPosts.builder().termWeighting(TermWeighting.BM25).termWeighting(TermWeighting.TF_IDF));
    assertMessage(IllegalStateException.class, "sv", () -> RelatedPosts.builder().analyzer("sv", Analyzer.neutral()).analyzer("SV", Analyzer.neutral()));
  }

  @Test
  void weightsWithChangesOneSignal() {
    Weights w = Weights.DEFAULT.with(Signal.DATE, 0.4);
    assertEquals(0.4, w.date());
    assertEquals(Weights.DEFAULT.text(), w.text());
  }

  @Test
  void indexRejectsDuplicateIdsNamingThem() {
    Article a = Article.builder("dup-1", "A").build();
    assertMessage(IllegalArgumentException.class, "dup-1", () -> RelatedPosts.withDefaults().index(List.of(a, a)));
  }

  @Test
  void nullParameters() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Filter.class, Filter.none())
        .setDefault(Article.class, Article.builder("a", "T").build())
        .setDefault(Weights.class, Weights.DEFAULT)
        .setDefault(Analyzer.class, Analyzer.neutral());
    tester.testAllPublicStaticMethods(RelatedPosts.class);
    tester.testAllPublicInstanceMethods(RelatedPosts.withDefaults());
    tester.testAllPublicInstanceMethods(RelatedPosts.builder());
    tester.testAllPublicInstanceMethods(RelatedPosts.withDefaults().emptyIndex());
    tester.testAllPublicInstanceMethods(Filter.none());
  }

  static void assertMessage(Class<? extends Throwable> type, String fragment, org.junit.jupiter.api.function.Executable call) {
    Throwable e = assertThrows(type, call);
    assertTrue(e.getMessage() != null && e.getMessage().contains(fragment), "expected '" + fragment + "' in: " + e.getMessage());
  }
}
