package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's quick start, compiled and run; a second test checks that the README shows this very code. */
final class ReadmeExamplesTest {

  private static final Path README = Path.of("../README.md");

  static void quickStart() {
    // README quick start begins
    List<Article> posts = List.of(
        Article.builder("s3-stockholm", "Smart specialisering i Stockholm").published(LocalDate.of(2018, 3, 14))
            .body("Stockholmsregionen uppdaterar sin strategi för smart specialisering med Nordregio och andra regioner.").build(),
        Article.builder("s3-skane", "Skåne satsar på smarta specialiseringsstrategier").published(LocalDate.of(2018, 4, 13))
            .body("Regionen arbetar med smart specialisering inom livsmedel, i dialog med Nordregio.").build(),
        Article.builder("kluster", "Klusterorganisationer i Europa").published(LocalDate.of(2017, 11, 27))
            .body("Kluster och regioner samarbetar över gränserna i Interreg Europe.").build(),
        Article.builder("surdeg", "Surdegsbröd på helgen").published(LocalDate.of(2019, 2, 2))
            .body("Ett grundrecept på surdegsbröd med lång jäsning över natten.").build());

    ArticleIndex index = RelatedPosts.builder().maxResults(3).build().index(posts);
    for (RelatedPost r : index.relatedTo("s3-stockholm")) {
      System.out.printf(Locale.ROOT, "%s  %.2f  %s%n", r.article().title(), r.score(), r.sharedTerms());
    }
    // README quick start ends
  }

  static ArticleIndex startFromTheSnapshot(RelatedPosts engine, List<Article> posts, Path file) throws IOException {
    // README snapshot begins
    ArticleIndex index;
    try {
      index = engine.load(file);    // nothing analysed or learned again: seconds where indexing takes minutes
    } catch (NoSuchFileException | SnapshotException e) {
      index = engine.index(posts);  // the first start, or a file that is damaged or of other settings
      index.save(file);             // atomically: the old file or the new one, never part of one
    }
    LiveIndex live = engine.liveIndex(index);
    // README snapshot ends
    live.close();
    return index;
  }

  @Test
  void snapshotExample_buildsAndSaves_thenLoads_andRebuildsOverADamagedFile(@TempDir Path dir) throws IOException {
    RelatedPosts engine = RelatedPosts.withDefaults();
    List<Article> posts = SamplePosts.all();
    Path file = dir.resolve("site.relata");
    ArticleIndex built = startFromTheSnapshot(engine, posts, file);
    assertTrue(Files.exists(file));
    ArticleIndex loaded = startFromTheSnapshot(engine, List.of(), file);
    SnapshotProperties.assertSameAnswers(built, loaded);
    Files.write(file, new byte[] {1, 2, 3});
    assertEquals(posts.size(), startFromTheSnapshot(engine, posts, file).size());
    assertEquals(posts.size(), engine.load(file).size(), "saved anew");
  }

  @Test
  void readmeShowsTheSnapshotExampleAsTested() throws IOException {
    assumeTrue(Files.isRegularFile(README), "skipped: no README.md beside the core module");
    String source = Files.readString(Path.of("src/test/java/io/github/relata/ReadmeExamplesTest.java"));
    String tested = between(source, "// README snapshot begins\n", "    // README snapshot ends");
    String readme = Files.readString(README);
    String section = readme.substring(readme.indexOf("## Saving and loading an index"));
    String shown = between(section, "```java\n", "```");
    assertEquals(normalize(tested), normalize(shown), "the README's snapshot example must be the tested one");
  }

  @Test
  void quickStartFindsTheOtherSmartSpecialisationPostFirstAndSaysWhy() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      quickStart();
    } finally {
      System.setOut(original);
    }
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertTrue(lines.get(0).startsWith("Skåne satsar på smarta specialiseringsstrategier"), lines.toString());
    assertTrue(lines.get(0).contains("smart specialisering") && lines.get(0).contains("Nordregio"), lines.get(0));
    assertEquals(List.of(
        "Skåne satsar på smarta specialiseringsstrategier  0.26  [smart specialisering, Nordregio, regioner]"),
        lines, "the output the README shows");
    assertTrue(lines.stream().noneMatch(l -> l.startsWith("Surdegsbröd")), "the bread post is unrelated: " + lines);
  }

  @Test
  void readmeShowsTheQuickStartAsTested() throws IOException {
    assumeTrue(Files.isRegularFile(README), "skipped: no README.md beside the core module");
    String source = Files.readString(Path.of("src/test/java/io/github/relata/ReadmeExamplesTest.java"));
    String tested = between(source, "// README quick start begins\n", "    // README quick start ends");
    String readme = Files.readString(README);
    // The README shows a whole source file: the imports, a class and a main method around this code.
    String file = between(readme, "```java\n", "```");
    String shown = between(file, "public static void main(String[] args) {\n", "\n  }\n}");
    assertEquals(normalize(tested), normalize(shown), "the main method of the README's first Java block must be the tested quick start");
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    int to = text.indexOf(end, from + start.length());
    assertTrue(from >= 0 && to > from, "markers " + start.strip() + " / " + end.strip());
    return text.substring(from + start.length(), to);
  }

  /** Compares the code line by line, ignoring indentation. */
  private static List<String> normalize(String code) {
    return code.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
