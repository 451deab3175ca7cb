package io.github.relata;

import static io.github.relata.RelatedPostsTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

final class ArticleIndexTest {

  private static final RelatedPosts ENGINE = RelatedPosts.builder().maxResults(10).build();

  private static Article post(String id, String title, String body, LocalDate date, String... tags) {
    return Article.builder(id, title).body(body).published(date).language("en").tags(tags).build();
  }

  private static final List<Article> SITE = List.of(
      post("a", "Cluster policy in Europe", "Cluster organisations and regional innovation strategies.", LocalDate.of(2018, 1, 10), "clusters"),
      post("b", "Clusters and regional innovation", "Regional innovation depends on cluster organisations.", LocalDate.of(2018, 6, 1), "clusters", "sponsored"),
      post("c", "European cluster policy after 2020", "Cluster policy, innovation and regions in Europe.", LocalDate.of(2020, 2, 1), "clusters"),
      post("d", "Sourdough bread at home", "Flour, water, salt and a slow rise.", LocalDate.of(2019, 3, 3), "baking"));

  @Test
  void relatedTo_unknownId_throwsNamingIt() {
    assertMessage(NoSuchElementException.class, "unknown article id: nope", () -> ENGINE.index(SITE).relatedTo("nope"));
  }

  @Test
  void emptyIndex_givesEmptyListsForDrafts() {
    assertEquals(List.of(), ENGINE.emptyIndex().relatedTo(post("x", "Clusters", "Cluster policy", LocalDate.of(2020, 1, 1))));
    assertTrue(ENGINE.emptyIndex().isEmpty());
  }

  @Test
  void postWithoutUsableTerms_givesEmptyList() {
    ArticleIndex index = ENGINE.index(SITE).with(Article.builder("empty", "!!!").body("the and of").build());
    assertEquals(List.of(), index.relatedTo("empty"));
  }

  /**
   * A bread post that mentions Europe once scores about 0.04 with the cluster posts (a common word, close
   * in date): under the minimum score, so neither lists the other; the other bread post is listed.
   */
  @Test
  void unrelatedPostsAreNotListed() {
    List<Article> site = new java.util.ArrayList<>(SITE);
    site.add(post("e", "Rye bread from the north", "Rye flour, a sour starter, water and salt; it bakes slowly, as bread has for centuries in Europe.",
        LocalDate.of(2018, 1, 12), "baking"));
    ArticleIndex index = ENGINE.index(site);
    assertEquals(List.of("d"), ids(index.relatedTo("e")));
    assertEquals(List.of("e"), ids(index.relatedTo("d")));
    assertEquals(List.of("b", "c"), ids(index.relatedTo("a")));
  }

  @Test
  void excludeIdsAndTagsApplyBeforeTheCut() {
    ArticleIndex index = ENGINE.index(SITE);
    assertEquals(List.of("c"), ids(index.relatedTo("a", Filter.none().limit(1).excludeIds("b"))));
    assertFalse(ids(index.relatedTo("a", Filter.none().excludeTags("SPONSORED"))).contains("b"));
    assertEquals(List.of("b"), ids(index.relatedTo("a", Filter.none().requireTags("sponsored"))));
    assertTrue(ids(index.relatedTo("a", Filter.none().where(p -> !p.id().equals("c")))).stream().noneMatch("c"::equals));
  }

  @Test
  void categoriesFilter() {
    ArticleIndex index = ENGINE.index(List.of(
        Article.builder("x", "Cluster news").body("cluster policy").categories("News").build(),
        Article.builder("y", "Cluster opinion").body("cluster policy").categories("Opinion").build(),
        Article.builder("z", "Cluster policy").body("cluster policy").categories("News").build()));
    assertEquals(List.of("z"), ids(index.relatedTo("x", Filter.none().requireCategories("news"))));
    assertEquals(List.of("z"), ids(index.relatedTo("x", Filter.none().excludeCategories("Opinion"))));
  }

  @Test
  void olderOnlyLeavesOutNewerPosts() {
    ArticleIndex index = RelatedPosts.builder().newerPosts(Options.NewerPosts.EXCLUDED).build().index(SITE);
    assertEquals(List.of(), ids(index.relatedTo("a")));
    assertTrue(ids(index.relatedTo("c")).containsAll(List.of("a", "b")));
  }

  @Test
  void maxAgeLeavesOutPostsTooMuchOlder() {
    ArticleIndex index = RelatedPosts.builder().maxAge(Duration.ofDays(365)).build().index(SITE);
    assertFalse(ids(index.relatedTo("c")).contains("a"));
    assertTrue(ids(index.relatedTo("b")).contains("a"));
  }

  @Test
  void relativesAreInTheSameLanguageByDefault() {
    List<Article> site = List.of(
        Article.builder("en1", "Smart specialisation in Stockholm").body("Stockholm smart specialisation strategy for innovation").build(),
        Article.builder("sv1", "Smart specialisering i Stockholm").body("Stockholms strategi för smart specialisering och innovation").build(),
        Article.builder("en2", "Smart specialisation in Uppsala").body("Uppsala smart specialisation strategy and innovation").build());
    assertEquals(List.of("en2"), ids(ENGINE.index(site).relatedTo("en1")));
    assertTrue(ids(RelatedPosts.builder().languageScope(Options.LanguageScope.ANY_LANGUAGE).build().index(site).relatedTo("en1")).contains("sv1"));
  }

  @Test
  void tiesGoToTheNewerPostThenTheSmallerId() {
    List<Article> site = List.of(
        post("q", "Cluster", "cluster", LocalDate.of(2020, 1, 1)),
        Article.builder("old", "Cluster").body("cluster").published(LocalDate.of(2018, 1, 1)).language("en").build(),
        Article.builder("new", "Cluster").body("cluster").published(LocalDate.of(2019, 1, 1)).language("en").build(),
        Article.builder("b-undated", "Cluster").body("cluster").language("en").build(),
        Article.builder("a-undated", "Cluster").body("cluster").language("en").build());
    ArticleIndex index = RelatedPosts.builder().weights(new Weights(1, 0, 0, 0, 0, 0, 0)).build().index(site);
    assertEquals(List.of("new", "old", "a-undated", "b-undated"), ids(index.relatedTo("q")));
  }

  @Test
  void withReplacesAPostWithTheSameIdAndLeavesTheOldSnapshotAlone() {
    ArticleIndex before = ENGINE.index(SITE);
    ArticleIndex after = before.with(post("d", "Cluster policy and regional innovation", "Cluster organisations in Europe", LocalDate.of(2019, 3, 3)));
    assertEquals(4, after.size());
    assertTrue(ids(after.relatedTo("a")).contains("d"));
    assertEquals("Sourdough bread at home", before.article("d").orElseThrow().title());
    assertFalse(ids(before.relatedTo("a")).subList(0, 2).contains("d"));
  }

  @Test
  void withoutRemovesAPost() {
    ArticleIndex index = ENGINE.index(SITE).without("b");
    assertEquals(3, index.size());
    assertFalse(index.contains("b"));
    assertFalse(ids(index.relatedTo("a")).contains("b"));
    assertEquals(index, index.without("no-such-id"));
  }

  @Test
  void draftsAreScoredAsIfAdded() {
    ArticleIndex index = ENGINE.index(SITE);
    Article draft = post("draft", "Regional cluster policy", "Cluster organisations and innovation in European regions", LocalDate.of(2021, 1, 1));
    List<RelatedPost> related = index.relatedTo(draft);
    assertEquals(ids(index.with(draft).relatedTo("draft")), ids(related));
    assertFalse(index.contains("draft"));
    assertTrue(ids(related).containsAll(List.of("a", "b", "c")));
  }

  @Test
  void explanationsNameTheSharedTermsAndTags() {
    RelatedPost top = ENGINE.index(SITE).relatedTo("a").get(0);
    assertTrue(top.sharedTerms().stream().anyMatch(t -> t.toLowerCase().contains("cluster")), top.sharedTerms().toString());
    assertEquals(List.of("clusters"), top.sharedTags(), "the shared tag, apart from the terms");
    assertFalse(top.sharedTerms().contains("clusters"), top.sharedTerms().toString());
    assertTrue(top.contribution(Signal.TEXT) > 0);
    assertTrue(top.contribution(Signal.TAGS) > 0);
  }

  @Test
  void bodiesAreLeftOutUnlessRetained() {
    Article a = SITE.get(0);
    assertEquals("", ENGINE.index(SITE).article("a").orElseThrow().body());
    assertEquals(a.summary(), ENGINE.index(SITE).article("a").orElseThrow().summary());
    assertEquals(a, RelatedPosts.builder().bodies(Options.Bodies.RETAINED).build().index(SITE).article("a").orElseThrow());
    assertEquals(a, RelatedPosts.builder().bodies(Options.Bodies.RETAINED).build().emptyIndex().with(a).article("a").orElseThrow());
  }

  @Test
  void rebuildingKeepsTheAnswersWithoutTheBodies() {
    ArticleIndex rebuilt = ENGINE.index(SITE).without("b").with(SITE.get(1)).rebuilt();
    ArticleIndex fresh = ENGINE.index(List.of(SITE.get(0), SITE.get(2), SITE.get(3), SITE.get(1)));
    for (Article a : SITE) {
      RankingProperties.assertSameRanking(fresh.relatedTo(a.id()), rebuilt.relatedTo(a.id()));
    }
  }

  @Test
  void articlesKeepTheirOrder() {
    assertEquals(List.of("a", "b", "c", "d"), ENGINE.index(SITE).articles().stream().map(Article::id).toList());
  }

  static List<String> ids(List<RelatedPost> related) {
    return related.stream().map(r -> r.article().id()).toList();
  }
}
