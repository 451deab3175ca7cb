package io.github.relata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.imports.SiteFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code relata index}, and {@code related} and {@code explain} reading its snapshot with {@code --snapshot}. */
final class IndexCommandTest {

  @TempDir Path dir;

  private Path samples() throws IOException {
    return Files.writeString(dir.resolve("posts.jsonl"), Cli.run("sample").out(), StandardCharsets.UTF_8);
  }

  private Path indexed(Path posts, String... options) {
    Path snapshot = dir.resolve("site.relata");
    String[] args = Stream.concat(Stream.of("index", "--in", posts.toString(), "--out", snapshot.toString()), Stream.of(options)).toArray(String[]::new);
    Cli.Result result = Cli.run(args);
    assertEquals(0, result.exitCode(), result.toString());
    return snapshot;
  }

  @Test
  void index_savesTheSnapshot_andSaysWhere() throws IOException {
    Path snapshot = dir.resolve("site.relata");
    Cli.Result result = Cli.run(Cli.args("index", "--in", samples(), "--out", snapshot));

    assertEquals(0, result.exitCode(), result.toString());
    assertTrue(Files.size(snapshot) > 1000);
    assertTrue(result.err().contains("saved the index of 54 posts to " + snapshot + " ("), result.err());
    assertTrue(result.err().lines().anyMatch(line -> line.matches("54 posts, \\d+\\.\\d s, \\d+ posts/s, peak heap \\d+ MB")), result.err());
    assertEquals("", result.out());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(2, files.count(), "posts.jsonl and site.relata, no temporary file");
    }
  }

  @Test
  void explainFromTheSnapshot_printsWhatExplainFromThePostsPrints() throws IOException {
    Path posts = samples();
    Path snapshot = indexed(posts);
    for (String id : new String[] {"smart-specialisering-stockholm-2017", "innovation-summit-vasteras-smart-specialisation-2019"}) {
      Cli.Result fromPosts = Cli.run(Cli.args("explain", "--in", posts, "--id", id, "-k", "4"));
      Cli.Result fromSnapshot = Cli.run(Cli.args("explain", "--snapshot", snapshot, "--id", id, "-k", "4"));
      assertEquals(0, fromSnapshot.exitCode(), fromSnapshot.toString());
      assertEquals(fromPosts.out(), fromSnapshot.out());
      assertEquals("", fromSnapshot.err());
    }
  }

  @Test
  void relatedFromTheSnapshot_writesWhatRelatedFromThePostsWrites() throws IOException {
    Path posts = samples();
    Path snapshot = indexed(posts, "--min-score", "0.1");
    for (String format : new String[] {"ids", "rich"}) {
      Path fromPosts = dir.resolve("from-posts." + format + ".jsonl");
      Path fromSnapshot = dir.resolve("from-snapshot." + format + ".jsonl");
      assertEquals(0, Cli.run(Cli.args("related", "--in", posts, "--out", fromPosts, "--format", format, "-q", "--min-score", "0.2")).exitCode());
      Cli.Result result = Cli.run(Cli.args("related", "--snapshot", snapshot, "--out", fromSnapshot, "--format", format, "-q", "--min-score", "0.2"));
      assertEquals(0, result.exitCode(), result.toString());
      // The same lines; from a snapshot in the order of the posts' ids, in which an index keeps them.
      assertEquals(Files.readAllLines(fromPosts).stream().sorted(java.util.Comparator.comparing(IndexCommandTest::lineId)).toList(),
          Files.readAllLines(fromSnapshot), format);
    }
  }

  @Test
  void index_readsASiteToo() throws IOException {
    SiteFixtures.hugoSite(dir.resolve("my-site"), 30);
    Path snapshot = dir.resolve("hugo.relata");
    Cli.Result result = Cli.run(Cli.args("index", "--from", "hugo:" + dir.resolve("my-site"), "--out", snapshot, "-q"));
    assertEquals(0, result.exitCode(), result.toString());
    Path related = dir.resolve("related.jsonl");
    Cli.Result lists = Cli.run(Cli.args("related", "--snapshot", snapshot, "--out", related, "-q"));
    assertEquals(0, lists.exitCode(), lists.toString());
    Path fromSite = dir.resolve("from-site.jsonl");
    assertEquals(0, Cli.run(Cli.args("related", "--from", "hugo:" + dir.resolve("my-site"), "--out", fromSite, "-q")).exitCode());
    assertEquals(Files.readString(fromSite), Files.readString(related), "every post's list, in the order they were read");
  }

  @Test
  void otherIndexSettings_areAUsageError_namingThem() throws IOException {
    Path snapshot = indexed(samples());
    Cli.Result result = Cli.run(Cli.args("explain", "--snapshot", snapshot, "--id", "smart-specialisering-stockholm-2017", "--latent-dimensions", "20"));
    assertEquals(UserError.USAGE, result.exitCode(), result.toString());
    assertTrue(result.err().startsWith("relata: " + snapshot + ": made by an engine with other settings (Relata "), result.err());
    assertTrue(result.err().contains("latentDimensions is 100 in the snapshot, 20 here"), result.err());
    assertTrue(result.err().contains("Give the options it was made with, or make it anew with relata index and these options."), result.err());
    assertEquals("", result.out());
  }

  @Test
  void aDamagedSnapshot_isAnInputError() throws IOException {
    Path snapshot = indexed(samples());
    byte[] bytes = Files.readAllBytes(snapshot);
    bytes[bytes.length / 2] ^= 1;
    Files.write(snapshot, bytes);
    Cli.Result result = Cli.run(Cli.args("explain", "--snapshot", snapshot, "--id", "x"));
    assertEquals(UserError.INPUT, result.exitCode(), result.toString());
    assertTrue(result.err().startsWith("relata: " + snapshot + ": corrupt: the checksum of bytes "), result.err());

    Cli.Result posts = Cli.run(Cli.args("explain", "--snapshot", dir.resolve("posts.jsonl"), "--id", "x"));
    assertEquals(UserError.INPUT, posts.exitCode(), posts.toString());
    assertTrue(posts.err().contains("posts.jsonl: not a Relata snapshot: it starts with 7B 22"), posts.err());
  }

  @Test
  void aMissingSnapshot_saysHowToMakeIt() {
    Path missing = dir.resolve("missing.relata");
    Cli.Result result = Cli.run(Cli.args("related", "--snapshot", missing, "--out", dir.resolve("out.jsonl")));
    assertEquals(UserError.INPUT, result.exitCode(), result.toString());
    assertEquals("relata: " + missing + ": no such file (relata index --out " + missing + " makes it)\n", result.err());
  }

  @Test
  void theSnapshotAndThePosts_areTwoSources() throws IOException {
    Path posts = samples();
    Path snapshot = indexed(posts);
    Cli.Result result = Cli.run(Cli.args("explain", "--snapshot", snapshot, "--in", posts, "--id", "x"));
    assertEquals(UserError.USAGE, result.exitCode(), result.toString());
    assertTrue(result.err().startsWith("relata: --snapshot and --in both name the posts: give one"), result.err());
  }

  @Test
  void siteFormats_needTheSite() throws IOException {
    Path snapshot = indexed(samples());
    Cli.Result result = Cli.run(Cli.args("related", "--snapshot", snapshot, "--format", "hugo", "--out", dir.resolve("related.json")));
    assertEquals(UserError.USAGE, result.exitCode(), result.toString());
    assertTrue(result.err().contains("--format hugo needs the paths the site generator knows the posts by"), result.err());
    assertFalse(Files.exists(dir.resolve("related.json")));
  }

  @Test
  void index_needsAFile() throws IOException {
    Path posts = samples();
    Cli.Result stdout = Cli.run(Cli.args("index", "--in", posts, "--out", "-"));
    assertEquals(UserError.USAGE, stdout.exitCode(), stdout.toString());
    assertEquals("relata: --out must name a file: a snapshot is not written to standard output\n", stdout.err());

    Cli.Result none = Cli.run(Cli.args("index", "--in", posts));
    assertEquals(UserError.USAGE, none.exitCode(), none.toString());
    assertTrue(none.err().startsWith("relata: Missing required option: '--out=FILE'"), none.err());

    Path noDir = dir.resolve("no-such-dir").resolve("site.relata");
    Cli.Result missingDir = Cli.run(Cli.args("index", "--in", posts, "--out", noDir));
    assertEquals(UserError.INPUT, missingDir.exitCode(), missingDir.toString());
    assertEquals("relata: " + noDir + ": no such directory: " + noDir.getParent() + "\n", missingDir.err(), "checked before the posts are read");
  }

  private static String lineId(String line) {
    int start = line.indexOf("\"id\":\"") + 6;
    return line.substring(start, line.indexOf('"', start));
  }
}
