package io.github.relata.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class PostImporterTest {

  @Test
  void nullParameters_areRejected() {
    NullPointerTester tester = new NullPointerTester().setDefault(Path.class, Path.of("x")).setDefault(ImportFormat.class, ImportFormat.JSON_LINES);
    tester.testAllPublicInstanceMethods(PostImporter.withDefaults());
    tester.testAllPublicInstanceMethods(PostImporter.builder());
    tester.testAllPublicStaticMethods(ImportFormat.class);
  }

  @Test
  void builder_defaults_andEverySettingInToString() {
    ImportOptions options = PostImporter.withDefaults().options();
    assertEquals(ImportOptions.DEFAULT_MAX_POST_BYTES, options.maxPostBytes());
    assertEquals(ImportOptions.DEFAULT_MAX_IMPORT_BYTES, options.maxImportBytes());
    assertEquals(List.of("post"), options.wordpressPostTypes());
    PostImporter importer = PostImporter.builder().maxPostSize(2_000).maxImportSize(3_000).includeDrafts(true).includeFuture(true)
        .wordpressPostTypes("post", "news").clock(Clock.systemUTC()).build();
    String text = importer.toString();
    for (String setting : List.of("maxPostBytes=2000", "maxImportBytes=3000", "includeDrafts=true", "includeFuture=true", "wordpressPostTypes=[post, news]", "clock=")) {
      assertTrue(text.contains(setting), text);
    }
  }

  @Test
  void builder_badValuesAndRepeatedSettings_throwNamingThem() {
    assertEquals("maxPostSize must be at least 1000 bytes: 10",
        assertThrows(IllegalArgumentException.class, () -> PostImporter.builder().maxPostSize(10)).getMessage());
    assertEquals("maxImportSize must be at least 1000 bytes: -1",
        assertThrows(IllegalArgumentException.class, () -> PostImporter.builder().maxImportSize(-1)).getMessage());
    assertEquals("wordpressPostTypes must not be blank: [post,  ]",
        assertThrows(IllegalArgumentException.class, () -> PostImporter.builder().wordpressPostTypes("post", " ")).getMessage());
    assertEquals("includeDrafts was already set to true",
        assertThrows(IllegalStateException.class, () -> PostImporter.builder().includeDrafts(true).includeDrafts(false)).getMessage());
    PostImporter.Builder builder = PostImporter.builder().maxPostSize(5_000);
    assertEquals(builder.build().options(), builder.build().options(), "build() leaves the builder as it was");
  }

  @Test
  void read_folderFormatFromAStream_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PostImporter.withDefaults().read(ImportFormat.HUGO, new ByteArrayInputStream(new byte[0]), "x"));
    assertEquals("hugo is a folder format: read(format, path) reads it", e.getMessage());
  }

  @Test
  void format_ofLabel() {
    assertEquals(Optional.of(ImportFormat.WORDPRESS), ImportFormat.ofLabel(" WXR "));
    assertEquals(Optional.empty(), ImportFormat.ofLabel("csv"));
    assertEquals("hugo, jekyll, wxr, feed, jsonl, json", ImportFormat.labels());
  }

  @Test
  void skipReason_describesCounts() {
    assertEquals("1 draft", SkipReason.DRAFT.describe(1));
    assertEquals("3 drafts", SkipReason.DRAFT.describe(3));
    assertTrue(SkipReason.INVALID.isProblem());
    assertTrue(!SkipReason.PAGE.isProblem());
  }
}
