package io.github.relata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.relata.imports.SiteFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The static-site outputs: Hugo and Jekyll data files and rich JSON Lines, read back as a generator would. */
final class SiteOutputTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static Cli.Result ok(String... args) {
    Cli.Result result = Cli.run(args);
    assertEquals(0, result.exitCode(), result.toString());
    return result;
  }

  @Test
  void hugo_dataFileKeyedByLanguageAndFilePath_besideTheSite() throws Exception {
    Path site = SiteFixtures.hugoSite(dir.resolve("site"), 60);
    Cli.Result result = ok("related", "--from", "hugo:" + site, "--format", "hugo", "-k", "5");
    assertTrue(result.err().contains("64 posts read from " + site + " (hugo)"), result.err());
    assertTrue(result.err().contains("2 drafts, 2 list pages, 20 not posts"), result.err());
    JsonNode data = JSON.readTree(site.resolve("data/related.json").toFile());
    assertEquals(List.of("en", "sv"), names(data));
    assertEquals(60, data.get("en").size());
    JsonNode list = data.get("en").get("posts/sourdough-001.md");
    if (list == null) {
      list = data.get("en").elements().next();
    }
    assertTrue(list.size() > 0 && list.size() <= 5, list.toString());
    JsonNode entry = list.get(0);
    for (String field : List.of("id", "path", "title", "url", "date", "excerpt", "score", "reasons")) {
      assertTrue(entry.has(field), field + " in " + entry);
    }
    assertTrue(entry.get("url").asText().startsWith("/posts/"), entry.toString());
    assertTrue(entry.get("date").asText().matches("\\d{4}-\\d{2}-\\d{2}"), entry.toString());
    assertTrue(entry.get("reasons").get("signals").has("text"), entry.toString());
    // Swedish pages are related to Swedish pages only.
    for (JsonNode svList : data.get("sv")) {
      for (JsonNode e : svList) {
        assertTrue(e.get("path").asText().endsWith(".sv.md"), e.toString());
      }
    }
  }

  @Test
  void hugo_relatedPostsShareTheTopic() throws Exception {
    Path site = SiteFixtures.hugoSite(dir.resolve("site"), 60);
    ok("related", "--from", "hugo:" + site, "--format", "hugo", "-k", "3", "-q");
    JsonNode en = JSON.readTree(site.resolve("data/related.json").toFile()).get("en");
    int same = 0;
    int all = 0;
    for (SiteFixtures.Post post : SiteFixtures.posts(60)) {
      String path = post.number() % 3 == 0 ? "posts/" + post.slug() + "/index.md" : "posts/" + post.slug() + ".md";
      for (JsonNode e : en.get(path)) {
        all++;
        String topic = SiteFixtures.posts(60).stream().filter(p -> e.get("path").asText().contains(p.slug())).findFirst().orElseThrow().topic();
        same += topic.equals(post.topic()) ? 1 : 0;
      }
    }
    assertTrue(same >= all * 0.9, same + " of " + all + " related posts share the topic");
  }

  @Test
  void jekyll_dataFileKeyedByPagePath_andValidYaml() throws Exception {
    Path site = SiteFixtures.jekyllSite(dir.resolve("site"), 40);
    Cli.Result result = ok("related", "--from", "jekyll:" + site, "--format", "jekyll", "--order", "newest", "-k", "4");
    assertTrue(result.err().contains("40 posts read from " + site + " (jekyll)"), result.err());
    Object loaded = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(site.resolve("_data/related.yml")));
    Map<?, ?> data = (Map<?, ?>) loaded;
    assertEquals(40, data.size());
    String first = SiteFixtures.posts(1).get(0).date() + "-" + SiteFixtures.posts(1).get(0).slug() + ".md";
    List<?> list = (List<?>) data.get("_posts/" + first);
    assertEquals(4, list.size());
    String previous = "9999";
    for (Object o : list) {
      Map<?, ?> entry = (Map<?, ?>) o;
      String date = entry.get("date").toString();
      assertTrue(date.compareTo(previous) <= 0, "newest first: " + list);
      previous = date;
      assertTrue(entry.get("url").toString().matches("/[a-z]+/\\d{4}/\\d{2}/\\d{2}/[a-z]+-\\d{3}\\.html"), entry.toString());
      assertTrue(entry.get("path").toString().startsWith("_posts/"), entry.toString());
    }
  }

  @Test
  void rich_fromAFeed_andAWordPressExport() throws Exception {
    Path feed = SiteFixtures.rssFeed(dir.resolve("feed.xml"), 30);
    Path out = dir.resolve("rich.jsonl");
    ok("related", "--from", "feed:" + feed, "--format", "rich", "--out", out.toString(), "-k", "3", "-q");
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(30, lines.size());
    JsonNode line = JSON.readTree(lines.get(0));
    assertEquals("post-1", line.get("id").asText());
    assertEquals("https://example.org/blog/" + SiteFixtures.posts(1).get(0).slug() + "/", line.get("url").asText());
    JsonNode entry = line.get("related").get(0);
    assertNotEquals("post-1", entry.get("id").asText());
    assertFalse(entry.get("excerpt").asText().isBlank());
    assertTrue(entry.get("reasons").get("terms").size() > 0, entry.toString());

    Path export = SiteFixtures.wxr(dir.resolve("export.xml"), 30);
    Cli.Result result = ok("related", "--from", "wxr:" + export, "--format", "rich", "--out", out.toString(), "-k", "3");
    assertTrue(result.err().contains("30 posts read from " + export + " (wxr)"), result.err());
    assertTrue(result.err().contains("12 skipped: 3 drafts, 1 private, 1 trashed, 2 pages, 4 attachments, 1 other item type"), result.err());
    assertEquals(30, Files.readAllLines(out).size());
  }

  @Test
  void outputs_escapeWhatThePostsHold() throws Exception {
    Path posts = TestPosts.write(dir, "posts.jsonl", List.of(
        TestPosts.post("a\"b", "Quotes \" and </script> and\nnewline: yes", "2021-01-01", "Bread dough flour oven bake bread dough.", "x"),
        TestPosts.post("c: d", "- a dash, # a hash, & an ampersand: *star", "2021-01-02", "Bread dough flour oven bake bread dough.", "x")));
    Path json = dir.resolve("related.json");
    ok("related", "--in", posts.toString(), "--format", "hugo", "--out", json.toString(), "-q");
    JsonNode hugo = JSON.readTree(json.toFile());
    assertEquals("- a dash, # a hash, & an ampersand: *star", hugo.get("en").get("a\"b").get(0).get("title").asText());
    Path yaml = dir.resolve("related.yml");
    ok("related", "--in", posts.toString(), "--format", "jekyll", "--out", yaml.toString(), "-q");
    Map<?, ?> jekyll = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(yaml));
    Map<?, ?> entry = (Map<?, ?>) ((List<?>) jekyll.get("c: d")).get(0);
    assertEquals("Quotes \" and </script> and\nnewline: yes", entry.get("title"));
    assertEquals("a\"b", entry.get("id"));
  }

  @Test
  void newestFirst_keepsTheSamePostsAsByScore() throws Exception {
    Path posts = TestPosts.nine(dir);
    Cli.Result byScore = ok("related", "--in", posts.toString(), "--out", "-", "-q", "-k", "4");
    Cli.Result newest = ok("related", "--in", posts.toString(), "--out", "-", "-q", "-k", "4", "--order", "newest");
    for (int i = 0; i < 9; i++) {
      JsonNode a = JSON.readTree(byScore.outLines().get(i)).get("related");
      JsonNode b = JSON.readTree(newest.outLines().get(i)).get("related");
      assertEquals(sortedIds(a), sortedIds(b));
    }
  }

  @Test
  void defaultOut_onlyForSiteFormatsReadFromASite() throws Exception {
    Cli.Result result = Cli.run("related", "--in", TestPosts.nine(dir).toString(), "--format", "hugo");
    assertEquals(2, result.exitCode(), result.toString());
    assertEquals("relata: Missing required option: '--out=FILE' (only hugo and jekyll output read from a site folder have a default)\n", result.err());
  }

  private static List<String> sortedIds(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(e -> ids.add(e.get("id").asText()));
    ids.sort(null);
    return ids;
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
