package io.github.relata.imports;

import static io.github.relata.imports.SiteFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.Article;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written to hurt a parser: each is refused or skipped with a clear reason, quickly, and the rest is kept. */
final class HostileFilesTest {

  private static final Duration QUICKLY = Duration.ofSeconds(20);
  private static final String WXR_HEAD = "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
      + " xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><title>T</title>\n";
  private static final String LAUGHS = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
      + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
      + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
      + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
      + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
      + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
      + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
      + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
      + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
      + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>\n";

  @TempDir Path dir;

  private static ImportException refused(ImportFormat format, Path file) {
    return assertTimeoutPreemptively(QUICKLY, () -> assertThrows(ImportException.class, () -> PostImporter.withDefaults().read(format, file)));
  }

  private static String item(String id, String content) {
    return "<item><title>Post " + id + "</title><wp:post_id>" + id + "</wp:post_id><wp:post_type>post</wp:post_type>"
        + "<wp:status>publish</wp:status><content:encoded>" + content + "</content:encoded></item>\n";
  }

  @Test
  void externalEntity_isRefusedAndNeverRead() throws Exception {
    Path secret = write(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
    String doctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n";
    Path wxr = write(dir.resolve("xxe-export.xml"), doctype + WXR_HEAD + item("1", "&xxe;") + "</channel></rss>");
    Path feed = write(dir.resolve("xxe-feed.xml"), doctype + "<rss version=\"2.0\"><channel><title>&xxe;</title></channel></rss>");
    for (ImportException e : List.of(refused(ImportFormat.WORDPRESS, wxr), refused(ImportFormat.FEED, feed))) {
      assertTrue(e.getMessage().endsWith(":2: declares a DOCTYPE, which Relata refuses (no DTDs, no external entities)"), e.getMessage());
      assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
    }
  }

  @Test
  void billionLaughs_isRefusedAtOnce() throws Exception {
    Path wxr = write(dir.resolve("laughs-export.xml"), "<?xml version=\"1.0\"?>\n" + LAUGHS + WXR_HEAD + item("1", "&lol9;") + "</channel></rss>");
    Path feed = write(dir.resolve("laughs-feed.xml"), LAUGHS + "<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>");
    assertTrue(refused(ImportFormat.WORDPRESS, wxr).getMessage().contains("declares a DOCTYPE"));
    assertTrue(refused(ImportFormat.FEED, feed).getMessage().contains("declares a DOCTYPE"));
  }

  @Test
  void entityWithoutADoctype_isNotWellFormed() throws Exception {
    Path wxr = write(dir.resolve("entity.xml"), WXR_HEAD + item("1", "&lol9;") + "</channel></rss>");
    ImportException e = refused(ImportFormat.WORDPRESS, wxr);
    assertTrue(e.getMessage().contains("not well-formed XML") && e.getMessage().contains("lol9"), e.getMessage());
  }

  /** Writes {@code head}, then {@code megabytes} MB of text, then {@code tail}, without holding it as one string. */
  private static Path huge(Path file, String head, int megabytes, String tail) throws Exception {
    byte[] chunk = "lorem ipsum dolor sit amet ".repeat(40_000).substring(0, 1_000_000).getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(head.getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < megabytes; i++) {
        out.write(chunk);
      }
      out.write(tail.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  @Test
  void fiftyMegabyteElement_isSkippedAndTheOtherItemsKept() throws Exception {
    PostImporter importer = PostImporter.withDefaults();
    Path wxr = huge(dir.resolve("huge-export.xml"), WXR_HEAD + item("1", "small") + "<item><title>Huge</title><wp:post_id>2</wp:post_id>"
        + "<wp:post_type>post</wp:post_type><wp:status>publish</wp:status><content:encoded><![CDATA[", 50,
        "]]></content:encoded></item>\n" + item("3", "small too") + "</channel></rss>");
    ImportResult export = assertTimeoutPreemptively(QUICKLY, () -> importer.read(ImportFormat.WORDPRESS, wxr));
    assertEquals(List.of("1", "3"), export.articles().stream().map(Article::id).toList());
    assertEquals(huge(wxr) + ": item 2 (line 3): 'Huge': larger than the post limit of 10 MB (maxPostSize): 50 MB",
        export.skipped().get(0).toString());

    Path feed = huge(dir.resolve("huge-feed.xml"), "<rss version=\"2.0\"><channel><title>T</title><link>https://e.org/</link>\n"
        + "<item><title>A</title><link>https://e.org/a</link></item>\n<item><title>Huge</title><link>https://e.org/h</link><description>", 50,
        "</description></item>\n<item><title>C</title><link>https://e.org/c</link></item></channel></rss>");
    ImportResult feedResult = assertTimeoutPreemptively(QUICKLY, () -> importer.read(ImportFormat.FEED, feed));
    assertEquals(List.of("https://e.org/a", "https://e.org/c"), feedResult.articles().stream().map(Article::id).toList());
    assertEquals(SkipReason.TOO_LARGE, feedResult.skipped().get(0).reason());

    Path lines = huge(dir.resolve("huge.jsonl"), "{\"id\": \"a\", \"title\": \"A\"}\n{\"id\": \"huge\", \"title\": \"H\", \"body\": \"", 50,
        "\"}\n{\"id\": \"c\", \"title\": \"C\"}\n");
    ImportResult jsonl = assertTimeoutPreemptively(QUICKLY, () -> importer.read(ImportFormat.JSON_LINES, lines));
    assertEquals(List.of("a", "c"), jsonl.articles().stream().map(Article::id).toList());
    assertEquals(lines + ":2", jsonl.skipped().get(0).location());

    Path site = dir.resolve("site");
    write(site.resolve("content/a.md"), "---\ntitle: A\n---\n");
    huge(site.resolve("content/huge.md"), "---\ntitle: Huge\n---\n", 50, "\n");
    ImportResult hugo = assertTimeoutPreemptively(QUICKLY, () -> importer.read(ImportFormat.HUGO, site));
    assertEquals(List.of("a.md"), hugo.posts().stream().map(ImportedPost::id).toList());
    assertEquals(SkipReason.TOO_LARGE, hugo.skipped().get(0).reason());

    Path array = huge(dir.resolve("huge.json"), "[{\"id\": \"a\", \"title\": \"A\"}, {\"id\": \"huge\", \"title\": \"H\", \"body\": \"", 50, "\"}]");
    ImportException e = assertTimeoutPreemptively(QUICKLY, () -> assertThrows(ImportException.class, () -> importer.read(ImportFormat.JSON_ARRAY, array)));
    assertEquals(array + ": a string longer than the post limit (maxPostSize); the file was not read", e.getMessage());
  }

  private static String huge(Path file) {
    return file.toString();
  }

  @Test
  void invalidUtf8_inMarkdownAndXml_namesTheLine() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("---\ntitle: Caf".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9);
    bytes.writeBytes("\n---\nText.\n".getBytes(StandardCharsets.UTF_8));
    Path site = dir.resolve("site");
    write(site.resolve("content/ok.md"), "---\ntitle: OK\n---\n");
    Files.write(site.resolve("content/latin1.md"), bytes.toByteArray());
    ImportResult hugo = PostImporter.withDefaults().read(ImportFormat.HUGO, site);
    assertEquals(List.of("ok.md"), hugo.posts().stream().map(ImportedPost::id).toList());
    assertEquals(site.resolve("content/latin1.md") + ":2: not valid UTF-8: byte 0xE9 at column 11", hugo.skipped().get(0).toString());

    ByteArrayOutputStream xml = new ByteArrayOutputStream();
    xml.writeBytes((WXR_HEAD + item("1", "ok") + "<item><title>Caf").getBytes(StandardCharsets.UTF_8));
    xml.write(0xE9);
    xml.writeBytes(("</title></item></channel></rss>").getBytes(StandardCharsets.UTF_8));
    Path wxr = Files.write(dir.resolve("latin1.xml"), xml.toByteArray());
    ImportException e = refused(ImportFormat.WORDPRESS, wxr);
    assertEquals(wxr + ":3: not valid UTF-8: byte 0xE9 at line 3, column 17", e.getMessage());
  }

  @Test
  void mixedLineEndings_inFrontMatter() throws Exception {
    Path site = dir.resolve("site");
    write(site.resolve("content/crlf.md"), "---\r\ntitle: CRLF\r\ntags: [a]\r\n---\r\nBody.\r\n");
    write(site.resolve("content/cr.md"), "---\rtitle: CR\rdate: 2020-01-02\r---\rBody.\r");
    write(site.resolve("content/mixed.md"), "+++\r\ntitle = \"Mixed\"\ndate = 2020-01-03\r+++\nBody.\r\n");
    ImportResult result = PostImporter.withDefaults().read(ImportFormat.HUGO, site);
    assertEquals(List.of("CR", "CRLF", "Mixed"), result.articles().stream().map(Article::title).toList(), result.skipped().toString());
    assertEquals("Body.", result.articles().get(0).body());
  }

  @Test
  void frontMatterThatNeverCloses_isSkippedNotSwallowed() throws Exception {
    Path site = dir.resolve("site");
    write(site.resolve("_posts/2020-01-01-open.md"), "---\ntitle: Open\ntags: [a]\n\nThe body, taken for front matter.\n");
    write(site.resolve("_posts/2020-01-02-fine.md"), "---\ntitle: Fine\n---\nText.\n");
    ImportResult result = PostImporter.withDefaults().read(ImportFormat.JEKYLL, site);
    assertEquals(List.of("Fine"), result.articles().stream().map(Article::title).toList());
    assertEquals(site.resolve("_posts/2020-01-01-open.md") + ":1: the front matter opened with --- on line 1 never closes (no --- line after it)",
        result.skipped().get(0).toString());
  }

  @Test
  void yamlAliasBomb_isRefusedQuickly() throws Exception {
    StringBuilder bomb = new StringBuilder("---\ntitle: Bomb\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char previous = 'a';
    for (char c = 'b'; c <= 'i'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i > 0 ? "," : "").append('*').append(previous);
      }
      bomb.append("]\n");
      previous = c;
    }
    Path site = dir.resolve("site");
    write(site.resolve("content/bomb.md"), bomb.append("---\nBody.\n").toString());
    write(site.resolve("content/fine.md"), "---\ntitle: Fine\n---\n");
    ImportResult result = assertTimeoutPreemptively(QUICKLY, () -> PostImporter.withDefaults().read(ImportFormat.HUGO, site));
    assertEquals(List.of("fine.md"), result.posts().stream().map(ImportedPost::id).toList());
    assertEquals(site.resolve("content/bomb.md") + ":2: front matter uses more than 50 YAML aliases to collections (an alias bomb?); it was not read",
        result.skipped().get(0).toString());
  }

  @Test
  void deeplyNestedXml_isRefused() throws Exception {
    Path feed = write(dir.resolve("deep.xml"), "<rss version=\"2.0\"><channel>" + "<x>".repeat(5_000) + "</x>".repeat(5_000) + "</channel></rss>");
    ImportException e = refused(ImportFormat.FEED, feed);
    assertTrue(e.getMessage().contains("not well-formed XML") || e.getMessage().contains("depth"), e.getMessage());
  }
}
