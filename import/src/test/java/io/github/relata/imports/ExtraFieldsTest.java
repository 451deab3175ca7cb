package io.github.relata.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ExtraFieldsTest {

  private static final PostImporter LABELS = PostImporter.builder().extraFields("labels").build();

  private static ImportResult read(PostImporter importer, ImportFormat format, String text) throws ImportException {
    return importer.read(format, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "posts");
  }

  @Test
  void jsonLines_keepsTheFieldsAskedFor_inSourceOrder() throws ImportException {
    ImportResult result = read(LABELS, ImportFormat.JSON_LINES,
        "{\"id\": \"a\", \"title\": \"A\", \"labels\": [\"sport\", \"football\"], \"other\": [\"x\"]}\n"
            + "{\"id\": \"b\", \"title\": \"B\"}\n"
            + "{\"id\": \"c\", \"title\": \"C\", \"labels\": null}\n");

    assertEquals(List.of("sport", "football"), result.posts().get(0).extraField("labels"));
    assertEquals(List.of(), result.posts().get(0).extraField("other"), "a field not asked for is not kept");
    assertEquals(List.of(), result.posts().get(1).extraField("labels"));
    assertEquals(List.of(), result.posts().get(2).extraField("labels"));
    assertFalse(result.posts().get(0).article().toString().contains("football"), "the article never holds them");
  }

  @Test
  void jsonArray_keepsTheFieldsAskedFor() throws ImportException {
    ImportResult result = read(LABELS, ImportFormat.JSON_ARRAY, "[{\"id\": \"a\", \"title\": \"A\", \"labels\": [\"tech\"]}]");

    assertEquals(List.of("tech"), result.posts().get(0).extraField("labels"));
  }

  @Test
  void withoutTheSetting_nothingIsKept() throws ImportException {
    ImportResult result = read(PostImporter.withDefaults(), ImportFormat.JSON_LINES, "{\"id\": \"a\", \"title\": \"A\", \"labels\": [\"tech\"]}\n");

    assertEquals(List.of(), result.posts().get(0).extraField("labels"));
    assertTrue(result.posts().get(0).extraFields().isEmpty());
  }

  @Test
  void aValueThatIsNotStrings_makesThePostInvalid_namingLineAndField() throws ImportException {
    ImportResult result = read(LABELS, ImportFormat.JSON_LINES,
        "{\"id\": \"a\", \"title\": \"A\"}\n{\"id\": \"b\", \"title\": \"B\", \"labels\": [1]}\n");

    assertEquals(1, result.posts().size());
    Skipped skipped = result.problems().get(0);
    assertEquals("posts:2", skipped.location());
    assertEquals("field 'labels' must hold only strings, found: 1", skipped.detail());
  }

  @Test
  void extraFields_anArticleField_isRefusedNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PostImporter.builder().extraFields("labels", "tags"));
    assertTrue(e.getMessage().contains("tags"), e.getMessage());
  }

  @Test
  void extraFields_setTwice_isAnIllegalState() {
    PostImporter.Builder builder = PostImporter.builder().extraFields("labels");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> builder.extraFields("topics"));
    assertTrue(e.getMessage().contains("labels"), e.getMessage());
  }
}
