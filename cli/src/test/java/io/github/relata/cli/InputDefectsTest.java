package io.github.relata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input defects a new user found, one test each, and the CLI never losing a line. */
final class InputDefectsTest {

  @TempDir Path dir;

  private Path out() {
    return dir.resolve("related.jsonl");
  }

  @Test
  void invalidUtf8_isReportedOnItsLine() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < 3; i++) {
      bytes.writeBytes((TestPosts.NINE.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    bytes.writeBytes("{\"id\": \"koln\", \"title\": \"K".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xF6);
    bytes.writeBytes("ln\"}\n".getBytes(StandardCharsets.UTF_8));
    Path posts = Files.write(dir.resolve("posts.jsonl"), bytes.toByteArray());
    Cli.Result result = Cli.run("related", "--in", posts.toString(), "--out", out().toString());
    assertEquals(1, result.exitCode(), result.toString());
    assertTrue(result.err().startsWith("relata: " + posts + ":4: not valid UTF-8: byte 0xF6 at column 27\n"), result.err());
    assertFalse(Files.exists(out()));
  }

  @Test
  void twoObjectsOnALine_areReportedNotHalfRead() throws Exception {
    List<String> lines = new ArrayList<>(TestPosts.NINE);
    lines.set(2, lines.get(2) + lines.get(3));
    lines.remove(3);
    Path posts = TestPosts.write(dir, "posts.jsonl", lines);
    Cli.Result result = Cli.run("related", "--in", posts.toString(), "--out", out().toString());
    assertEquals(1, result.exitCode(), result.toString());
    assertTrue(result.err().startsWith("relata: " + posts + ":3: more than one JSON value on the line (a missing line break?)"), result.err());
    Cli.Result skipping = Cli.run("related", "--in", posts.toString(), "--out", out().toString(), "--skip-invalid");
    assertEquals(0, skipping.exitCode(), skipping.toString());
    assertTrue(skipping.err().startsWith("relata: " + posts + ":3: more than one JSON value"), skipping.err());
    assertTrue(skipping.err().contains("7 posts read from " + posts + " (jsonl)") && skipping.err().contains("1 skipped: 1 invalid"), skipping.err());
    assertEquals(7, Files.readAllLines(out()).size());
  }

  @Test
  void emptyOrBlankFile_saysNoPostsWereRead() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
    Cli.Result result = Cli.run("related", "--in", empty.toString(), "--out", out().toString());
    assertEquals(1, result.exitCode(), result.toString());
    assertEquals("relata: " + empty + ": no posts read (the input is empty)\n", result.err());
    Path blank = Files.writeString(dir.resolve("blank.jsonl"), "\n   \n\t\n");
    assertEquals("relata: " + blank + ": no posts read (the input is empty)\n", Cli.run("related", "--in", blank.toString(), "--out", out().toString()).err());
    assertEquals("relata: stdin: no posts read (the input is empty)\n", Cli.runWithInput("", "related", "--in", "-", "--out", "-").err());
    assertFalse(Files.exists(out()));
  }

  @Test
  void onlyDrafts_saysWhatWasSkipped() throws Exception {
    Path site = dir.resolve("site");
    io.github.relata.imports.SiteFixtures.write(site.resolve("_posts/2020-01-01-a.md"), "---\npublished: false\n---\n");
    io.github.relata.imports.SiteFixtures.write(site.resolve("_drafts/b.md"), "---\ntitle: B\n---\n");
    Cli.Result result = Cli.run("related", "--from", "jekyll:" + site, "--format", "jekyll");
    assertEquals(1, result.exitCode(), result.toString());
    assertEquals("relata: " + site + ": no posts read (2 skipped: 1 draft, 1 unpublished)\n", result.err());
  }

  @Test
  void longStrings_areBoundByRelatasOwnLimit_inRelatasWords() throws Exception {
    String big = "{\"id\": \"big\", \"title\": \"B\", \"body\": \"" + "word ".repeat(5_000_000) + "\"}";
    Path posts = TestPosts.write(dir, "posts.jsonl", List.of(TestPosts.NINE.get(0), big, TestPosts.NINE.get(1)));
    Cli.Result result = Cli.run("related", "--in", posts.toString(), "--out", out().toString(), "--max-post-size", "30MB", "-q");
    assertEquals(0, result.exitCode(), "a 25 MB string is past Jackson's default limit but within --max-post-size: " + result);
    Cli.Result limited = Cli.run("related", "--in", posts.toString(), "--out", out().toString(), "--max-post-size", "1MB");
    assertEquals(1, limited.exitCode(), limited.toString());
    assertEquals("relata: " + posts + ":2: line larger than the post limit of 1 MB (--max-post-size): 25 MB\n"
        + "relata: " + posts + ": 1 post could not be read (listed above); nothing was written (--skip-invalid leaves them out)\n", limited.err());
    assertFalse(limited.err().contains("StreamReadConstraints") || limited.err().contains("Jackson"));
  }

  @Test
  void manyBadLines_areListedUpToALimitAndCounted() throws Exception {
    List<String> lines = new ArrayList<>(TestPosts.NINE);
    for (int i = 0; i < 30; i++) {
      lines.add("{oops " + i + "}");
    }
    Path posts = TestPosts.write(dir, "posts.jsonl", lines);
    Cli.Result result = Cli.run("related", "--in", posts.toString(), "--out", out().toString());
    List<String> err = result.err().lines().toList();
    assertEquals(InputOptions.MAX_LISTED + 2, err.size(), result.err());
    assertEquals("relata: ... and 10 more posts that could not be read", err.get(InputOptions.MAX_LISTED));
    assertEquals("relata: " + posts + ": 30 posts could not be read (listed above); nothing was written (--skip-invalid leaves them out)", err.get(err.size() - 1));
  }

  @Test
  void unknownLanguageInAPost_isReportedNotSilentlyEnglish() throws Exception {
    Path posts = TestPosts.write(dir, "posts.jsonl", List.of(TestPosts.NINE.get(0).replace("\"lang\":\"en\"", "\"lang\":\"xx\""), TestPosts.NINE.get(1)));
    Cli.Result result = Cli.run("related", "--in", posts.toString(), "--out", out().toString());
    assertEquals(0, result.exitCode(), result.toString());
    assertTrue(result.err().startsWith("relata: warning: " + posts + ":1: lang 'xx' is not an ISO 639 language code (such as sv or en); the language will be detected\n"), result.err());
  }

  @Test
  void explain_fromAHugoSite_byPath() throws Exception {
    Path site = io.github.relata.imports.SiteFixtures.hugoSite(dir.resolve("site"), 30);
    Cli.Result result = Cli.run("explain", "--from", "hugo:" + site, "--id", "posts/records-003/index.md", "-k", "2");
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals(4, result.outLines().size(), result.out());
    assertTrue(result.outLines().get(1).contains("posts/records-003/index.md"), result.out());
  }

  @Test
  void feedFromStandardInput() throws Exception {
    Path feed = io.github.relata.imports.SiteFixtures.atomFeed(dir.resolve("atom.xml"), 12);
    Cli.Result result = Cli.runWithInput(Files.readString(feed), "related", "--from", "feed:-", "--out", "-", "-q", "-k", "2");
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals(12, result.outLines().size());
  }
}
