package io.github.relata.imports;

import static io.github.relata.imports.SiteFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.Article;
import io.github.relata.ArticleIndex;
import io.github.relata.RelatedPosts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's examples, compiled and run: the code below is the README's, and so is what it prints and writes. */
final class ReadmeExampleTest {

  /** A line of this file that starts so holds, after it, a line the README shows. */
  private static final String MARK = "// README ";

  @Test
  void example_printsWhatTheReadmeShows() throws Exception {
    Path root = Files.createTempDirectory("readme");
    Path mySite = root.resolve("my-site");
    writeSite(mySite);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    String cwd = root + "/";
    PrintStream stdout = System.out;
    try {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      example(mySite);
    } finally {
      System.setOut(stdout);
    }
    String readme = Files.readString(Path.of("README.md"));
    String output = printed.toString(StandardCharsets.UTF_8).replace(cwd, "").replaceAll(" in \\d+\\.\\d s;", " in 0.1 s;");
    assertTrue(readme.contains("```\n" + output + "```"), "the README shows what the example prints:\n" + output);
    assertReadmeHasTheMarkedLines(readme);
  }

  @Test
  void writerExample_writesWhatTheReadmeShows() throws Exception {
    Path root = Files.createTempDirectory("readme");
    Path mySite = root.resolve("my-site");
    writeSite(mySite);
    ArticleIndex index;
    PrintStream stdout = System.out;
    try {
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      index = example(mySite);
    } finally {
      System.setOut(stdout);
    }
    Path file = root.resolve("related.jsonl");
    // README try (Writer out = Files.newBufferedWriter(Path.of("related.jsonl"))) {
    try (Writer out = Files.newBufferedWriter(file)) {
      // README   RelatedListsWriter lists = new RelatedListsWriter(out, RelatedListsWriter.Detail.SCORES);
      RelatedListsWriter lists = new RelatedListsWriter(out, RelatedListsWriter.Detail.SCORES);
      // README   for (Article post : index.articles()) {
      for (Article post : index.articles()) {
        // README     lists.write(post.id(), index.relatedTo(post.id()));
        lists.write(post.id(), index.relatedTo(post.id()));
      }
      // README   lists.flush();
      lists.flush();
    }
    String written = Files.readString(file, StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("README.md"));
    assertTrue(readme.contains("writes, for the example above,\n\n```\n" + written + "```"), "the README shows what the writer writes:\n" + written);
    assertReadmeHasTheMarkedLines(readme);
  }

  private static void writeSite(Path mySite) throws IOException {
    write(mySite.resolve("content/_index.md"), "---\ntitle: Home\n---\n");
    write(mySite.resolve("content/posts/bread.md"), "---\ntitle: Bread\ndate: 2024-01-02\n---\nSourdough bread with rye flour.\n");
    write(mySite.resolve("content/posts/rye.md"), "---\ntitle: Rye\ndate: 2024-02-03\n---\nRye flour in sourdough bread.\n");
    write(mySite.resolve("content/posts/pizza.md"), "---\ntitle: Pizza\ndate: 2024-03-04\n---\nPizza dough.\n");
    write(mySite.resolve("content/posts/draft.md"), "---\ntitle: Draft\ndraft: true\n---\n");
    write(mySite.resolve("content/posts/broken.md"), "---\ntitle: Broken\ntags: [x]\ndate: last Tuesday\n---\n");
  }

  private static void assertReadmeHasTheMarkedLines(String readme) throws IOException {
    for (String line : Files.readAllLines(Path.of("src/test/java/io/github/relata/imports/ReadmeExampleTest.java"))) {
      int mark = line.indexOf(MARK);
      if (mark >= 0 && line.substring(0, mark).isBlank()) {
        assertTrue(readme.contains(line.substring(mark + MARK.length())), line);
      }
    }
  }

  private static ArticleIndex example(Path mySite) throws ImportException {
    // README PostImporter importer = PostImporter.builder().maxPostSize(5_000_000).build();
    PostImporter importer = PostImporter.builder().maxPostSize(5_000_000).build();
    // README ImportResult site = importer.read(ImportFormat.HUGO, Path.of("my-site"));
    ImportResult site = importer.read(ImportFormat.HUGO, mySite);
    // README System.out.println(site.summary());
    System.out.println(site.summary());
    // README for (Skipped problem : site.problems()) {
    for (Skipped problem : site.problems()) {
      // README   System.out.println(problem);
      System.out.println(problem);
    }
    // README ArticleIndex index = RelatedPosts.withDefaults().index(site.articles());
    ArticleIndex index = RelatedPosts.withDefaults().index(site.articles());
    assertEquals(3, index.size());
    return index;
  }
}
