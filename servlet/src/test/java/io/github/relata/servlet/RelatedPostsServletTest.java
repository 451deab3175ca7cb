package io.github.relata.servlet;

import static io.github.relata.servlet.Http.contentType;
import static io.github.relata.servlet.Http.get;
import static io.github.relata.servlet.Http.header;
import static io.github.relata.servlet.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.relata.Article;
import io.github.relata.LiveIndex;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the servlet in embedded Jetty on a random port and calls it over HTTP. */
final class RelatedPostsServletTest {

  private static final List<Duration> QUERIES = new ArrayList<>();
  private static LiveIndex index;
  private static TestServer server;
  private static URI base;

  @BeforeAll
  static void start() throws Exception {
    index = Fixtures.index();
    RelatedPostsServlet inCode =
        RelatedPostsServlet.builder(index::snapshot)
            .links(post -> "/posts/" + post.id())
            .allowedOrigin("https://example.org")
            .onQuery(d -> {
              synchronized (QUERIES) {
                QUERIES.add(d);
              }
            })
            .build();
    server =
        TestServer.start(
            Map.of(
                "/related/*", TestServer.holder(inCode, RelatedPostsServlet.ALLOWED_ORIGIN, "*"),
                "/by-attribute/*", TestServer.holder(new RelatedPostsServlet()),
                "/cached/*", TestServer.holder(new RelatedPostsServlet(), RelatedPostsServlet.MAX_AGE, "300", RelatedPostsServlet.LINKS, "/blog/{id}/")),
            Map.of(RelatedPostsServlet.INDEX_ATTRIBUTE, index));
    base = server.base;
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    index.close();
  }

  @Test
  void get_knownId_returnsRelatedPostsAsJson() {
    HttpResponse<String> response = get(base, "/related/s3-stockholm?limit=2");

    assertEquals(200, response.statusCode());
    assertEquals("application/json;charset=utf-8", contentType(response));
    assertEquals("no-cache", header(response, "Cache-Control"));
    assertEquals("nosniff", header(response, "X-Content-Type-Options"));
    assertEquals("*", header(response, "Access-Control-Allow-Origin"), "the init parameter overrides the builder");
    JsonNode body = json(response);
    assertEquals("s3-stockholm", body.get("id").asText());
    assertEquals("sv", body.get("lang").asText());
    JsonNode related = body.get("related");
    assertEquals(2, related.size());
    JsonNode first = related.get(0);
    for (String field : new String[] {"id", "title", "url", "date", "dateText", "lang", "excerpt", "score", "sharedTerms", "contributions"}) {
      assertTrue(first.has(field), () -> "missing " + field + " in " + first);
    }
    assertEquals("/posts/" + first.get("id").asText(), first.get("url").asText());
    assertTrue(first.get("dateText").asText().matches("\\d{1,2} [a-zåäö]+ \\d{4}"), first.toString());
    assertTrue(first.get("contributions").has("text"), first.toString());
    assertTrue(first.get("sharedTerms").size() > 0, first.toString());
    assertTrue(first.get("score").asDouble() >= related.get(1).get("score").asDouble());
  }

  @Test
  void get_tellsTheQueryListenerHowLongTheQueryTook() {
    int before;
    synchronized (QUERIES) {
      before = QUERIES.size();
    }
    assertEquals(200, get(base, "/related/s3-london").statusCode());
    synchronized (QUERIES) {
      assertEquals(before + 1, QUERIES.size());
      assertFalse(QUERIES.get(QUERIES.size() - 1).isNegative());
    }
  }

  @Test
  void get_defaultLimit_isFive() {
    JsonNode body = json(get(base, "/related/s3-stockholm?limit=50"));
    assertTrue(body.get("related").size() > RelatedPostsServlet.DEFAULT_LIMIT, "the fixture has more than five relatives");

    assertEquals(RelatedPostsServlet.DEFAULT_LIMIT, json(get(base, "/related/s3-stockholm")).get("related").size());
  }

  @Test
  void get_jsonSuffix_isTheJson() {
    HttpResponse<String> response = get(base, "/related/s3-stockholm.json?limit=2");

    assertEquals(200, response.statusCode());
    assertEquals(json(get(base, "/related/s3-stockholm?limit=2")), json(response));
  }

  @Test
  void get_unknownId_returnsJson404NamingIt() {
    HttpResponse<String> response = get(base, "/related/no-such-post");

    assertEquals(404, response.statusCode());
    assertEquals("application/json;charset=utf-8", contentType(response));
    assertEquals("no-store", header(response, "Cache-Control"));
    assertEquals("unknown post id: no-such-post", json(response).get("error").asText());
  }

  @Test
  void get_idWithSlash_encodedOrNot_findsThePost() {
    assertEquals("region/s3-uppsala", json(get(base, "/related/region%2Fs3-uppsala")).get("id").asText());
    assertEquals("region/s3-uppsala", json(get(base, "/related/region/s3-uppsala")).get("id").asText());
  }

  @Test
  void get_noId_returnsJson404() {
    HttpResponse<String> response = get(base, "/related/");

    assertEquals(404, response.statusCode());
    assertTrue(json(response).get("error").asText().contains("no post id"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"..%2F", "..%2F..%2Fetc%2Fpasswd", "%00", "a%00b", "a%2e%2e%2Fb", "%5C..%5C", "%C0%AF", "%E2%82", "%FF%FE"})
  void get_badOrStrangeId_answersItsOwnJsonError(String id) {
    HttpResponse<String> response = get(base, "/related/" + id);

    assertTrue(response.statusCode() == 400 || response.statusCode() == 404, response.statusCode() + " " + response.body());
    assertEquals("application/json;charset=utf-8", contentType(response), response.body());
    String error = json(response).get("error").asText();
    assertTrue(error.startsWith("unknown post id: ") || error.startsWith("post id ") || error.startsWith("the server rejected"), error);
  }

  @Test
  void get_hugeId_answersJson404WithABoundedEcho() {
    String id = "x".repeat(20_000);

    HttpResponse<String> response = get(base, "/related/" + id);

    assertEquals(404, response.statusCode(), response.body());
    String error = json(response).get("error").asText();
    assertEquals("unknown post id: " + "x".repeat(Messages.SHOWN) + "… (20000 characters)", error);
    assertTrue(response.body().length() < 300, response.body());
  }

  @Test
  void get_idLongerThanJettyAccepts_isStillJson() {
    HttpResponse<String> response = get(base, "/related/" + "x".repeat(40_000));

    assertEquals(414, response.statusCode());
    assertEquals("the server rejected the request: 414 URI Too Long", json(response).get("error").asText());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "51", "-1", "abc", "2.5", "99999999999", "%20", "1e1"})
  void get_limitOutOfBounds_returnsJson400NamingIt(String limit) {
    HttpResponse<String> response = get(base, "/related/s3-stockholm?limit=" + limit);

    assertEquals(400, response.statusCode());
    String error = json(response).get("error").asText();
    assertEquals("limit must be a whole number from 1 to 50: " + limit.replace("%20", " "), error);
  }

  @Test
  void get_hugeLimit_echoesABoundedPrefix() {
    HttpResponse<String> response = get(base, "/related/s3-stockholm?limit=" + "9".repeat(5000));

    assertEquals(400, response.statusCode());
    assertTrue(json(response).get("error").asText().endsWith("… (5000 characters)"), response.body());
  }

  @Test
  void get_limitAtBounds_isAccepted() {
    assertEquals(200, get(base, "/related/s3-stockholm?limit=1").statusCode());
    assertEquals(200, get(base, "/related/s3-stockholm?limit=50").statusCode());
  }

  @Test
  void get_unknownFormat_returns400NamingIt() {
    HttpResponse<String> response = get(base, "/related/s3-stockholm?format=xml");

    assertEquals(400, response.statusCode());
    assertEquals("format must be json or html: xml", json(response).get("error").asText());
  }

  @Test
  void get_htmlSuffix_returnsEscapedFragmentInThePostsLanguage() {
    HttpResponse<String> response = get(base, "/related/s3-stockholm.html");

    assertEquals(200, response.statusCode());
    assertEquals("text/html;charset=utf-8", contentType(response));
    assertTrue(header(response, "Content-Security-Policy").startsWith("default-src 'none'"));
    String html = response.body();
    assertTrue(html.startsWith("<section"), html);
    assertTrue(html.contains("Relaterade inlägg"), html);
    assertTrue(html.contains("Läs hela artikeln"), html);
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
    assertFalse(html.contains(Fixtures.XSS_TITLE), html);
  }

  @Test
  void get_formatHtml_inEnglish() {
    String html = get(base, "/related/s3-london?format=html").body();

    assertTrue(html.contains(">Related posts<"), html);
    assertTrue(html.contains("Read the whole article"), html);
    assertTrue(html.matches("(?s).*<time [^>]*datetime=\"\\d{4}-\\d{2}-\\d{2}\"[^>]*>[A-Z][a-z]+ \\d{1,2}, \\d{4}</time>.*"), html);
  }

  @Test
  void get_etag_revalidatesWith304UntilTheAnswerChanges() {
    HttpResponse<String> first = get(base, "/related/s3-stockholm?limit=3");
    String tag = header(first, "ETag");
    assertTrue(tag.matches("\"[0-9a-f]{32}\""), tag);

    HttpResponse<String> again = get(base, "/related/s3-stockholm?limit=3", "If-None-Match", tag);
    assertEquals(304, again.statusCode());
    assertEquals("", again.body());
    assertEquals(tag, header(again, "ETag"));
    assertEquals(304, get(base, "/related/s3-stockholm?limit=3", "If-None-Match", "\"other\", W/" + tag).statusCode());
    assertEquals(304, get(base, "/related/s3-stockholm?limit=3", "If-None-Match", "*").statusCode());
    assertEquals(200, get(base, "/related/s3-stockholm?limit=3", "If-None-Match", "\"other\"").statusCode());
    assertFalse(tag.equals(header(get(base, "/related/s3-stockholm?limit=2"), "ETag")), "another answer, another tag");
    assertFalse(tag.equals(header(get(base, "/related/s3-stockholm.html?limit=3"), "ETag")), "the fragment has its own tag");

    String firstId = json(first).get("related").get(0).get("id").asText();
    Article higher = Fixtures.posts().stream().filter(p -> p.id().equals(firstId)).findFirst().orElseThrow();
    index.put(higher.toBuilder().summary(higher.summary() + " Uppdaterad.").build());
    try {
      HttpResponse<String> changed = get(base, "/related/s3-stockholm?limit=3", "If-None-Match", tag);
      assertEquals(200, changed.statusCode(), "the related list changed, so the tag did");
      assertFalse(tag.equals(header(changed, "ETag")));
    } finally {
      index.put(Fixtures.posts().get(1));
    }
  }

  @Test
  void head_hasTheHeadersAndNoBody() {
    HttpResponse<String> response = Http.send(HttpRequest.newBuilder(base.resolve("/related/s3-stockholm")).method("HEAD", HttpRequest.BodyPublishers.noBody()));

    assertEquals(200, response.statusCode());
    assertEquals(header(get(base, "/related/s3-stockholm"), "ETag"), header(response, "ETag"));
    assertEquals("", response.body());
  }

  @Test
  void post_isAJson405() {
    HttpResponse<String> response = Http.send(HttpRequest.newBuilder(base.resolve("/related/s3-stockholm")).POST(HttpRequest.BodyPublishers.ofString("x")));

    assertEquals(405, response.statusCode());
    assertEquals("GET, HEAD, OPTIONS", header(response, "Allow"));
    assertEquals("method not allowed: POST", json(response).get("error").asText());
  }

  @Test
  void initParameters_setMaxAgeAndLinks() {
    HttpResponse<String> response = get(base, "/cached/s3-stockholm?limit=1");

    assertEquals("public, max-age=300", header(response, "Cache-Control"));
    JsonNode first = json(response).get("related").get(0);
    assertEquals("/blog/" + first.get("id").asText() + "/", first.get("url").asText());
    assertEquals("/blog/region%2Fs3-uppsala/", RelatedList.linkPattern("/blog/{id}/").apply(index.article("region/s3-uppsala").orElseThrow()));
  }

  @Test
  void get_afterPut_seesTheNewPostAtOnce() {
    Article fresh =
        Article.builder("s3-new", "Ny rapport om smart specialisering i Interreg Europe")
            .summary("Smart specialisering, interregionalt samarbete och Interreg Europe i Stockholmsregionen.")
            .published(LocalDate.of(2018, 3, 20))
            .tags("smart specialisering", "Interreg Europe")
            .language("sv")
            .build();
    index.put(fresh);
    try {
      String body = get(base, "/related/s3-stockholm?limit=50").body();
      assertTrue(body.contains("\"id\":\"s3-new\""), body);
    } finally {
      index.remove("s3-new");
    }
  }

  @Test
  void noArgumentServlet_readsTheIndexFromTheContextAttribute() {
    HttpResponse<String> response = get(base, "/by-attribute/s3-london");

    assertEquals(200, response.statusCode());
    assertEquals("s3-london", json(response).get("id").asText());
    assertNull(header(response, "Access-Control-Allow-Origin"));
  }
}
