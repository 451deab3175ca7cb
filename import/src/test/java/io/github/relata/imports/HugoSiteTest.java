package io.github.relata.imports;

import static io.github.relata.imports.SiteFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

final class HugoSiteTest {

  private static final PostImporter IMPORTER =
      PostImporter.builder().clock(Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC)).build();

  @TempDir Path dir;

  private ImportResult read() throws ImportException {
    return IMPORTER.read(ImportFormat.HUGO, dir);
  }

  private static ImportedPost post(ImportResult result, String id) {
    return result.posts().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " in " + result.posts()));
  }

  @Test
  void read_yamlTomlAndJsonFrontMatter_giveEveryField() throws Exception {
    write(dir.resolve("content/posts/yaml.md"), "---\ntitle: \"YAML post\"\ndate: 2018-03-14T09:12:00+01:00\ntags: [a, b]\n"
        + "categories: [News]\nsummary: The **summary**.\nauthor: Ann\nslug: yaml-slug\n---\n# Heading\n\nBody with *emphasis* and "
        + "{{< youtube abc >}} a shortcode.\n");
    write(dir.resolve("content/posts/toml.md"), "+++\ntitle = \"TOML post\"\ndate = 2019-05-01\ntags = [\"c\"]\n"
        + "description = \"Described.\"\nurl = \"/custom/toml/\"\n+++\nText.\n");
    write(dir.resolve("content/posts/json.md"), "{\n  \"title\": \"JSON post\",\n  \"date\": \"2020-01-02\",\n  \"authors\": [\"Bo\", \"Cy\"]\n}\n"
        + "First part.\n\n<!--more-->\n\nSecond part.\n");
    ImportResult result = read();
    assertEquals(List.of("posts/json.md", "posts/toml.md", "posts/yaml.md"), result.posts().stream().map(ImportedPost::id).toList());
    Article yaml = post(result, "posts/yaml.md").article();
    assertEquals("YAML post", yaml.title());
    assertEquals(Instant.parse("2018-03-14T08:12:00Z"), yaml.published());
    assertEquals(Set.of("a", "b"), yaml.tags());
    assertEquals(Set.of("News"), yaml.categories());
    assertEquals("The summary.", yaml.summary());
    assertEquals("Heading Body with emphasis and a shortcode.", yaml.body());
    assertEquals("Ann", yaml.author());
    assertEquals("/posts/yaml-slug/", yaml.url());
    assertEquals("posts/yaml.md", post(result, "posts/yaml.md").sitePath());
    assertEquals("en", post(result, "posts/yaml.md").siteLanguage());
    assertNull(yaml.language(), "the site declares no language: the engine detects it");
    Article toml = post(result, "posts/toml.md").article();
    assertEquals(LocalDate.of(2019, 5, 1), toml.publishedDate());
    assertEquals("Described.", toml.summary());
    assertEquals("/custom/toml/", toml.url());
    Article json = post(result, "posts/json.md").article();
    assertEquals("Bo", json.author());
    assertEquals("First part.", json.summary());
    assertEquals("First part. Second part.", json.body());
  }

  @Test
  void read_skipsWhatHugoDoesNotBuild_andCountsIt() throws Exception {
    write(dir.resolve("content/_index.md"), "---\ntitle: Home\n---\n");
    write(dir.resolve("content/posts/draft.md"), "---\ntitle: D\ndraft: true\n---\n");
    write(dir.resolve("content/posts/later.md"), "---\ntitle: L\ndate: 2030-01-01\n---\n");
    write(dir.resolve("content/posts/publish-later.md"), "---\ntitle: P\ndate: 2020-01-01\npublishDate: 2030-01-01\n---\n");
    write(dir.resolve("content/posts/expired.md"), "---\ntitle: E\ndate: 2020-01-01\nexpiryDate: 2021-01-01\n---\n");
    write(dir.resolve("content/posts/bundle/index.md"), "---\ntitle: Bundle\ndate: 2020-01-01\n---\nB.\n");
    write(dir.resolve("content/posts/bundle/extra.md"), "resource\n");
    write(dir.resolve("content/posts/bundle/photo.jpg"), "not really a photo\n");
    write(dir.resolve("content/posts/.hidden.md"), "---\ntitle: H\n---\n");
    ImportResult result = read();
    assertEquals(List.of("posts/bundle/index.md"), result.posts().stream().map(ImportedPost::id).toList());
    assertEquals("/posts/bundle/", result.articles().get(0).url());
    assertEquals(Map.of(SkipReason.LIST_PAGE, 1, SkipReason.DRAFT, 1, SkipReason.FUTURE, 2, SkipReason.EXPIRED, 1,
        SkipReason.NOT_A_POST, 2), result.skippedCounts());
    assertTrue(result.skipped().stream().anyMatch(s -> s.detail().equals("a resource of the page bundle " + dir.resolve("content/posts/bundle/index.md"))),
        result.skipped().toString());
    ImportResult withDrafts = PostImporter.builder().includeDrafts(true).includeFuture(true)
        .clock(Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC)).build().read(ImportFormat.HUGO, dir);
    assertEquals(4, withDrafts.posts().size(), withDrafts.skipped().toString());
  }

  @Test
  void read_languageInFileNames_andTheSitesConfiguration() throws Exception {
    write(dir.resolve("hugo.toml"), "defaultContentLanguage = \"en\"\n[languages.en]\nweight = 1\n[languages.sv]\nweight = 2\n");
    write(dir.resolve("content/posts/hello.md"), "---\ntitle: Hello\n---\nHello.\n");
    write(dir.resolve("content/posts/hello.sv.md"), "---\ntitle: Hej\n---\nHej.\n");
    write(dir.resolve("content/posts/trip/index.sv.md"), "---\ntitle: Resa\n---\nResa.\n");
    ImportResult result = read();
    assertEquals(List.of("posts/hello.md", "posts/hello.sv.md", "posts/trip/index.sv.md"), result.posts().stream().map(ImportedPost::id).toList());
    assertEquals("en", post(result, "posts/hello.md").article().language());
    assertEquals("sv", post(result, "posts/hello.sv.md").article().language());
    assertEquals("sv", post(result, "posts/hello.sv.md").siteLanguage());
    assertEquals("/sv/posts/hello/", post(result, "posts/hello.sv.md").article().url());
    assertEquals("/sv/posts/trip/", post(result, "posts/trip/index.sv.md").article().url());
    assertEquals("/posts/hello/", post(result, "posts/hello.md").article().url());
  }

  @Test
  void read_languageFolders_fromTheConfigurationsContentDirs() throws Exception {
    write(dir.resolve("config.yaml"), "defaultContentLanguage: sv\nlanguages:\n  sv:\n    contentDir: content/sv\n  en:\n    contentDir: content/en\n");
    write(dir.resolve("content/sv/posts/a.md"), "---\ntitle: A på svenska\n---\n");
    write(dir.resolve("content/en/posts/a.md"), "---\ntitle: A in English\n---\n");
    ImportResult result = read();
    assertEquals(List.of("sv/posts/a.md", "en/posts/a.md"), result.posts().stream().map(ImportedPost::id).toList());
    for (ImportedPost p : result.posts()) {
      assertEquals("posts/a.md", p.sitePath(), "Hugo's .File.Path is below the language's content folder");
    }
    assertEquals("en", post(result, "en/posts/a.md").siteLanguage());
    assertEquals("/en/posts/a/", post(result, "en/posts/a.md").article().url());
    assertEquals("/posts/a/", post(result, "sv/posts/a.md").article().url());
  }

  @Test
  void read_languageFolders_withoutConfiguration() throws Exception {
    write(dir.resolve("content/sv/a.md"), "---\ntitle: A\n---\n");
    write(dir.resolve("content/en/a.md"), "---\ntitle: A\n---\n");
    ImportResult result = read();
    assertEquals(List.of("en/a.md", "sv/a.md"), result.posts().stream().map(ImportedPost::id).toList());
    assertEquals("sv", post(result, "sv/a.md").article().language());
  }

  @Test
  void read_contentFolderItself_works() throws Exception {
    write(dir.resolve("content/posts/a.md"), "---\ntitle: A\n---\n");
    ImportResult result = IMPORTER.read(ImportFormat.HUGO, dir.resolve("content"));
    assertEquals(List.of("posts/a.md"), result.posts().stream().map(ImportedPost::id).toList());
  }

  @Test
  void read_badFrontMatter_isSkippedWithTheLineOfTheBadKey() throws Exception {
    write(dir.resolve("content/posts/bad-date.md"), "---\ntitle: Bad\ntags: [x]\ndate: 14 March\n---\n");
    write(dir.resolve("content/posts/bad-yaml.md"), "---\ntitle: Bad\n  tags: - x\n---\n");
    write(dir.resolve("content/posts/bad-toml.md"), "+++\ntitle = \"Bad\"\ntags = [x\n+++\n");
    write(dir.resolve("content/posts/bad-tags.md"), "---\ntitle: Bad\ntags: {a: b}\n---\n");
    write(dir.resolve("content/posts/good.md"), "---\ntitle: Good\n---\n");
    ImportResult result = read();
    assertEquals(List.of("posts/good.md"), result.posts().stream().map(ImportedPost::id).toList());
    List<String> problems = result.problems().stream().map(Skipped::toString).toList();
    assertEquals(4, problems.size(), problems.toString());
    assertEquals(dir.resolve("content/posts/bad-date.md") + ":4: date: not a date: '14 March' (expected YYYY-MM-DD or an RFC 3339 date-time such as 2018-03-14T09:12:00+01:00)", problems.get(0));
    assertEquals(dir.resolve("content/posts/bad-tags.md") + ":3: tags: must be a list of text values, found: {a=b}", problems.get(1));
    assertTrue(problems.get(2).startsWith(dir.resolve("content/posts/bad-toml.md") + ":"), problems.get(2));
    assertTrue(problems.get(2).contains("front matter is not valid TOML"), problems.get(2));
    assertTrue(problems.get(3).startsWith(dir.resolve("content/posts/bad-yaml.md") + ":3: front matter is not valid YAML"), problems.get(3));
  }

  @Test
  void read_notASite_isAClearError() throws Exception {
    write(dir.resolve("notes.txt"), "hello\n");
    ImportException e = assertThrows(ImportException.class, () -> read());
    assertEquals(dir + ": no Markdown files: not a Hugo site or content folder", e.getMessage());
    Path file = dir.resolve("notes.txt");
    assertTrue(assertThrows(ImportException.class, () -> IMPORTER.read(ImportFormat.HUGO, file)).getMessage().endsWith("is a file, not a folder (hugo reads a Hugo site or content folder)"));
    assertEquals(dir.resolve("nope") + ": no such folder", assertThrows(ImportException.class, () -> IMPORTER.read(ImportFormat.HUGO, dir.resolve("nope"))).getMessage());
  }

  @Test
  void read_noFrontMatter_isAPostWithAWarning() throws Exception {
    write(dir.resolve("content/plain.md"), "Just *text*.\n");
    ImportResult result = read();
    assertEquals("Just text.", result.articles().get(0).body());
    assertEquals(1, result.warnings().size());
    assertFalse(result.warnings().get(0).message().isEmpty());
  }
}
