package io.github.relata.imports;

import static io.github.relata.imports.SiteFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.relata.Article;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class JekyllSiteTest {

  private static final PostImporter IMPORTER =
      PostImporter.builder().clock(Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC)).build();

  @TempDir Path dir;

  private ImportResult read() throws ImportException {
    return IMPORTER.read(ImportFormat.JEKYLL, dir);
  }

  @Test
  void read_postsWithJekyllsConventions() throws Exception {
    write(dir.resolve("_posts/2018-03-14-smart-cities.md"), "---\nlayout: post\ncategories: News Europe\ntags: [cities, data]\n"
        + "author: {name: Ann}\n---\nThe first paragraph {{ site.title }} here.\n\nMore {% include aside.html %} text"
        + " {% comment %}hidden{% endcomment %}{% raw %}{{ kept }}{% endraw %}.\n");
    write(dir.resolve("blog/_posts/2019-01-02-second.markdown"), "---\ntitle: \"Second: a post\"\ndate: 2019-01-02 10:30:00 +0100\n"
        + "excerpt: \"Own *excerpt*\"\nlang: sv\npermalink: /:year/:title/\n---\nText.\n");
    ImportResult result = read();
    assertEquals(List.of("_posts/2018-03-14-smart-cities.md", "blog/_posts/2019-01-02-second.markdown"),
        result.posts().stream().map(ImportedPost::id).toList());
    Article first = result.articles().get(0);
    assertEquals("Smart Cities", first.title());
    assertEquals(LocalDate.of(2018, 3, 14), first.publishedDate());
    assertEquals(Set.of("News", "Europe"), first.categories());
    assertEquals(Set.of("cities", "data"), first.tags());
    assertEquals("Ann", first.author());
    assertEquals("The first paragraph here.", first.summary());
    assertEquals("The first paragraph here. More text {{ kept }}.", first.body());
    assertEquals("/news/europe/2018/03/14/smart-cities.html", first.url());
    assertEquals("_posts/2018-03-14-smart-cities.md", result.posts().get(0).sitePath());
    Article second = result.articles().get(1);
    assertEquals("Second: a post", second.title());
    assertEquals(Instant.parse("2019-01-02T09:30:00Z"), second.published());
    assertEquals(Set.of("blog"), second.categories());
    assertEquals("Own excerpt", second.summary());
    assertEquals("sv", second.language());
    assertEquals("/2019/second/", second.url());
  }

  @Test
  void read_skipsWhatJekyllDoesNotBuild() throws Exception {
    write(dir.resolve("_posts/2018-03-14-ok.md"), "---\ntitle: OK\n---\n");
    write(dir.resolve("_posts/2018-03-15-hidden.md"), "---\npublished: false\n---\n");
    write(dir.resolve("_posts/2030-01-01-later.md"), "---\ntitle: Later\n---\n");
    write(dir.resolve("_posts/no-date.md"), "---\ntitle: No date\n---\n");
    write(dir.resolve("_posts/2018-03-16-no-front-matter.md"), "Just text.\n");
    write(dir.resolve("_posts/2018-03-17-page.html"), "---\ntitle: HTML\n---\n");
    write(dir.resolve("_drafts/idea.md"), "---\ntitle: Idea\n---\n");
    write(dir.resolve("_posts/2018-02-30-bad-day.md"), "---\ntitle: Bad day\n---\n");
    ImportResult result = read();
    assertEquals(List.of("_posts/2018-03-14-ok.md"), result.posts().stream().map(ImportedPost::id).toList());
    assertEquals(Map.of(SkipReason.UNPUBLISHED, 1, SkipReason.FUTURE, 1, SkipReason.NOT_A_POST, 3, SkipReason.DRAFT, 1,
        SkipReason.INVALID, 1), result.skippedCounts());
    assertEquals(dir.resolve("_posts/2018-02-30-bad-day.md") + ": the file name's date is not a date: 2018-02-30",
        result.problems().get(0).toString());
  }

  @Test
  void read_postsFolderItself_andNoPostsFolder() throws Exception {
    write(dir.resolve("_posts/2018-03-14-ok.md"), "---\ntitle: OK\n---\n");
    assertEquals("_posts/2018-03-14-ok.md", IMPORTER.read(ImportFormat.JEKYLL, dir.resolve("_posts")).posts().get(0).sitePath());
    Path empty = dir.resolve("empty");
    write(empty.resolve("index.md"), "hi\n");
    assertEquals(empty + ": no _posts folder: not a Jekyll site (give the folder that holds _config.yml and _posts)",
        assertThrows(ImportException.class, () -> IMPORTER.read(ImportFormat.JEKYLL, empty)).getMessage());
  }

  @Test
  void url_fillsJekyllsPlaceholders() {
    var date = LocalDate.of(2018, 3, 4).atTime(5, 6, 7).atZone(ZoneOffset.UTC);
    assertEquals("/a/b/2018/03/04/Title.html", JekyllSite.url("/:categories/:year/:month/:day/:title:output_ext", List.of("A", "B"), date, "Title"));
    assertEquals("/2018/title/", JekyllSite.url("/:year/:slug/", List.of(), date, "Title"));
    assertEquals("/18/3/4/063/05-06-07/", JekyllSite.url("/:short_year/:i_month/:i_day/:y_day/:hour-:minute-:second/", List.of(), date, "x"));
  }
}
