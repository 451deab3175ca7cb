package io.github.relata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PostsFileTest {

  @TempDir Path dir;

  private Path file(String... lines) throws IOException {
    return TestPosts.write(dir, "posts.jsonl", List.of(lines));
  }

  private PostsFileException fails(String... lines) throws IOException {
    Path file = file(lines);
    PostsFileException e = assertThrows(PostsFileException.class, () -> PostsFile.read(file));
    assertEquals(file, e.file());
    assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
    return e;
  }

  @Test
  void read_corpusFormat_readsEveryField() throws Exception {
    Path file = file(
        "{\"id\": \"a\", \"title\": \"Alpha\", \"date\": \"2005-03-14\", \"body\": \"<p>Text</p>\", \"tags\": [\"x\", \"y\"],"
            + " \"labels\": [\"business\"], \"lang\": \"en\", \"url\": null}");
    Article post = PostsFile.read(file).get(0);
    assertEquals("a", post.id());
    assertEquals("Alpha", post.title());
    assertEquals(LocalDate.of(2005, 3, 14), post.publishedDate());
    assertEquals("<p>Text</p>", post.body());
    assertEquals(Set.of("x", "y"), post.tags());
    assertEquals("en", post.language());
    assertNull(post.url());
  }

  @Test
  void read_labels_areNeverRead() throws Exception {
    // Labels of any shape, even ones that would be invalid as tags, are ignored.
    Path file = file("{\"id\": \"a\", \"title\": \"A\", \"labels\": [\"business\", \"\"]}",
        "{\"id\": \"b\", \"title\": \"B\", \"labels\": 42}");
    List<Article> posts = PostsFile.read(file);
    assertEquals(2, posts.size());
    for (Article post : posts) {
      assertEquals(Set.of(), post.tags());
      assertEquals(Set.of(), post.categories());
      assertTrue(!post.toString().contains("business"), post.toString());
    }
  }

  @Test
  void read_nullDate_isUndated() throws Exception {
    assertNull(PostsFile.read(file("{\"id\": \"a\", \"title\": \"A\", \"date\": null}")).get(0).published());
  }

  @Test
  void read_malformedJson_namesFileAndLine() throws Exception {
    PostsFileException e = fails("{\"id\": \"a\", \"title\": \"A\"}", "{\"id\": \"b\", \"title\": ");
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains(":2: not valid JSON"), e.getMessage());
  }

  @Test
  void read_notAnObject_namesLine() throws Exception {
    PostsFileException e = fails("[1, 2, 3]");
    assertEquals(1, e.line());
    assertTrue(e.getMessage().contains("expected a JSON object"), e.getMessage());
  }

  @Test
  void read_duplicateId_namesBothLines() throws Exception {
    PostsFileException e = fails(
        "{\"id\": \"a\", \"title\": \"A\"}", "{\"id\": \"b\", \"title\": \"B\"}", "{\"id\": \"a\", \"title\": \"A again\"}");
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains(":3: duplicate id 'a' (first on line 1)"), e.getMessage());
  }

  @Test
  void read_missingFile_namesFile() {
    Path missing = dir.resolve("missing.jsonl");
    PostsFileException e = assertThrows(PostsFileException.class, () -> PostsFile.read(missing));
    assertEquals(missing + ": no such file", e.getMessage());
    assertEquals(0, e.line());
  }

  @Test
  void read_directory_namesIt() {
    PostsFileException e = assertThrows(PostsFileException.class, () -> PostsFile.read(dir));
    assertTrue(e.getMessage().startsWith(dir + ": is a directory"), e.getMessage());
  }

  @Test
  void read_wrongFieldTypes_nameFieldAndValue() throws Exception {
    assertTrue(fails("{\"id\": 42, \"title\": \"A\"}").getMessage().contains("field 'id' must be a string, found: 42"));
    assertTrue(fails("{\"id\": \"a\", \"title\": [\"A\"]}").getMessage().contains("field 'title' must be a string"));
    assertTrue(fails("{\"id\": \"a\", \"title\": \"A\", \"tags\": \"x\"}").getMessage()
        .contains("field 'tags' must be an array of strings, found: \"x\""));
    assertTrue(fails("{\"id\": \"a\", \"title\": \"A\", \"tags\": [\"x\", 3]}").getMessage()
        .contains("field 'tags' must hold only strings, found: 3"));
    assertTrue(fails("{\"id\": \"a\", \"title\": \"A\", \"date\": 20050314}").getMessage()
        .contains("field 'date' must be a string"));
  }

  @Test
  void read_missingRequiredField_namesIt() throws Exception {
    assertTrue(fails("{\"title\": \"A\"}").getMessage().endsWith(":1: missing field 'id'"));
    assertTrue(fails("{\"id\": \"a\"}").getMessage().endsWith(":1: missing field 'title'"));
  }

  @Test
  void read_badDate_namesLineAndValue() throws Exception {
    PostsFileException e = fails("{\"id\": \"a\", \"title\": \"A\"}", "{\"id\": \"b\", \"title\": \"B\", \"date\": \"2005-13-40\"}");
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("'2005-13-40'"), e.getMessage());
  }

  @Test
  void read_badLanguage_namesLine() throws Exception {
    PostsFileException e = fails("{\"id\": \"a\", \"title\": \"A\", \"lang\": \"english!\"}");
    assertEquals(1, e.line());
    assertTrue(e.getMessage().contains("english!"), e.getMessage());
  }

  @Test
  void read_byteOrderMark_isSkipped() throws Exception {
    Path file = dir.resolve("bom.jsonl");
    Files.write(file, "\uFEFF{\"id\": \"a\", \"title\": \"A\"}\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("a", PostsFile.read(file).get(0).id());
  }

  @Test
  void read_blankLines_areSkippedAndLinesStillCounted() throws Exception {
    Path file = file("", "{\"id\": \"a\", \"title\": \"A\"}", "   ", "", "{\"id\": \"b\", \"title\": \"B\"}", "{oops}");
    PostsFileException e = assertThrows(PostsFileException.class, () -> PostsFile.read(file));
    assertEquals(6, e.line());
    List<Article> posts = PostsFile.read(file("", "{\"id\": \"a\", \"title\": \"A\"}", "   ", "{\"id\": \"b\", \"title\": \"B\"}", ""));
    assertEquals(List.of("a", "b"), posts.stream().map(Article::id).toList());
  }

  @Test
  void read_invalidUtf8_namesLine() throws Exception {
    Path file = dir.resolve("latin1.jsonl");
    Files.write(file, "{\"id\": \"a\", \"title\": \"A\"}\n{\"id\": \"b\", \"title\": \"K\u00f6ln\"}\n".getBytes(StandardCharsets.ISO_8859_1));
    PostsFileException e = assertThrows(PostsFileException.class, () -> PostsFile.read(file));
    assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
  }

  @Test
  void read_stream_namesSourceInErrors() {
    Path source = Path.of("stdin");
    PostsFileException e = assertThrows(PostsFileException.class, () -> PostsFile.read(
        source, new ByteArrayInputStream("{\"id\": \"a\", \"title\": \"A\"}\nnot json\n".getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().startsWith("stdin:2: not valid JSON"), e.getMessage());
  }

  @Test
  void read_emptyFile_hasNoPosts() throws Exception {
    assertEquals(List.of(), PostsFile.read(file()));
  }
}
