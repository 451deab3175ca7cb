package io.github.relata.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class JsonLinesTest {

  @TempDir Path dir;

  private Path file(String... lines) throws Exception {
    return Files.write(dir.resolve("posts.jsonl"), List.of(lines), StandardCharsets.UTF_8);
  }

  private static ImportResult read(Path file) throws ImportException {
    return PostImporter.withDefaults().read(ImportFormat.JSON_LINES, file);
  }

  private static String post(String id) {
    return "{\"id\": \"" + id + "\", \"title\": \"Title " + id + "\"}";
  }

  /** Returns the one skipped item, checking that the posts around it were kept. */
  private static Skipped onlySkipped(ImportResult result) {
    assertEquals(1, result.skipped().size(), result.skipped().toString());
    return result.skipped().get(0);
  }

  @Test
  void read_corpusFormat_readsEveryField() throws Exception {
    Path file = file("{\"id\": \"a\", \"title\": \"Alpha\", \"date\": \"2005-03-14\", \"body\": \"<p>Text</p>\", \"tags\": [\"x\", \"y\"],"
        + " \"categories\": [\"c\"], \"summary\": \"Sum\", \"author\": \"Ann\", \"labels\": [\"business\"], \"lang\": \"en\", \"url\": null}");
    ImportedPost imported = read(file).posts().get(0);
    Article post = imported.article();
    assertEquals("a", post.id());
    assertEquals("Alpha", post.title());
    assertEquals(LocalDate.of(2005, 3, 14), post.publishedDate());
    assertEquals("<p>Text</p>", post.body());
    assertEquals("Sum", post.summary());
    assertEquals(Set.of("x", "y"), post.tags());
    assertEquals(Set.of("c"), post.categories());
    assertEquals("Ann", post.author());
    assertEquals("en", post.language());
    assertNull(post.url());
    assertEquals(file + ":1", imported.location());
    assertFalse(post.toString().contains("business"), "labels are never read");
  }

  @Test
  void read_badLines_areSkippedWithTheirLineAndTheOthersKept() throws Exception {
    Path file = file(post("a"), "{\"id\": \"b\", \"title\": ", post("c"), "[1, 2]", post("d"),
        "{\"id\": 42, \"title\": \"A\"}", "{\"id\": \"e\", \"title\": \"E\", \"tags\": \"x\"}", "{\"title\": \"no id\"}",
        "{\"id\": \"f\", \"title\": \"F\", \"date\": \"2005-13-40\"}", post("a"));
    ImportResult result = read(file);
    assertEquals(List.of("a", "c", "d"), result.articles().stream().map(Article::id).toList());
    List<String> problems = result.skipped().stream().map(Skipped::toString).toList();
    assertEquals(7, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith(file + ":2: not valid JSON: Unexpected end-of-input"), problems.get(0));
    assertEquals(List.of(
        file + ":4: expected a JSON object, found: [1, 2]",
        file + ":6: field 'id' must be a string, found: 42",
        file + ":7: field 'tags' must be an array of strings, found: \"x\"",
        file + ":8: missing field 'id'",
        file + ":9: date must be YYYY-MM-DD or an ISO-8601 date-time: '2005-13-40'",
        file + ":10: duplicate id 'a' (first on line 1)"), problems.subList(1, 7));
  }

  @Test
  void read_invalidUtf8_isReportedOnItsOwnLine() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((post("a") + "\n" + post("b") + "\n").getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("{\"id\": \"c\", \"title\": \"K".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xF6); // Latin-1 'ö'
    bytes.writeBytes(("ln\"}\n" + post("d") + "\n").getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(dir.resolve("latin1.jsonl"), bytes.toByteArray());
    ImportResult result = read(file);
    assertEquals(List.of("a", "b", "d"), result.articles().stream().map(Article::id).toList());
    assertEquals(file + ":3: not valid UTF-8: byte 0xF6 at column 24", onlySkipped(result).toString());
  }

  @Test
  void read_invalidUtf8_farIntoALongFile_isOnTheRightLine() throws Exception {
    // A line number once came out 14 short here: the decoder read ahead of the line counter.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String padding = "x".repeat(900);
    for (int i = 1; i <= 1600; i++) {
      bytes.writeBytes(("{\"id\": \"p" + i + "\", \"title\": \"T\", \"body\": \"" + padding).getBytes(StandardCharsets.UTF_8));
      if (i == 1501) {
        bytes.write(0xC3); // a lead byte with no continuation
      }
      bytes.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    Path file = Files.write(dir.resolve("long.jsonl"), bytes.toByteArray());
    ImportResult result = read(file);
    assertEquals(1599, result.posts().size());
    assertEquals(file + ":1501", onlySkipped(result).location());
  }

  @Test
  void read_twoObjectsOnOneLine_isReportedNotHalfRead() throws Exception {
    Path file = file(post("a"), post("b") + " " + post("c"), post("d"));
    ImportResult result = read(file);
    assertEquals(List.of("a", "d"), result.articles().stream().map(Article::id).toList());
    Skipped skipped = onlySkipped(result);
    assertEquals(file + ":2", skipped.location());
    assertTrue(skipped.detail().startsWith("more than one JSON value on the line (a missing line break?)"), skipped.detail());
  }

  @Test
  void requireNoProblems_allOrNothing() throws Exception {
    assertEquals(2, read(file(post("a"), post("b"))).requireNoProblems().posts().size());
    Path file = file(post("a"), "{oops}", post("a"));
    ImportException e = assertThrows(ImportException.class, () -> read(file).requireNoProblems());
    assertTrue(e.getMessage().startsWith(file + ":2: not valid JSON: "), e.getMessage());
    assertTrue(e.getMessage().endsWith(" (and 1 more problem)"), e.getMessage());
    assertEquals(file + ":2", e.location());
  }

  @Test
  void read_emptyOrBlankFile_hasNoPostsAndNothingSkipped() throws Exception {
    assertEquals(List.of(), read(file()).posts());
    ImportResult blank = read(file("", "   ", "\t"));
    assertEquals(List.of(), blank.posts());
    assertEquals(List.of(), blank.skipped());
    assertTrue(blank.summary().startsWith("0 posts read from " + dir.resolve("posts.jsonl")), blank.summary());
  }

  @Test
  void read_mixedLineEndings_countLinesAsEditorsDo() throws Exception {
    String text = post("a") + "\r\n" + post("b") + "\n" + post("c") + "\r" + "{oops}" + "\r\n\n" + post("e");
    Path file = Files.writeString(dir.resolve("mixed.jsonl"), text);
    ImportResult result = read(file);
    assertEquals(List.of("a", "b", "c", "e"), result.articles().stream().map(Article::id).toList());
    assertEquals(file + ":4", onlySkipped(result).location());
    assertEquals(file + ":6", result.posts().get(3).location());
  }

  @Test
  void read_lineOverThePostLimit_isSkippedInRelatasWords() throws Exception {
    PostImporter importer = PostImporter.builder().maxPostSize(10_000).build();
    Path file = file(post("a"), "{\"id\": \"big\", \"title\": \"B\", \"body\": \"" + "y".repeat(19_950) + "\"}", post("c"));
    ImportResult result = importer.read(ImportFormat.JSON_LINES, file);
    assertEquals(List.of("a", "c"), result.articles().stream().map(Article::id).toList());
    Skipped skipped = onlySkipped(result);
    assertEquals(SkipReason.TOO_LARGE, skipped.reason());
    assertEquals(file + ":2: line larger than the post limit of 10 kB (maxPostSize): 20 kB", skipped.toString());
  }

  @Test
  void read_stringsPastJacksonsDefaultLimit_areReadUpToRelatasOwn() throws Exception {
    // Jackson's own default stops strings at 20,000,000 characters; the limit is Relata's post limit.
    PostImporter importer = PostImporter.builder().maxPostSize(30_000_000).build();
    String big = "{\"id\": \"big\", \"title\": \"B\", \"body\": \"" + "word ".repeat(4_100_000) + "\"}";
    ImportResult result = importer.read(ImportFormat.JSON_LINES, new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)), "big.jsonl");
    assertEquals(1, result.posts().size(), result.skipped().toString());
  }

  @Test
  void read_longNumber_isReportedWithoutParserInternals() throws Exception {
    Path file = file("{\"id\": \"a\", \"title\": \"A\", \"n\": " + "9".repeat(1_500) + "}");
    Skipped skipped = onlySkipped(read(file));
    assertEquals("a number longer than 1000 digits", skipped.detail());
  }

  @Test
  void read_importOverTheLimit_failsInRelatasWords() throws Exception {
    PostImporter importer = PostImporter.builder().maxImportSize(5_000).build();
    String[] lines = new String[200];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = post("p" + i);
    }
    Path file = file(lines);
    ImportException e = assertThrows(ImportException.class, () -> importer.read(ImportFormat.JSON_LINES, file));
    assertEquals(file + ": larger than the import limit of 5 kB (maxImportSize); nothing was imported", e.getMessage());
  }

  @Test
  void read_unknownLanguage_isWarnedAndLeftToDetection() throws Exception {
    ImportResult result = read(file("{\"id\": \"a\", \"title\": \"A\", \"lang\": \"xx\"}", "{\"id\": \"b\", \"title\": \"B\", \"lang\": \"sv-SE\"}"));
    assertNull(result.articles().get(0).language());
    assertEquals("sv", result.articles().get(1).language());
    assertEquals(1, result.warnings().size());
    assertTrue(result.warnings().get(0).toString().endsWith(":1: lang 'xx' is not an ISO 639 language code (such as sv or en); the language will be detected"),
        result.warnings().toString());
  }

  @Test
  void read_duplicateIdWithUnknownLanguage_isSkippedWithoutAWarning() throws Exception {
    ImportResult result = read(file(post("a"), "{\"id\": \"a\", \"title\": \"Again\", \"lang\": \"klingon\"}"));
    assertEquals(SkipReason.DUPLICATE_ID, onlySkipped(result).reason());
    assertEquals(List.of(), result.warnings(), "warnings are about posts that were kept");
  }

  @Test
  void read_byteOrderMark_isSkipped() throws Exception {
    Path file = Files.write(dir.resolve("bom.jsonl"), ("\uFEFF" + post("a") + "\n").getBytes(StandardCharsets.UTF_8));
    assertEquals("a", read(file).articles().get(0).id());
  }

  @Test
  void read_duplicateField_isReported() throws Exception {
    Skipped skipped = onlySkipped(read(file("{\"id\": \"a\", \"title\": \"A\", \"title\": \"B\"}")));
    assertTrue(skipped.detail().startsWith("not valid JSON: Duplicate field 'title'"), skipped.detail());
  }

  @Test
  void read_missingFileOrFolder_isAnError() throws Exception {
    Path missing = dir.resolve("missing.jsonl");
    assertEquals(missing + ": no such file", assertThrows(ImportException.class, () -> read(missing)).getMessage());
    assertEquals(dir + ": is a folder, not a JSON Lines file of posts", assertThrows(ImportException.class, () -> read(dir)).getMessage());
  }

  @Test
  void read_stream_namesTheSource() throws Exception {
    ImportResult result = PostImporter.withDefaults().read(ImportFormat.JSON_LINES,
        new ByteArrayInputStream((post("a") + "\nnot json\n").getBytes(StandardCharsets.UTF_8)), "stdin");
    assertEquals("stdin:2", onlySkipped(result).location());
  }
}
