package io.github.relata.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.Article;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class FeedTest {

  static ImportResult read(String xml, URI base) throws ImportException {
    return PostImporter.withDefaults().readFeed(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "feed.xml", base);
  }

  @Test
  void rss_contentEncodedCategoriesAuthorsAndRfc822Dates() throws Exception {
    String xml = "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>T</title><link>https://example.org/blog/</link><language>sv-SE</language>"
        + "<item><title>Smart &amp; small</title><link>posts/smart.html</link><guid>tag:example.org,2018:1</guid>"
        + "<pubDate>Wed, 14 Mar 2018 09:12:00 +0100</pubDate><dc:creator>Maria</dc:creator><category>Regions</category><category>S3</category>"
        + "<description>&lt;p&gt;A &lt;b&gt;summary&lt;/b&gt;.&lt;/p&gt;</description>"
        + "<content:encoded><![CDATA[<p>The <em>whole</em> text.</p>]]></content:encoded></item>"
        + "<item><title>Second</title><link>https://other.example.org/x</link><pubDate>not a date</pubDate><description>Only a description.</description></item>"
        + "</channel></rss>";
    ImportResult result = read(xml, null);
    Article first = result.articles().get(0);
    assertEquals("tag:example.org,2018:1", first.id());
    assertEquals("Smart & small", first.title());
    assertEquals(Instant.parse("2018-03-14T08:12:00Z"), first.published());
    assertEquals("Maria", first.author());
    assertEquals(Set.of("Regions", "S3"), first.categories());
    assertEquals("A summary.", first.summary());
    assertEquals("The whole text.", first.body());
    assertEquals("https://example.org/blog/posts/smart.html", first.url());
    assertEquals("sv", first.language());
    Article second = result.articles().get(1);
    assertEquals("https://other.example.org/x", second.id(), "no guid: the link identifies the post");
    assertEquals("Only a description.", second.body());
    assertNull(second.published());
    assertEquals("feed.xml: item 2 (line 1): <pubDate> 'not a date' is not an RFC 822 or RFC 3339 date; the post is undated",
        result.warnings().get(0).toString());
  }

  @Test
  void atom_rfc3339DatesXmlBaseAndTheCallersBase() throws Exception {
    String xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\" xml:base=\"/notes/\"><title>N</title><id>urn:n</id>"
        + "<updated>2024-01-01T00:00:00Z</updated>\n<entry><title type=\"html\">A &lt;i&gt;note&lt;/i&gt;</title><id>urn:n:1</id>"
        + "<link href=\"one.html\"/><published>2018-03-14T09:12:00+01:00</published><updated>2018-03-15T00:00:00Z</updated>"
        + "<author><name>Ann</name></author><category term=\"cities\"/><summary>Short.</summary>"
        + "<content type=\"html\">&lt;p&gt;Long text.&lt;/p&gt;</content></entry>\n"
        + "<entry xml:lang=\"sv\"><title>Två</title><id>urn:n:2</id><link href=\"two.html\"/><updated>2019-01-01T00:00:00Z</updated>"
        + "<content>Text.</content></entry></feed>";
    ImportResult result = read(xml, URI.create("https://example.org/feeds/atom.xml"));
    Article first = result.articles().get(0);
    assertEquals("A note", first.title());
    assertEquals(Instant.parse("2018-03-14T08:12:00Z"), first.published());
    assertEquals("https://example.org/notes/one.html", first.url());
    assertEquals("Short.", first.summary());
    assertEquals("Long text.", first.body());
    assertEquals(Set.of("cities"), first.categories());
    assertEquals("Ann", first.author());
    assertEquals("en", first.language());
    Article second = result.articles().get(1);
    assertEquals(Instant.parse("2019-01-01T00:00:00Z"), second.published(), "no published date: the updated date");
    assertEquals("sv", second.language());
    assertEquals("feed.xml: item 2 (line 3)", result.posts().get(1).location());
  }

  @Test
  void notAFeed_isAClearError() {
    assertEquals("feed.xml: not an RSS or Atom feed: the root element is <html>",
        assertThrows(ImportException.class, () -> read("<html><body/></html>", null)).getMessage());
    ImportException text = assertThrows(ImportException.class, () -> read("id,title\n1,Hello\n", null));
    assertTrue(text.getMessage().startsWith("feed.xml:1: not well-formed XML"), text.getMessage());
  }

  @Test
  void wordpressExportReadAsAFeed_isWarned() throws Exception {
    ImportResult result = read("<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><title>T</title><link>https://e.org/</link>"
        + "<description>d</description><item><title>A</title><link>https://e.org/a</link></item></channel></rss>", null);
    assertEquals(1, result.posts().size());
    assertTrue(result.warnings().get(0).message().startsWith("a WordPress export read as a feed"), result.warnings().toString());
  }
}
