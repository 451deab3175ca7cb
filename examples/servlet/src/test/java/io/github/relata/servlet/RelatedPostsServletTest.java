package io.github.relata.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.relata.Article;
import io.github.relata.LiveIndex;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the servlet in embedded Jetty on a random port and calls it over HTTP. */
final class RelatedPostsServletTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static LiveIndex index;
  private static Server server;
  private static URI base;

  @BeforeAll
  static void start() throws Exception {
    index = Fixtures.index();
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    ServletHolder holder = new ServletHolder(new RelatedPostsServlet(index::snapshot, post -> "/posts/" + post.id()));
    holder.setInitParameter(RelatedPostsServlet.ALLOWED_ORIGIN, "*");
    context.addServlet(holder, "/related/*");
    context.setAttribute(RelatedPostsServlet.INDEX_ATTRIBUTE, index);
    context.addServlet(new ServletHolder(new RelatedPostsServlet()), "/by-attribute/*");
    server.setHandler(context);
    server.start();
    base = URI.create("http://127.0.0.1:" + connector.getLocalPort());
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
    index.close();
  }

  @Test
  void get_knownId_returnsRelatedPostsAsJson() throws Exception {
    HttpResponse<String> response = get("/related/s3-stockholm?limit=2");

    assertEquals(200, response.statusCode());
    assertEquals("application/json;charset=utf-8", contentType(response));
    assertEquals("no-cache", response.headers().firstValue("Cache-Control").orElseThrow());
    assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
    JsonNode body = JSON.readTree(response.body());
    assertEquals("s3-stockholm", body.get("id").asText());
    assertEquals("sv", body.get("lang").asText());
    JsonNode related = body.get("related");
    assertEquals(2, related.size());
    JsonNode first = related.get(0);
    for (String field : new String[] {"id", "title", "url", "date", "dateText", "excerpt", "score", "sharedTerms", "contributions"}) {
      assertTrue(first.has(field), () -> "missing " + field + " in " + first);
    }
    assertEquals("/posts/" + first.get("id").asText(), first.get("url").asText());
    assertTrue(first.get("excerpt").asText().endsWith("…"), first.toString());
    assertTrue(first.get("dateText").asText().matches("\\d{1,2} [a-zåäö]+ \\d{4}"), first.toString());
    assertTrue(first.get("contributions").has("text"), first.toString());
    assertTrue(first.get("sharedTerms").size() > 0, first.toString());
    assertTrue(first.get("score").asDouble() >= related.get(1).get("score").asDouble());
  }

  @Test
  void get_defaultLimit_isFive() throws Exception {
    JsonNode body = JSON.readTree(get("/related/s3-stockholm").body());

    assertTrue(body.get("related").size() <= RelatedPostsServlet.DEFAULT_LIMIT);
    assertFalse(body.get("related").isEmpty());
  }

  @Test
  void get_unknownId_returnsJson404NamingIt() throws Exception {
    HttpResponse<String> response = get("/related/no-such-post");

    assertEquals(404, response.statusCode());
    assertEquals("application/json;charset=utf-8", contentType(response));
    assertEquals("unknown post id: no-such-post", JSON.readTree(response.body()).get("error").asText());
  }

  @Test
  void get_noId_returnsJson404() throws Exception {
    HttpResponse<String> response = get("/related/");

    assertEquals(404, response.statusCode());
    assertTrue(JSON.readTree(response.body()).get("error").asText().contains("no post id"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "51", "-1", "abc", "2.5", "99999999999"})
  void get_limitOutOfBounds_returnsJson400NamingIt(String limit) throws Exception {
    HttpResponse<String> response = get("/related/s3-stockholm?limit=" + limit);

    assertEquals(400, response.statusCode());
    String error = JSON.readTree(response.body()).get("error").asText();
    assertEquals("limit must be a whole number from 1 to 50: " + limit, error);
  }

  @Test
  void get_limitAtBounds_isAccepted() throws Exception {
    assertEquals(200, get("/related/s3-stockholm?limit=1").statusCode());
    assertEquals(200, get("/related/s3-stockholm?limit=50").statusCode());
  }

  @Test
  void get_unknownFormat_returns400NamingIt() throws Exception {
    HttpResponse<String> response = get("/related/s3-stockholm?format=xml");

    assertEquals(400, response.statusCode());
    assertEquals("format must be json or html: xml", JSON.readTree(response.body()).get("error").asText());
  }

  @Test
  void get_htmlSuffix_returnsEscapedFragmentInThePostsLanguage() throws Exception {
    HttpResponse<String> response = get("/related/s3-stockholm.html");

    assertEquals(200, response.statusCode());
    assertEquals("text/html;charset=utf-8", contentType(response));
    String html = response.body();
    assertTrue(html.startsWith("<section"), html);
    assertTrue(html.contains("Relaterade inlägg"), html);
    assertTrue(html.contains("Läs hela artikeln"), html);
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
    assertFalse(html.contains(Fixtures.XSS_TITLE), html);
  }

  @Test
  void get_formatHtml_inEnglish() throws Exception {
    String html = get("/related/s3-london?format=html").body();

    assertTrue(html.contains(">Related posts<"), html);
    assertTrue(html.contains("Read the whole article"), html);
    assertTrue(html.matches("(?s).*<time [^>]*datetime=\"\\d{4}-\\d{2}-\\d{2}\"[^>]*>[A-Z][a-z]+ \\d{1,2}, \\d{4}</time>.*"), html);
  }

  @Test
  void get_afterPut_seesTheNewPostAtOnce() throws Exception {
    Article fresh =
        Article.builder("s3-new", "Ny rapport om smart specialisering i Interreg Europe")
            .summary("Smart specialisering, interregionalt samarbete och Interreg Europe i Stockholmsregionen.")
            .published(LocalDate.of(2018, 3, 20))
            .tags("smart specialisering", "Interreg Europe")
            .language("sv")
            .build();
    index.put(fresh);
    try {
      String body = get("/related/s3-stockholm?limit=50").body();
      assertTrue(body.contains("\"id\":\"s3-new\""), body);
    } finally {
      index.remove("s3-new");
    }
  }

  @Test
  void noArgumentServlet_readsTheIndexFromTheContextAttribute() throws Exception {
    HttpResponse<String> response = get("/by-attribute/s3-london");

    assertEquals(200, response.statusCode());
    assertEquals("s3-london", JSON.readTree(response.body()).get("id").asText());
  }

  private static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElseThrow().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
