package io.github.relata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import io.github.relata.imports.ImportFormat;
import io.github.relata.imports.PostImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class RelatedCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static List<JsonNode> parse(List<String> lines) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : lines) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  /** Checks the related-lists format: one line per post in input order, never the post, at most k, best first. */
  private static void assertRelatedLists(List<String> ids, List<String> lines, int k) throws IOException {
    List<JsonNode> lists = parse(lines);
    assertEquals(ids.size(), lists.size());
    for (int i = 0; i < ids.size(); i++) {
      JsonNode list = lists.get(i);
      assertEquals(ids.get(i), list.get("id").asText());
      JsonNode related = list.get("related");
      assertTrue(related.isArray(), list.toString());
      assertTrue(related.size() <= k, list.toString());
      double previous = Double.POSITIVE_INFINITY;
      for (JsonNode entry : related) {
        assertNotEquals(ids.get(i), entry.get("id").asText(), "a post is never related to itself: " + list);
        assertTrue(ids.contains(entry.get("id").asText()), list.toString());
        double score = entry.get("score").asDouble();
        assertTrue(score >= 0 && score <= 1 && score <= previous, "best first: " + list);
        previous = score;
      }
    }
  }

  @Test
  void related_smallCorpus_writesOneListPerPostBestFirst() throws IOException {
    Path posts = TestPosts.nine(dir);
    Path out = dir.resolve("related.jsonl");
    Cli.Result result = Cli.run(Cli.args("related", "--in", posts, "--out", out, "--k", 3));
    assertEquals(0, result.exitCode(), result.toString());
    List<String> ids = List.of("bread", "pizza", "cake", "derby", "cup", "transfer", "java", "streams", "undated");
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertRelatedLists(ids, lines, 3);
    // Posts on the same topic come first.
    JsonNode cup = parse(lines).get(4).get("related");
    assertTrue(List.of("derby", "transfer").contains(cup.get(0).get("id").asText()), cup.toString());
    JsonNode records = parse(lines).get(6).get("related");
    assertEquals("undated", records.get(0).get("id").asText(), records.toString());
    assertEquals("", result.out());
  }

  @Test
  void related_samplePosts_defaultKIsTen() throws Exception {
    Path posts = dir.resolve("sample.jsonl");
    Files.writeString(posts, Cli.run("sample").out(), StandardCharsets.UTF_8);
    Path out = dir.resolve("related.jsonl");
    Cli.Result result = Cli.run(Cli.args("related", "--in", posts, "--out", out));
    assertEquals(0, result.exitCode(), result.toString());
    List<String> ids = PostImporter.withDefaults().read(ImportFormat.JSON_LINES, posts).articles().stream().map(a -> a.id()).toList();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertRelatedLists(ids, lines, 10);
    assertTrue(parse(lines).stream().anyMatch(list -> list.get("related").size() == 10), "some list is full");
  }

  @Test
  void related_printsSummaryOnStandardError() throws IOException {
    Path out = dir.resolve("related.jsonl");
    Cli.Result result = Cli.run(Cli.args("related", "--in", TestPosts.nine(dir), "--out", out));
    assertTrue(result.err().matches("(?s).*9 posts, [0-9.]+ s, [0-9]+ posts/s, peak heap [0-9]+ MB\\R"), result.err());
  }

  @Test
  void related_quiet_printsNothing() throws IOException {
    Path out = dir.resolve("related.jsonl");
    Cli.Result result = Cli.run(Cli.args("related", "--in", TestPosts.nine(dir), "--out", out, "--quiet"));
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals("", result.err());
  }

  @Test
  void related_dashes_readStandardInputAndWriteStandardOutput() throws IOException {
    String posts = String.join("\n", TestPosts.NINE) + "\n";
    Cli.Result result = Cli.runWithInput(posts, "related", "--in", "-", "--out", "-", "-k", "2", "-q");
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals("", result.err());
    assertRelatedLists(
        List.of("bread", "pizza", "cake", "derby", "cup", "transfer", "java", "streams", "undated"), result.outLines(), 2);
  }

  @Test
  void related_replacesAnExistingOutputFile() throws IOException {
    Path out = Files.writeString(dir.resolve("related.jsonl"), "old\n");
    Cli.Result result = Cli.run(Cli.args("related", "--in", TestPosts.nine(dir), "--out", out, "-q"));
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals(9, Files.readAllLines(out).size());
    assertOnlyFiles("posts.jsonl", "related.jsonl");
  }

  @Test
  void related_badLine_leavesOutputUntouched() throws IOException {
    List<String> lines = new ArrayList<>(TestPosts.NINE);
    lines.add(4, "{\"id\": \"broken\", \"title\": ");
    Path posts = TestPosts.write(dir, "posts.jsonl", lines);
    Path out = Files.writeString(dir.resolve("related.jsonl"), "previous run\n");
    Cli.Result result = Cli.run(Cli.args("related", "--in", posts, "--out", out));
    assertEquals(1, result.exitCode(), result.toString());
    assertTrue(result.err().startsWith("relata: " + posts + ":5: not valid JSON"), result.err());
    assertEquals("previous run\n", Files.readString(out));
    assertOnlyFiles("posts.jsonl", "related.jsonl");
  }

  @Test
  void related_badLine_createsNoOutput() throws IOException {
    Path posts = TestPosts.write(dir, "posts.jsonl", List.of(TestPosts.NINE.get(0), TestPosts.NINE.get(0)));
    Path out = dir.resolve("related.jsonl");
    Cli.Result result = Cli.run(Cli.args("related", "--in", posts, "--out", out));
    assertEquals(1, result.exitCode(), result.toString());
    assertEquals("relata: " + posts + ":2: duplicate id 'bread' (first on line 1)\n"
        + "relata: " + posts + ": 1 post could not be read (listed above); nothing was written (--skip-invalid leaves them out)\n", result.err());
    assertOnlyFiles("posts.jsonl");
  }

  @Test
  void related_missingInput_namesFile() throws IOException {
    Path missing = dir.resolve("missing.jsonl");
    Cli.Result result = Cli.run(Cli.args("related", "--in", missing, "--out", dir.resolve("out.jsonl")));
    assertEquals(1, result.exitCode(), result.toString());
    assertEquals("relata: " + missing + ": no such file\n", result.err());
    assertOnlyFiles();
  }

  @Test
  void related_missingOutputDirectory_failsBeforeReading() throws IOException {
    Path out = dir.resolve("no/such/dir/related.jsonl");
    Cli.Result result = Cli.run(Cli.args("related", "--in", TestPosts.nine(dir), "--out", out));
    assertEquals(1, result.exitCode(), result.toString());
    assertTrue(result.err().startsWith("relata: " + out + ": no such directory"), result.err());
  }

  @Test
  void related_outputIsADirectory_namesIt() throws IOException {
    Cli.Result result = Cli.run(Cli.args("related", "--in", TestPosts.nine(dir), "--out", dir));
    assertEquals(1, result.exitCode(), result.toString());
    assertTrue(result.err().startsWith("relata: " + dir + ": is a directory"), result.err());
  }

  @Test
  void related_noTags_olderOnly_anyLanguage_bm25_run() throws IOException {
    Path out = dir.resolve("related.jsonl");
    Cli.Result result = Cli.run(Cli.args("related", "--in", TestPosts.nine(dir), "--out", out, "-q",
        "--no-tags", "--older-only", "--any-language", "--bm25", "--latent-dimensions", "0",
        "--weights", "text=1,date=0.1", "--field-weights", "3,1,1", "--date-half-life-days", "30",
        "--max-age-days", "400", "--min-score", "0.01", "--default-language", "en"));
    assertEquals(0, result.exitCode(), result.toString());
    List<JsonNode> lists = parse(Files.readAllLines(out));
    // Older only: the first post has nothing older, the second only the first to point to.
    assertEquals(0, lists.get(0).get("related").size(), lists.get(0).toString());
    for (JsonNode entry : lists.get(1).get("related")) {
      assertEquals("bread", entry.get("id").asText());
    }
  }

  private void assertOnlyFiles(String... names) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(names).stream().sorted().toList(),
          files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file is left behind");
    }
  }
}
