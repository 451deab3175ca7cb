package io.github.relata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.Article;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import io.github.relata.imports.ImportFormat;
import io.github.relata.imports.ImportResult;
import io.github.relata.imports.PostImporter;
import org.junit.jupiter.api.Test;

final class SampleCommandTest {

  @Test
  void sample_printsTheSamplePostsAsAPostsFile() throws Exception {
    Cli.Result result = Cli.run("sample");
    assertEquals(0, result.exitCode(), result.toString());
    ImportResult imported = PostImporter.withDefaults().read(ImportFormat.JSON_LINES, new ByteArrayInputStream(result.out().getBytes(StandardCharsets.UTF_8)), "sample");
    assertTrue(imported.skipped().isEmpty() && imported.warnings().isEmpty(), imported.summary());
    List<Article> posts = imported.articles();
    assertTrue(posts.size() >= 20, "posts: " + posts.size());
    assertTrue(posts.stream().anyMatch(p -> "sv".equals(p.language())));
    assertTrue(posts.stream().anyMatch(p -> "en".equals(p.language())));
    assertEquals(posts.size(), result.outLines().size());
  }
}
