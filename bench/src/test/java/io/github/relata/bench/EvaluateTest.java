package io.github.relata.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EvaluateTest {

  private static final String TINY = String.join("\n",
      "{\"id\": \"a\", \"title\": \"apple banana\", \"body\": \"fruit salad\", \"labels\": [\"x\"], \"lang\": \"en\"}",
      "{\"id\": \"b\", \"title\": \"apple cherry\", \"body\": \"fruit pie\", \"labels\": [\"x\"], \"lang\": \"en\"}",
      "{\"id\": \"c\", \"title\": \"stock market\", \"body\": \"shares fall\", \"labels\": [\"y\"], \"lang\": \"en\"}",
      "{\"id\": \"d\", \"title\": \"market rally\", \"body\": \"shares rise\", \"labels\": [\"y\"], \"lang\": \"en\"}");

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Path workingDir, String... args) {
    return Evaluate.run(args, workingDir, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_noCorporaFound_exitsWithStatus2AndSaysTheyAreNeeded() throws IOException {
    Path workingDir = Files.createDirectories(dir.resolve("repo/module"));

    assertEquals(2, run(workingDir));
    assertTrue(err().contains("needs the labelled corpora"), err());
    assertEquals("", out());
  }

  @Test
  void run_defaultCorpora_foundTwoLevelsUp() throws IOException {
    Path corpora = Files.createDirectories(dir.resolve("shared/corpora"));
    Files.writeString(corpora.resolve("tiny_en.jsonl"), TINY);
    Path workingDir = Files.createDirectories(dir.resolve("main/bench"));

    assertEquals(0, run(workingDir, "--rankers", "plain-tfidf"), err());
    assertTrue(out().contains("| tiny_en | plain-tfidf | "), out());
  }

  @Test
  void run_explicitCorpus_printsTableAndWritesRelatedLists() throws IOException {
    Path corpus = dir.resolve("tiny_en.jsonl");
    Files.writeString(corpus, TINY);
    Path related = dir.resolve("related");

    assertEquals(0, run(dir, "--k", "3", "--write-related", related.toString(), corpus.toString()), err());

    String[] lines = out().split("\n");
    assertEquals(MarkdownTable.HEADER, lines[0]);
    // Header, rule, one row per ranker; a blank line; the goals table (header, rule, one row); a blank line,
    // the calibration's caption and a blank line; its header, rule and one row per score band.
    assertEquals(9 + 3 + 2 + Calibration.EDGES.length, lines.length, String.join("\n", lines));
    assertTrue(lines[2].startsWith("| tiny_en | relata | "), lines[2]);
    assertTrue(lines[3].startsWith("| tiny_en | plain-tfidf | "), lines[3]);
    assertTrue(lines[4].startsWith("| tiny_en | lucene-mlt | "), lines[4]);
    assertTrue(lines[8].startsWith("| tiny_en | "), lines[8]);
    assertEquals("| relata score | tiny_en |", lines[12]);
    assertTrue(lines[14].startsWith("| 0.00 to 0.05 |"), lines[14]);
    assertTrue(Files.isRegularFile(related.resolve("tiny_en.plain-tfidf.jsonl")));
    assertTrue(Files.isRegularFile(related.resolve("tiny_en.lucene-mlt.jsonl")));
  }

  @Test
  void run_unknownRanker_exitsWithStatus2() {
    assertEquals(2, run(dir, "--rankers", "nope"));
    assertTrue(err().contains("unknown ranker: nope"), err());
  }

  @Test
  void run_badK_exitsWithStatus2() {
    assertEquals(2, run(dir, "--k", "zero"));
    assertTrue(err().contains("--k must be a positive integer: zero"), err());
  }

  @Test
  void run_unknownOption_exitsWithStatus2() {
    assertEquals(2, run(dir, "--fast"));
    assertTrue(err().contains("Unknown option: '--fast'"), err());
  }

  @Test
  void run_missingCorpusFile_exitsWithStatus2() {
    assertEquals(2, run(dir, dir.resolve("absent.jsonl").toString()));
    assertTrue(err().contains("absent.jsonl"), err());
  }

  @Test
  void run_malformedCorpus_exitsWithStatus1NamingFileAndLine() throws IOException {
    Path corpus = dir.resolve("bad.jsonl");
    Files.writeString(corpus, "{\"id\": \"a\", \"title\": \"t\"}\nnot json\n");

    assertEquals(1, run(dir, corpus.toString()));
    assertTrue(err().contains("bad.jsonl:2: not valid JSON"), err());
  }

  @Test
  void run_help_printsUsage() {
    assertEquals(0, run(dir, "--help"));
    assertTrue(out().startsWith("Usage: Evaluate"), out());
    assertTrue(out().contains("rankers: " + String.join(", ", Rankers.names())), out());
  }
}
