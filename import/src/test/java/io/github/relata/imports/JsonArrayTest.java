package io.github.relata.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.relata.Article;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

final class JsonArrayTest {

  private static ImportResult read(String json) throws ImportException {
    return PostImporter.withDefaults().read(ImportFormat.JSON_ARRAY, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "posts.json");
  }

  @Test
  void read_elements_badOnesSkippedWithTheirNumber() throws Exception {
    ImportResult result = read("[\n {\"id\": \"a\", \"title\": \"A\", \"date\": \"2020-01-02T10:00:00Z\"},\n 42,\n"
        + " {\"id\": \"b\"},\n {\"id\": \"c\", \"title\": \"C\"}\n]\n");
    assertEquals(List.of("a", "c"), result.articles().stream().map(Article::id).toList());
    assertEquals(List.of("posts.json: item 2, line 3: expected a JSON object, found: 42",
        "posts.json: item 3, line 4: missing field 'title'"), result.skipped().stream().map(Skipped::toString).toList());
  }

  @Test
  void read_notAnArray_saysWhatItIs() {
    assertEquals("posts.json: not a JSON array of posts: it starts with an object (one post per line is JSON Lines: use jsonl)",
        assertThrows(ImportException.class, () -> read("{\"id\": \"a\", \"title\": \"A\"}")).getMessage());
    assertEquals("posts.json: empty: no JSON array of posts", assertThrows(ImportException.class, () -> read("  ")).getMessage());
    assertEquals("posts.json:2: not valid JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start field name",
        assertThrows(ImportException.class, () -> read("[{\"id\": \"a\",\n}]")).getMessage());
    assertEquals("posts.json:1: more JSON after the array of posts", assertThrows(ImportException.class, () -> read("[] []")).getMessage());
  }
}
