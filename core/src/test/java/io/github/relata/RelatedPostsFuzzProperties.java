package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.relata.analysis.FuzzText;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Fuzzes the engine's entry points through the public API only: {@code Article.builder(...).build()}, {@code
 * RelatedPosts.withDefaults().index(...)}, {@code relatedTo(id)} and {@code relatedTo(draft)}, with posts
 * whose ids, titles, bodies, tags, dates and languages are hostile ({@link FuzzText}). What may fail is what
 * is documented: an {@link IllegalArgumentException} naming the bad value for a blank id, a blank tag or
 * category, a language that is not an ISO 639 code, or two posts with one id; a {@link
 * NoSuchElementException} for an unknown id. Every list obeys the documented invariants: at most {@code
 * maxResults} posts, each other than the query post, once, with a score in [0, 1] that its contributions
 * add up to, best first.
 *
 * <p>Small sites (up to 12 posts) many times, and a few sites above the latent space's threshold of 100
 * posts, whose build costs about a thousand small ones: the latent signals only exist there.
 */
final class RelatedPostsFuzzProperties {

  private static final int TRIES = Integer.getInteger("relata.fuzz.tries", 10_000);
  private static final RelatedPosts ENGINE = RelatedPosts.withDefaults();
  private static final Duration BUDGET = Duration.ofSeconds(90);
  private static final Gen<String> TEXT = FuzzText.described(FuzzText.anyText());

  /** A post as a caller might describe it, before {@code build()} has checked it. */
  record Spec(String id, String title, String body, List<String> tags, List<String> categories, Instant published, String language) {
    @Override
    public String toString() {
      return "Spec[id=" + FuzzText.describe(id) + ", title=" + FuzzText.describe(title) + ", body=" + FuzzText.describe(body)
          + ", tags=" + tags.stream().map(FuzzText::describe).toList() + ", categories=" + categories.stream().map(FuzzText::describe).toList()
          + ", published=" + published + ", language=" + (language == null ? null : FuzzText.describe(language)) + "]";
    }
  }

  private static final Gen<String> IDS = Generate.pick(List.of("a", "b", "c", "post-1", "Post-1", "a ", "å", "\uD800", "😀", "",
      " ", "\t", "\u00A0", "\u2028", "\0", "id/with/slashes", "x".repeat(300))).mix(FuzzText.codeUnits(), 30);
  private static final Gen<String> LABELS = Generate.pick(List.of("kluster", "Kluster", " kluster ", "S3", "EU", "", " ", "\u3000",
      "\u200B", "😀", "a,b", "<b>")).mix(FuzzText.described(FuzzText.categories()), 20);
  private static final Gen<Instant> DATES = Generate.pick(java.util.Arrays.asList(null, null, Instant.EPOCH, Instant.MIN, Instant.MAX,
      Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59Z"), Instant.parse("2024-02-29T12:00:00Z")))
      .mix(integers().between(-50_000, 50_000).map(d -> LocalDate.of(2020, 1, 1).plusDays(d).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()), 50);
  private static final Gen<String> LANGUAGES = Generate.pick(java.util.Arrays.asList(null, null, "sv", "en", "SV", "en-GB", "sv_SE", "de",
      "ja", "", " ", "xx", "zzz", "x", "english", "123", "sv-", "-sv", "\u0130t", "ﬁ", "\0"));

  private static Gen<Spec> specs(Gen<String> text) {
    Gen<List<String>> labels = lists().of(LABELS).ofSizeBetween(0, 3);
    return IDS.zip(text, text, labels, (id, title, body, tags) -> new Spec(id, title, body, tags, List.of(), null, null))
        .zip(labels, DATES, LANGUAGES, (s, categories, date, language) ->
            new Spec(s.id(), s.title(), s.body(), s.tags(), categories, date, language));
  }

  @Test
  void smallSitesOfHostilePosts_failOnlyAsDocumented_andListsKeepTheirInvariants() {
    FuzzText.Bound bound = new FuzzText.Bound(Duration.ofSeconds(5));
    Gen<List<Spec>> sites = lists().of(specs(TEXT)).ofSizeBetween(0, 12);
    bound.within(BUDGET, () -> qt().withExamples(TRIES / 5).withShrinkCycles(50)
        .forAll(sites, specs(TEXT))
        .checkAssert((site, draft) -> {
          bound.start(() -> site + ", draft " + draft);
          check(site, draft);
          bound.end();
        }));
  }

  @Test
  void sitesAboveTheLatentThreshold_keepTheirInvariants() {
    FuzzText.Bound bound = new FuzzText.Bound(Duration.ofSeconds(20));
    Gen<List<Spec>> sites = lists().of(specs(FuzzText.described(FuzzText.fragments()))).ofSizeBetween(100, 130);
    bound.within(BUDGET, () -> qt().withExamples(Math.max(3, TRIES / 1_000)).withShrinkCycles(5)
        .forAll(sites, specs(FuzzText.described(FuzzText.fragments())))
        .checkAssert((site, draft) -> {
          bound.start(() -> site.size() + " posts");
          check(site, draft);
          bound.end();
        }));
  }

  private static void check(List<Spec> site, Spec draftSpec) {
    List<Article> articles = new ArrayList<>();
    for (Spec spec : site) {
      build(spec).ifPresent(articles::add);
    }
    Set<String> ids = new HashSet<>();
    String duplicate = articles.stream().map(Article::id).filter(id -> !ids.add(id)).findFirst().orElse(null);
    if (duplicate != null) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ENGINE.index(articles));
      assertTrue(e.getMessage().contains(duplicate), "names the duplicate id " + duplicate + ": " + e.getMessage());
      articles.removeIf(a -> a.id().equals(duplicate));
      Set<String> seen = new HashSet<>();
      articles.removeIf(a -> !seen.add(a.id()));
    }
    ArticleIndex index = ENGINE.index(articles);
    assertEquals(articles.size(), index.size());
    for (Article article : articles) {
      checkList(index, article.id(), index.relatedTo(article.id()));
    }
    String unknown = "no such post \uD800" + articles.size();
    NoSuchElementException missing = assertThrows(NoSuchElementException.class, () -> index.relatedTo(unknown));
    assertTrue(missing.getMessage().contains(unknown), missing.getMessage());
    build(draftSpec).ifPresent(draft -> {
      checkList(index, draft.id(), index.relatedTo(draft));
      ArticleIndex added = index.with(draft);
      checkList(added, draft.id(), added.relatedTo(draft.id()));
    });
  }

  /** Builds the article, or checks that the documented exception says what was wrong; empty then. */
  private static java.util.Optional<Article> build(Spec spec) {
    String invalid = spec.id().isBlank() ? spec.id()
        : spec.tags().stream().filter(String::isBlank).findFirst()
            .or(() -> spec.categories().stream().filter(String::isBlank).findFirst())
            .orElse(null);
    // "xx" and "zzz" have the shape of a code but name no language: refused, like "english".
    boolean clearLanguage = spec.language() == null || spec.language().isBlank() || Set.of("sv", "en", "SV", "en-GB", "sv_SE", "de", "ja").contains(spec.language());
    try {
      ArticleBuilder builder = Article.builder(spec.id(), spec.title()).body(spec.body()).tags(spec.tags()).categories(spec.categories());
      if (spec.published() != null) {
        builder.published(spec.published());
      }
      if (spec.language() != null) {
        builder.language(spec.language());
      }
      Article article = builder.build();
      assertTrue(invalid == null, "a blank id, tag or category must be refused: " + FuzzText.describe(String.valueOf(invalid)));
      assertFalse(article.summary().length() > Article.DEFAULT_EXCERPT_LENGTH, "the derived summary fits: " + article.summary().length());
      return java.util.Optional.of(article);
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "a message");
      if (invalid == null) {
        assertFalse(clearLanguage, "only a bad language is left to refuse: " + e.getMessage());
        assertTrue(e.getMessage().contains(spec.language()), "names the language: " + e.getMessage());
      }
      return java.util.Optional.empty();
    } catch (RuntimeException e) {
      fail("undocumented exception for " + spec, e);
      return java.util.Optional.empty();
    }
  }

  private static void checkList(ArticleIndex index, String queryId, List<RelatedPost> related) {
    java.util.function.Supplier<String> what = () -> "related to " + FuzzText.describe(queryId) + ": " + related;
    assertTrue(related.size() <= ENGINE.options().maxResults(), what);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < related.size(); i++) {
      RelatedPost r = related.get(i);
      String id = r.article().id();
      assertFalse(id.equals(queryId), () -> "never the post itself: " + what.get());
      assertTrue(seen.add(id), () -> "each post once: " + what.get());
      assertTrue(index.contains(id), () -> "an indexed post: " + what.get());
      assertTrue(r.score() >= 0 && r.score() <= 1, () -> "score in [0, 1]: " + what.get());
      double sum = r.contributions().values().stream().mapToDouble(Double::doubleValue).sum();
      assertEquals(r.score(), sum, 1e-9, () -> "contributions add up to the score: " + what.get());
      if (i > 0) {
        assertTrue(related.get(i - 1).score() >= r.score(), () -> "best first: " + what.get());
      }
    }
  }
}
