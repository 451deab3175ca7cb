package io.github.relata.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.Article;
import io.github.relata.RelatedPost;
import io.github.relata.Signal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class RelatedItemTest {

  private static final Article POST =
      Article.builder("s3", "Smart specialisering")
          .summary("Regionerna samarbetar.")
          .published(LocalDate.of(2018, 3, 14))
          .language("sv")
          .url("javascript:alert(1)")
          .build();

  @Test
  void of_formatsTheDateInTheListsLanguageAndKeepsAShortExcerptWhole() {
    RelatedItem item = RelatedItem.of(related(), PostLanguage.SWEDISH, p -> "/posts/" + p.id());

    assertEquals("2018-03-14", item.date());
    assertEquals("14 mars 2018", item.dateText());
    assertEquals("Regionerna samarbetar.", item.excerpt());
    assertEquals("/posts/s3", item.url());
    assertEquals(Map.of("text", 0.2, "keyTerms", 0.05, "date", 0.05), item.contributions());
  }

  @Test
  void of_dropsUnsafeLinks() {
    RelatedItem item = RelatedItem.of(related(), PostLanguage.SWEDISH, RelatedList::ownUrl);

    assertNull(item.url());
  }

  @Test
  void safeUrl_acceptsPathsAndHttpOnly() {
    assertEquals("/posts/a", RelatedItem.safeUrl("/posts/a"));
    assertEquals("https://example.org/a", RelatedItem.safeUrl("https://example.org/a"));
    assertEquals("HTTP://example.org/a", RelatedItem.safeUrl("HTTP://example.org/a"));
    assertNull(RelatedItem.safeUrl("javascript:alert(1)"));
    assertNull(RelatedItem.safeUrl(" JaVaScRiPt:alert(1)"));
    assertNull(RelatedItem.safeUrl("//evil.example/a"));
    assertNull(RelatedItem.safeUrl("/\\evil.example/a"));
    assertNull(RelatedItem.safeUrl("data:text/html,x"));
    assertNull(RelatedItem.safeUrl(null));
  }

  @Test
  void bar_hasOneSegmentPerContributingSignalAsWideAsItsPartOfTheScore() {
    RelatedItem item = RelatedItem.of(related(), PostLanguage.ENGLISH, p -> null);

    List<RelatedItem.BarSegment> bar = item.bar(PostLanguage.ENGLISH);

    assertEquals(List.of("text", "keyTerms", "date"), bar.stream().map(RelatedItem.BarSegment::signal).toList());
    assertEquals("66.7%", bar.get(0).width());
    assertEquals("16.7%", bar.get(1).width());
    assertEquals("key terms", bar.get(1).label());
    assertEquals("score 0.30: text 0.20, key terms 0.05, date 0.05", item.barLabel(PostLanguage.ENGLISH));
  }

  @Test
  void key_isLowerCamelCase() {
    assertEquals("keyTerms", RelatedItem.key(Signal.KEY_TERMS));
    assertEquals("neighbours", RelatedItem.key(Signal.NEIGHBOURS));
  }

  private static RelatedPost related() {
    return new RelatedPost(
        POST, 0.3, Map.of(Signal.TEXT, 0.2, Signal.KEY_TERMS, 0.05, Signal.DATE, 0.05), List.of("smart specialisering"),
        List.of("regionalpolitik"), 1.0);
  }
}
