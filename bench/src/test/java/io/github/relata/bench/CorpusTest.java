package io.github.relata.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CorpusTest {

  private static final String GOOD_1 =
      "{\"id\": \"p1\", \"title\": \"Första\", \"date\": \"2024-03-01\", \"body\": \"Text.\", "
          + "\"tags\": [\"t\"], \"labels\": [\"x\", \"y\"], \"lang\": \"sv\", \"url\": null}";
  private static final String GOOD_2 =
      "{\"id\": \"p2\", \"title\": \"Second\", \"date\": null, \"body\": \"More.\", \"tags\": [], "
          + "\"labels\": [], \"lang\": \"en\"}";

  @TempDir Path dir;

  private Path write(String fileName, String... lines) throws IOException {
    Path file = dir.resolve(fileName);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void read_validFile_readsEveryField() throws IOException {
    Corpus corpus = Corpus.read(write("tiny_sv.jsonl", GOOD_1, "", GOOD_2));

    assertEquals("tiny_sv", corpus.name());
    assertEquals(2, corpus.posts().size());
    CorpusPost first = corpus.posts().get(0);
    assertEquals(new CorpusPost("p1", "Första", "Text.", LocalDate.of(2024, 3, 1), "sv", List.of("t"),
        Set.of("x", "y")), first);
    CorpusPost second = corpus.posts().get(1);
    assertNull(second.date());
    assertEquals(Set.of(), second.labels());
  }

  @Test
  void read_malformedJson_namesFileAndLine() throws IOException {
    Path file = write("broken.jsonl", GOOD_1, "{\"id\": \"p2\", \"title\": ");

    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Corpus.read(file));

    assertEquals(2, e.line());
    assertEquals(file, e.file());
    assertTrue(e.getMessage().startsWith(file + ":2: not valid JSON"), e.getMessage());
  }

  @Test
  void read_trailingGarbage_isMalformed() throws IOException {
    Path file = write("trailing.jsonl", GOOD_1 + " x");

    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Corpus.read(file));

    assertTrue(e.getMessage().contains("trailing.jsonl:1: not valid JSON"), e.getMessage());
  }

  @Test
  void read_duplicateId_namesFileLineAndId() throws IOException {
    Path file = write("dup.jsonl", GOOD_1, GOOD_2, GOOD_1.replace("Första", "Again"));

    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Corpus.read(file));

    assertEquals(file + ":3: duplicate id 'p1' (first on line 1)", e.getMessage());
  }

  @Test
  void read_missingId_namesFileAndLine() throws IOException {
    Path file = write("noid.jsonl", GOOD_1, "{\"title\": \"No id\"}");

    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Corpus.read(file));

    assertEquals(file + ":2: missing field 'id'", e.getMessage());
  }

  @Test
  void read_missingTitle_namesFileAndLine() throws IOException {
    Path file = write("notitle.jsonl", "{\"id\": \"p9\", \"body\": \"x\"}");

    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Corpus.read(file));

    assertEquals(file + ":1: missing field 'title'", e.getMessage());
  }

  @Test
  void read_badDate_namesValue() throws IOException {
    Path file = write("date.jsonl", GOOD_1.replace("2024-03-01", "2024-13-01"));

    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Corpus.read(file));

    assertEquals(file + ":1: date must be YYYY-MM-DD or an ISO-8601 date-time: '2024-13-01'", e.getMessage());
  }

  @Test
  void read_labelsNotStrings_namesField() throws IOException {
    Path file = write("labels.jsonl", GOOD_2.replace("\"labels\": []", "\"labels\": [1]"));

    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Corpus.read(file));

    assertTrue(e.getMessage().startsWith(file + ":1: field 'labels' must hold only strings"), e.getMessage());
  }

  @Test
  void read_notAnObject_namesLine() throws IOException {
    Path file = write("array.jsonl", "[1, 2]");

    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Corpus.read(file));

    assertEquals(file + ":1: expected a JSON object, found: [1, 2]", e.getMessage());
  }

  @Test
  void unlabelledPosts_dropLabelsOnly() throws IOException {
    Corpus corpus = Corpus.read(write("c.jsonl", GOOD_1));

    CorpusPost post = corpus.unlabelledPosts().get(0);

    assertEquals(Set.of(), post.labels());
    assertEquals(corpus.posts().get(0).withoutLabels(), post);
    assertEquals("Första", post.title());
  }

  @Test
  void constructor_duplicateIds_throwsNamingId() {
    CorpusPost post = TestPosts.text("same", "x");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TestPosts.corpus(post, post));

    assertEquals("duplicate post id: same", e.getMessage());
  }

  @Test
  void read_poolFile_readsTheLinksBesideIt() throws IOException {
    write("site_links.jsonl", "{\"id\": \"p2\", \"relevant\": [\"p1\"]}");
    Path pool = write("site_pool.jsonl", GOOD_1, GOOD_2);

    Corpus corpus = Corpus.read(pool);

    assertEquals("site", corpus.name());
    assertTrue(corpus.isLinkCorpus());
    assertEquals(Map.of("p2", Set.of("p1")), corpus.links());
    assertEquals(List.of("p2"), corpus.queryIds());
    assertEquals(corpus, Corpus.read(dir.resolve("site_links.jsonl")));
  }

  @Test
  void read_labelFile_queriesEveryPost() throws IOException {
    Corpus corpus = Corpus.read(write("labels_sv.jsonl", GOOD_1, GOOD_2));

    assertFalse(corpus.isLinkCorpus());
    assertEquals(List.of("p1", "p2"), corpus.queryIds());
  }

  @Test
  void read_linkToAPostNotInThePool_namesFileLineAndId() throws IOException {
    Path links = write("bad_links.jsonl", "{\"id\": \"p2\", \"relevant\": [\"p1\"]}", "{\"id\": \"p1\", \"relevant\": [\"gone\"]}");
    write("bad_pool.jsonl", GOOD_1, GOOD_2);

    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Corpus.read(links));

    assertEquals(links + ":2: linked post is not in the pool: \"gone\"", e.getMessage());
  }

  @Test
  void read_repeatedQuery_namesFileAndLine() throws IOException {
    String line = "{\"id\": \"p2\", \"relevant\": [\"p1\"]}";
    Path links = write("twice_links.jsonl", line, line);
    write("twice_pool.jsonl", GOOD_1, GOOD_2);

    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Corpus.read(links));

    assertEquals(links + ":2: query post appears twice: p2", e.getMessage());
  }

  @Test
  void read_poolWithoutLinks_saysAPairIsNeeded() throws IOException {
    Path pool = write("alone_pool.jsonl", GOOD_1);

    IOException e = assertThrows(IOException.class, () -> Corpus.read(pool));

    assertTrue(e.getMessage().contains("alone_links.jsonl"), e.getMessage());
  }

  @Test
  void defaultCorpora_leaveOutLinksFiles() throws IOException {
    Path corpora = Files.createDirectories(dir.resolve("shared/corpora"));
    Files.writeString(corpora.resolve("a_en.jsonl"), GOOD_1);
    Files.writeString(corpora.resolve("b_pool.jsonl"), GOOD_1);
    Files.writeString(corpora.resolve("b_links.jsonl"), "{\"id\": \"p1\", \"relevant\": [\"p1\"]}");
    Files.createDirectories(dir.resolve("repo"));

    assertEquals(List.of(corpora.resolve("a_en.jsonl"), corpora.resolve("b_pool.jsonl")),
        SharedCorpora.defaultCorpora(dir.resolve("repo")));
  }
}
