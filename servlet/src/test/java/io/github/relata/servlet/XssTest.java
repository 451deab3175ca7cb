package io.github.relata.servlet;

import static io.github.relata.servlet.Http.get;
import static io.github.relata.servlet.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.relata.LiveIndex;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Posts with script in every field (title, excerpt, body, tags, categories, author, url): the JSON and the
 * HTML fragment carry them as inert text, and unsafe links not at all.
 */
final class XssTest {

  private static LiveIndex index;
  private static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    index = Fixtures.index();
    server = TestServer.start(Map.of("/related/*", TestServer.holder(new RelatedPostsServlet())), Map.of(RelatedPostsServlet.INDEX_ATTRIBUTE, index));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    index.close();
  }

  @Test
  void json_carriesEveryFieldAsEscapedText_andDropsScriptAndDataUrls() {
    String body = get(server.base, "/related/xss?limit=50").body();

    assertFalse(body.contains("<") || body.contains(">") || body.contains("'"), "HTML-significant characters are escaped: " + body);
    JsonNode related = json(get(server.base, "/related/xss?limit=50")).get("related");
    JsonNode item = find(related, "xss-every-field");
    assertEquals(Fixtures.XSS + " smart specialisering", item.get("title").asText(), "the title arrives unchanged, as text");
    assertTrue(item.get("url").isNull(), "javascript: url dropped: " + item);
    assertTrue(item.get("sharedTags").toString().contains("script"), "the shared tag is there, escaped: " + item);
    assertTrue(find(related, "data-url").get("url").isNull(), "data: url dropped");
  }

  @Test
  void htmlFragment_showsEveryFieldAsTextAndRunsNothing() {
    String html = get(server.base, "/related/xss.html?limit=50").body();
    Document page = Jsoup.parseBodyFragment(html);

    assertTrue(page.select("script, img, iframe, object, embed").isEmpty(), html);
    for (Element e : page.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertFalse(a.getKey().startsWith("on"), "event handler attribute " + a + " in " + html);
      }
    }
    for (Element a : page.select("a[href]")) {
      assertNull(RelatedItem.safeUrl(a.attr("href")) == null ? a : null, "unsafe link " + a);
      assertFalse(a.attr("href").toLowerCase(java.util.Locale.ROOT).startsWith("javascript") || a.attr("href").startsWith("data:"), a.toString());
    }
    Element item = page.selectFirst("li[data-post-id=xss-every-field]");
    assertEquals(Fixtures.XSS + " smart specialisering", item.selectFirst(".relata-title").text(), "the title shows as text");
    assertTrue(item.selectFirst(".relata-title a") == null, "no link for a javascript: url");
    assertTrue(page.text().contains("<script>alert(1)</script>"), "the shared tag shows as text");
  }

  @Test
  void safeUrl_keepsWebAddressesAndRelativeReferencesOnly() {
    for (String ok : new String[] {"/posts/a", "posts/a", "../a", "?page=2", "#top", "https://example.org/a", "HTTP://example.org/a?b=c#d", "/posts/å"}) {
      assertEquals(ok, RelatedItem.safeUrl(ok), ok);
    }
    for (String bad : new String[] {"javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
        "data:text/html,x", "vbscript:x", "file:///etc/passwd", "//evil.example/a", "/\\evil.example/a", "\\\\evil", "http:evil",
        "https:/evil", "mailto:a@b", "/a b", "\0/a", "\u0001javascript:x", ""}) {
      assertNull(RelatedItem.safeUrl(bad), bad);
    }
    assertEquals("/a", RelatedItem.safeUrl("  /a \n"));
    assertNull(RelatedItem.safeUrl(null));
  }

  private static JsonNode find(JsonNode related, String id) {
    for (JsonNode item : related) {
      if (item.get("id").asText().equals(id)) {
        return item;
      }
    }
    throw new AssertionError("no " + id + " in " + related);
  }
}
