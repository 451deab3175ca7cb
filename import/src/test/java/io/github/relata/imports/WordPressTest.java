package io.github.relata.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.Article;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class WordPressTest {

  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\""
      + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
      + " xmlns:wp=\"http://wordpress.org/export/1.2/\">\n<channel><title>Blog</title><link>https://blog.example.org</link>\n";

  static ImportResult read(PostImporter importer, String xml) throws ImportException {
    return importer.read(ImportFormat.WORDPRESS, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "export.xml");
  }

  static String item(String id, String type, String status, String extra) {
    return "<item><title>Post " + id + "</title><link>/p/" + id + "/</link><wp:post_id>" + id + "</wp:post_id>"
        + "<wp:post_type>" + type + "</wp:post_type><wp:status>" + status + "</wp:status>" + extra + "</item>\n";
  }

  @Test
  void read_publishedPost_withTermsLanguageAndText() throws Exception {
    String xml = HEAD + "<item><title><![CDATA[Smart &amp; small]]></title><link>/2018/smart/</link><dc:creator>anna</dc:creator>"
        + "<pubDate>Wed, 14 Mar 2018 09:00:00 +0000</pubDate><wp:post_id>12</wp:post_id><wp:post_date_gmt>2018-03-14 08:12:00</wp:post_date_gmt>"
        + "<wp:post_type>post</wp:post_type><wp:status>publish</wp:status>"
        + "<content:encoded><![CDATA[<!-- wp:paragraph -->\n<p>Smart <b>specialisation</b> in regions.</p>\n<!-- /wp:paragraph -->\n"
        + "[caption id=\"a\"]<img src=\"x.jpg\"> Photo[/caption] [sic]]]></content:encoded>"
        + "<excerpt:encoded><![CDATA[<p>An excerpt.</p>]]></excerpt:encoded>"
        + "<category domain=\"category\" nicename=\"regions\"><![CDATA[Regions]]></category>"
        + "<category domain=\"post_tag\" nicename=\"s3\"><![CDATA[S3]]></category>"
        + "<category domain=\"language\" nicename=\"sv\"><![CDATA[Svenska]]></category>"
        + "<category domain=\"post_format\" nicename=\"post-format-aside\"><![CDATA[Aside]]></category>"
        + "<wp:comment><wp:comment_content><![CDATA[A reader's comment]]></wp:comment_content></wp:comment></item>\n</channel></rss>\n";
    ImportResult result = read(PostImporter.withDefaults(), xml);
    Article post = result.articles().get(0);
    assertEquals("12", post.id());
    assertEquals("Smart & small", post.title());
    assertEquals(Instant.parse("2018-03-14T08:12:00Z"), post.published());
    assertEquals("Smart specialisation in regions. Photo [sic]", post.body());
    assertEquals("An excerpt.", post.summary());
    assertEquals(Set.of("Regions"), post.categories());
    assertEquals(Set.of("S3"), post.tags());
    assertEquals("sv", post.language());
    assertEquals("anna", post.author());
    assertEquals("https://blog.example.org/2018/smart/", post.url());
    assertEquals("export.xml: item 1 (line 4)", result.posts().get(0).location());
  }

  @Test
  void read_skipsEveryKindOfItemThatIsNotAPublishedPost_andCountsEach() throws Exception {
    String xml = HEAD + item("1", "post", "publish", "") + item("2", "post", "draft", "") + item("3", "post", "pending", "")
        + item("4", "page", "publish", "") + item("5", "attachment", "inherit", "") + item("6", "post", "trash", "")
        + item("7", "post", "private", "") + item("8", "post", "future", "") + item("9", "nav_menu_item", "publish", "")
        + item("10", "post", "publish", "<wp:post_password>secret</wp:post_password>") + item("11", "post", "weird", "")
        + item("1", "post", "publish", "") + "</channel></rss>\n";
    ImportResult result = read(PostImporter.withDefaults(), xml);
    assertEquals(List.of("1"), result.articles().stream().map(Article::id).toList());
    assertEquals("11 skipped: 2 drafts, 1 scheduled for later, 1 private, 1 password-protected, 1 trashed, 1 page, 1 attachment, "
        + "1 other item type, 1 invalid, 1 duplicate id", result.summary().replaceFirst("^.*; ", ""));
    assertEquals("export.xml: item 4 (line 7): 'Post 4': wp:post_type page (page)", result.skipped().get(2).toString());
    ImportResult pagesToo = read(PostImporter.builder().wordpressPostTypes("post", "page").includeDrafts(true).build(), xml);
    assertEquals(List.of("1", "2", "3", "4"), pagesToo.articles().stream().map(Article::id).toList());
  }

  @Test
  void read_unknownPolylangLanguage_isWarned() throws Exception {
    String xml = HEAD + item("1", "post", "publish", "<category domain=\"language\" nicename=\"klingon\">K</category>") + "</channel></rss>";
    ImportResult result = read(PostImporter.withDefaults(), xml);
    assertNull(result.articles().get(0).language());
    assertTrue(result.warnings().get(0).message().startsWith("Polylang language 'klingon' is not an ISO 639 language code"), result.warnings().toString());
  }

  @Test
  void read_notAWordPressExport_saysWhatItIs() {
    assertEquals("export.xml: not a WordPress export (WXR): the root element is <feed>, not <rss> (an Atom feed? read it as feed:)",
        assertThrows(ImportException.class, () -> read(PostImporter.withDefaults(), "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>")).getMessage());
    assertEquals("export.xml: not a WordPress export (WXR): an RSS feed without the WordPress export namespace (read it as feed:)",
        assertThrows(ImportException.class, () -> read(PostImporter.withDefaults(), "<rss version=\"2.0\"><channel/></rss>")).getMessage());
    ImportException html = assertThrows(ImportException.class, () -> read(PostImporter.withDefaults(), "<html><body><p>Hi</body></html>"));
    assertTrue(html.getMessage().startsWith("export.xml: not a WordPress export (WXR): the root element is <html>"), html.getMessage());
    ImportException broken = assertThrows(ImportException.class, () -> read(PostImporter.withDefaults(), HEAD + item("1", "post", "publish", "<b>")));
    assertTrue(broken.getMessage().startsWith("export.xml:4: not well-formed XML: "), broken.getMessage());
    assertTrue(assertThrows(ImportException.class, () -> read(PostImporter.withDefaults(), "")).getMessage().startsWith("export.xml"));
  }
}
