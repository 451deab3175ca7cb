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
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's quick start, compiled and run; a second test checks that the README shows this very code. */
final class ReadmeExamplesTest {

  private static final Path README = Path.of("../README.md");

  /** The quick start's posts. */
  private static final List<Article> QUICK_START_POSTS = List.of(
      Article.builder("s3-stockholm", "Smart specialisering i Stockholm").published(LocalDate.of(2018, 3, 14))
          .body("Stockholmsregionen uppdaterar sin strategi för smart specialisering med Nordregio och andra regioner.").build(),
      Article.builder("s3-skane", "Skåne satsar på smarta specialiseringsstrategier").published(LocalDate.of(2018, 4, 13))
          .body("Regionen arbetar med smart specialisering inom livsmedel, i dialog med Nordregio.").build(),
      Article.builder("kluster", "Klusterorganisationer i Europa").published(LocalDate.of(2017, 11, 27))
          .body("Kluster och regioner samarbetar över gränserna i Interreg Europe.").build(),
      Article.builder("surdeg", "Surdegsbröd på helgen").published(LocalDate.of(2019, 2, 2))
          .body("Ett grundrecept på surdegsbröd med lång jäsning över natten.").build());

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

  /** The README's per-query example: what it prints for the quick start's posts and a draft. */
  static List<String> perQuery(List<Article> posts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<RelatedPost> forDraftKept;
    boolean present;
    try {
      // README per query begins
      RelatedPosts engine = RelatedPosts.builder()
          .maxResults(5)
          .languageScope(Options.LanguageScope.ANY_LANGUAGE)  // choices are enums: no "false" to misread
          .build();
      LiveIndex live = engine.liveIndex(posts);

      // Date rules per query: only posts from before this one, none more than two years older.
      Filter olderOnly = Filter.none().newerPosts(Options.NewerPosts.EXCLUDED).maxAge(Duration.ofDays(730)).limit(3);
      for (String id : List.of("s3-stockholm", "s3-skane")) {
        System.out.println(id + ": " + live.relatedTo(id, olderOnly).stream().map(r -> r.article().id()).toList());
      }

      // A draft being edited need not be in the index.
      Article draft = Article.builder("draft", "Smart specialisering i Uppsala").language("sv")
          .body("Uppsala tar fram en strategi för smart specialisering, som Stockholm.").build();
      List<RelatedPost> forDraft = live.relatedTo(draft);  // immutable, like every list the index returns

      // An id that may be gone: ask without an exception.
      Optional<List<RelatedPost>> maybe = live.relatedToIfPresent("removed-post", Filter.none());
      // README per query ends
      forDraftKept = forDraft;
      present = maybe.isPresent();
      live.close();
    } finally {
      System.setOut(original);
    }
    List<String> printed = new java.util.ArrayList<>(bytes.toString(StandardCharsets.UTF_8).lines().toList());
    forDraftKept.forEach(r -> printed.add("draft: " + r.article().id()));
    printed.add("removed-post: " + present);
    return printed;
  }

  @Test
  void perQueryExample_printsTheOlderRelatives_theDraftsAndNothingForAGoneId() {
    List<String> printed = perQuery(QUICK_START_POSTS);
    // s3-skane (2018-04-13) may point back to s3-stockholm (2018-03-14), which may not point forward; the draft
    // finds both.
    assertEquals(List.of("s3-stockholm: []", "s3-skane: [s3-stockholm]", "draft: s3-stockholm", "draft: s3-skane", "removed-post: false"), printed);
  }

  @Test
  void readmeShowsThePerQueryExampleAsTested() throws IOException {
    assertSectionShowsTested("per query", "## Asking per query");
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
    assertSectionShowsTested("snapshot", "## Saving and loading an index");
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

  /** Asserts that the first Java block of the README's section {@code heading} is the code between this file's markers. */
  private static void assertSectionShowsTested(String marker, String heading) throws IOException {
    assumeTrue(Files.isRegularFile(README), "skipped: no README.md beside the core module");
    String source = Files.readString(Path.of("src/test/java/io/github/relata/ReadmeExamplesTest.java"));
    String tested = between(source, "// README " + marker + " begins\n", "    // README " + marker + " ends");
    String readme = Files.readString(README);
    int section = readme.indexOf(heading);
    assertTrue(section >= 0, "the README has a section " + heading);
    String shown = between(readme.substring(section), "```java\n", "```");
    assertEquals(normalize(tested), normalize(shown), "the README's " + marker + " example must be the tested one");
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
