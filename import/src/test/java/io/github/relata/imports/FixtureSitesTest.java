package io.github.relata.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.Article;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The five fixture sites of 120 posts each read in full, with every skipped item counted. */
final class FixtureSitesTest {

  private static final int N = 120;

  @TempDir Path dir;


  @Test
  void hugo() throws Exception {
    ImportResult result = PostImporter.withDefaults().read(ImportFormat.HUGO, SiteFixtures.hugoSite(dir, N));
    // 120 posts and a Swedish translation of the tenth, twentieth, ... that are not bundles (8 of 12).
    assertEquals(N + 8, result.posts().size(), result.summary());
    assertEquals(Map.of(SkipReason.LIST_PAGE, 2, SkipReason.DRAFT, 2, SkipReason.NOT_A_POST, N / 3), result.skippedCounts());
    assertTrue(result.problems().isEmpty());
    assertTrue(result.warnings().isEmpty(), result.warnings().toString());
  }

  @Test
  void jekyll() throws Exception {
    ImportResult result = PostImporter.withDefaults().read(ImportFormat.JEKYLL, SiteFixtures.jekyllSite(dir, N));
    assertEquals(N, result.posts().size());
    assertEquals(Map.of(SkipReason.DRAFT, 2, SkipReason.UNPUBLISHED, 1, SkipReason.NOT_A_POST, 1), result.skippedCounts());
  }

  @Test
  void rss() throws Exception {
    ImportResult result = PostImporter.withDefaults().read(ImportFormat.FEED, SiteFixtures.rssFeed(dir.resolve("feed.xml"), N));
    assertEquals(N, result.posts().size());
    assertTrue(result.skipped().isEmpty());
    Article first = result.articles().get(0);
    assertEquals("https://example.org/blog/" + SiteFixtures.posts(1).get(0).slug() + "/", first.url());
  }

  @Test
  void atom() throws Exception {
    ImportResult result = PostImporter.withDefaults().read(ImportFormat.FEED, SiteFixtures.atomFeed(dir.resolve("atom.xml"), N));
    assertEquals(N, result.posts().size());
    assertEquals("https://example.org/notes/" + SiteFixtures.posts(1).get(0).slug() + ".html", result.articles().get(0).url());
  }

  @Test
  void wordpress() throws Exception {
    ImportResult result = PostImporter.withDefaults().read(ImportFormat.WORDPRESS, SiteFixtures.wxr(dir.resolve("export.xml"), N));
    assertEquals(N, result.posts().size());
    assertEquals(Map.of(SkipReason.DRAFT, 3, SkipReason.PAGE, 2, SkipReason.ATTACHMENT, 4, SkipReason.TRASHED, 1,
        SkipReason.PRIVATE, 1, SkipReason.OTHER_TYPE, 1), result.skippedCounts());
  }
}
