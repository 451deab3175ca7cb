package io.github.relata;

import static io.github.relata.RelatedPostsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.relata.Options.NewerPosts;
import io.github.relata.analysis.Analyzer;
import io.github.relata.analysis.Languages;
import io.github.relata.analysis.PlainText;
import io.github.relata.analysis.Stemmer;
import io.github.relata.analysis.StopWords;
import io.github.relata.analysis.Token;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The traps the public API of core no longer has: each test names the one it keeps shut. */
final class PublicApiTest {

  private static Article post(String id, String title, String body, LocalDate date) {
    return Article.builder(id, title).body(body).published(date).language("en").build();
  }

  private static final List<Article> SITE = List.of(
      post("a", "Cluster policy in Europe", "Cluster organisations and regional innovation strategies.", LocalDate.of(2018, 1, 10)),
      post("b", "Clusters and regional innovation", "Regional innovation depends on cluster organisations.", LocalDate.of(2018, 6, 1)),
      post("c", "European cluster policy after 2020", "Cluster policy, innovation and regions in Europe.", LocalDate.of(2020, 2, 1)));

  @Test
  void nullParameters_throwNullPointerException_onEveryPublicType() throws Exception {
    Article article = Article.builder("a", "T").build();
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Filter.class, Filter.none())
        .setDefault(Article.class, article)
        .setDefault(Weights.class, Weights.DEFAULT)
        .setDefault(Limits.class, Limits.DEFAULT)
        .setDefault(Analyzer.class, Analyzer.neutral())
        .setDefault(Stemmer.class, Stemmer.none())
        .setDefault(String.class, "en")
        .setDefault(Duration.class, Duration.ofDays(1));
    for (Class<?> type : List.of(RelatedPosts.class, Article.class, Filter.class, Weights.class, Limits.class,
        Analyzer.class, Stemmer.class, StopWords.class, Languages.class, PlainText.class)) {
      tester.testAllPublicStaticMethods(type);
    }
    RelatedPosts engine = RelatedPosts.withDefaults();
    ArticleIndex index = engine.index(SITE);
    try (LiveIndex live = engine.liveIndex(SITE)) {
      for (Object instance : List.of(engine, RelatedPosts.builder(), engine.options(), index, engine.emptyIndex(), live,
          article, Article.builder("a", "T"), Filter.none(), Weights.DEFAULT, Limits.DEFAULT,
          index.relatedTo("a").get(0), Analyzer.english(), Analyzer.builder(), Stemmer.snowball("en"),
          new Token("t", "T", 0, 1, false))) {
        tester.testAllPublicInstanceMethods(instance);
      }
    }
    tester.testAllPublicConstructors(Weights.class);
    tester.testAllPublicConstructors(RelatedPost.class);
    tester.testAllPublicConstructors(Token.class);
  }

  @Test
  void optionsAndArticle_haveNoPublicConstructor_soTheBuilderIsTheOneWayToMakeThem() {
    assertEquals(0, Options.class.getConstructors().length, Arrays.toString(Options.class.getConstructors()));
    assertEquals(0, Article.class.getConstructors().length, Arrays.toString(Article.class.getConstructors()));
    assertEquals(0, RelatedPostsBuilder.class.getConstructors().length);
    assertEquals(0, ArticleBuilder.class.getConstructors().length);
    assertTrue(Modifier.isFinal(Options.class.getModifiers()) && Modifier.isFinal(Article.class.getModifiers()));
  }

  @Test
  void options_areEqualWhenEverySettingIs() {
    new EqualsTester()
        .addEqualityGroup(RelatedPosts.withDefaults().options(), RelatedPosts.builder().options(),
            RelatedPosts.builder().maxResults(Options.DEFAULT_MAX_RESULTS).options())
        .addEqualityGroup(RelatedPosts.builder().maxResults(3).options())
        .addEqualityGroup(RelatedPosts.builder().newerPosts(NewerPosts.EXCLUDED).options())
        .addEqualityGroup(RelatedPosts.builder().maxAge(Duration.ofDays(30)).options())
        .addEqualityGroup(RelatedPosts.builder().bodies(Options.Bodies.RETAINED).options())
        .addEqualityGroup(RelatedPosts.builder().analyzer("sv", Analyzer.neutral()).options())
        .testEquals();
  }

  @Test
  void articles_areEqualWhenEveryFieldIs() {
    ArticleBuilder full = Article.builder("a", "T").summary("S").body("B").published(LocalDate.of(2020, 1, 1))
        .tags("x").categories("y").author("Ann").url("https://example.org/a").language("sv");
    new EqualsTester()
        .addEqualityGroup(full.build(), full.build(), full.build().toBuilder().build())
        .addEqualityGroup(full.build().toBuilder().language("en").build())
        .addEqualityGroup(full.build().toBuilder().url("https://example.org/b").build())
        .addEqualityGroup(full.build().toBuilder().tags("z").build())
        .addEqualityGroup(Article.builder("a", "T").build())
        .testEquals();
    assertTrue(full.build().toString().contains("language=sv"), full.build().toString());
  }

  @Test
  void relatedTo_returnsAnImmutableList_everyTime() {
    ArticleIndex index = RelatedPosts.withDefaults().index(SITE);
    Article noTerms = Article.builder("empty", "!!!").body("the and of").build();
    RelatedPost any = index.relatedTo("a").get(0);
    List<List<RelatedPost>> lists = List.of(
        index.relatedTo("a"), index.relatedTo("a", Filter.none().limit(1)), index.relatedTo(post("d", "Cluster policy", "cluster", LocalDate.of(2021, 1, 1))),
        index.with(noTerms).relatedTo("empty"), index.relatedTo(noTerms), RelatedPosts.withDefaults().emptyIndex().relatedTo(noTerms));
    for (List<RelatedPost> list : lists) {
      assertThrows(UnsupportedOperationException.class, () -> list.add(any), list.getClass().getName());
    }
  }

  @Test
  void filterDateRules_applyToOneQuery_andOverrideTheEngine() {
    ArticleIndex everyDate = RelatedPosts.withDefaults().index(SITE);
    ArticleIndex olderOnly = RelatedPosts.builder().newerPosts(NewerPosts.EXCLUDED).build().index(SITE);
    Filter older = Filter.none().newerPosts(NewerPosts.EXCLUDED);
    assertTrue(ids(everyDate.relatedTo("a")).contains("c"));
    assertEquals(ids(olderOnly.relatedTo("a")), ids(everyDate.relatedTo("a", older)));
    assertEquals(List.of(), ids(everyDate.relatedTo("a", older)));
    assertEquals(ids(olderOnly.relatedTo("c")), ids(everyDate.relatedTo("c", older)));
    // A filter can also allow what the engine leaves out, for one query.
    assertEquals(ids(everyDate.relatedTo("a")), ids(olderOnly.relatedTo("a", Filter.none().newerPosts(NewerPosts.INCLUDED))));

    Filter notOlderThanAYear = Filter.none().maxAge(Duration.ofDays(365));
    assertTrue(ids(everyDate.relatedTo("c")).contains("a"));
    assertFalse(ids(everyDate.relatedTo("c", notOlderThanAYear)).contains("a"));
    assertEquals(ids(RelatedPosts.builder().maxAge(Duration.ofDays(365)).build().index(SITE).relatedTo("c")),
        ids(everyDate.relatedTo("c", notOlderThanAYear)));
    assertMessage(IllegalArgumentException.class, "PT0S", () -> Filter.none().maxAge(Duration.ZERO));
  }

  @Test
  void filterAccessors_sayWhenTheEngineDecides_withoutSentinels() {
    assertEquals(OptionalInt.empty(), Filter.none().limit());
    assertEquals(OptionalInt.of(3), Filter.none().limit(3).limit());
    assertEquals(Optional.empty(), Filter.none().newerPosts());
    assertEquals(Optional.of(NewerPosts.EXCLUDED), Filter.none().limit(3).newerPosts(NewerPosts.EXCLUDED).newerPosts());
    assertEquals(Optional.of(Duration.ofDays(7)), Filter.none().maxAge(Duration.ofDays(7)).excludeIds("x").maxAge());
    assertMessage(IllegalArgumentException.class, "0", () -> Filter.none().limit(0));
  }

  @Test
  void liveIndex_answersDraftsAndUnknownIdsWithoutAnException() {
    try (LiveIndex live = RelatedPosts.withDefaults().liveIndex(SITE)) {
      Article draft = post("draft", "Cluster policy and regional innovation", "Cluster organisations in Europe.", LocalDate.of(2021, 1, 1));
      assertEquals(ids(live.snapshot().relatedTo(draft)), ids(live.relatedTo(draft)));
      assertFalse(live.relatedTo(draft).isEmpty());
      assertFalse(live.contains("draft"));
      assertEquals(Optional.empty(), live.relatedToIfPresent("nope", Filter.none()));
      assertEquals(Optional.of(live.relatedTo("a")), live.relatedToIfPresent("a", Filter.none()));
      assertMessage(NoSuchElementException.class, "nope", () -> live.relatedTo("nope"));
      assertEquals(Optional.empty(), live.snapshot().relatedToIfPresent("nope", Filter.none()));
    }
  }

  @Test
  void unknownLanguageCodes_areRefusedNamingTheCodeAndWhereItCameFrom() {
    assertMessage(IllegalArgumentException.class, "language of article p1 must be a known ISO 639 code such as \"sv\" or \"en\": xx",
        () -> Article.builder("p1", "T").language("xx"));
    assertMessage(IllegalArgumentException.class, "defaultLanguage must be a known ISO 639 code such as \"sv\" or \"en\": xx",
        () -> RelatedPosts.builder().defaultLanguage("xx"));
    assertMessage(IllegalArgumentException.class, "zz", () -> RelatedPosts.builder().analyzer("zz", Analyzer.neutral()));
    assertEquals("en", Article.builder("p1", "T").language("en-GB").build().language());
    assertEquals("pt", Article.builder("p1", "T").language("pt_BR").build().language());
    assertEquals("swe", Article.builder("p1", "T").language("swe").build().language());
    assertEquals("sv", RelatedPosts.builder().defaultLanguage("SV").options().defaultLanguage());
    assertEquals(null, Article.builder("p1", "T").language(" ").build().language());
  }

  @Test
  void optionsToString_namesEverySetting() {
    String text = RelatedPosts.builder().maxAge(Duration.ofDays(30)).analyzer("sv", Analyzer.neutral()).options().toString();
    for (String part : List.of("newerPosts=INCLUDED", "languageScope=SAME_LANGUAGE", "bodies=DROPPED", "wordPairs=INDEXED",
        "subwords=MATCHED", "maxAge=PT720H", "analyzers={sv=")) {
      assertTrue(text.contains(part), part + " in " + text);
    }
    assertEquals(Map.of(), RelatedPosts.withDefaults().options().analyzers());
    assertEquals(Set.of(), Article.builder("a", "T").build().tags());
  }

  private static List<String> ids(List<RelatedPost> related) {
    return related.stream().map(r -> r.article().id()).toList();
  }
}
