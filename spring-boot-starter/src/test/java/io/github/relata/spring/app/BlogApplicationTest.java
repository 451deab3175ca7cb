package io.github.relata.spring.app;

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
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An application with the starter, Thymeleaf and Actuator, on a random port under Tomcat. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "relata.posts=classpath:io/github/relata/samples/posts.jsonl",
      "relata.links=/posts/{id}",
      "relata.min-score=0.12",
      "management.endpoints.web.exposure.include=health,metrics",
      "management.endpoint.health.show-details=always"
    })
final class BlogApplicationTest {

  private static final String STOCKHOLM = "smart-specialisering-stockholm-2017";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @LocalServerPort int port;
  @Autowired LiveIndex index;

  @Test
  void jsonApi_servesTheRelatedList() throws Exception {
    HttpResponse<String> response = get("/related/" + STOCKHOLM + "?limit=3");

    assertEquals(200, response.statusCode());
    assertEquals("application/json;charset=utf-8", contentType(response));
    JsonNode body = JSON.readTree(response.body());
    assertEquals(3, body.get("related").size());
    JsonNode first = body.get("related").get(0);
    assertEquals(index.relatedTo(STOCKHOLM).get(0).article().id(), first.get("id").asText());
    assertEquals("/posts/" + first.get("id").asText(), first.get("url").asText());
    String tag = response.headers().firstValue("ETag").orElseThrow();
    assertEquals(304, get("/related/" + STOCKHOLM + "?limit=3", "If-None-Match", tag).statusCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"no-such-post", "..%2F", "..%2F..%2Fetc%2Fpasswd", "%00", "a%00b", "%C0%AF", "%5C..%5C"})
  void jsonApi_answersBadIdsWithItsOwnJsonErrors(String id) throws Exception {
    HttpResponse<String> response = get("/related/" + id);

    assertTrue(response.statusCode() == 400 || response.statusCode() == 404, response.statusCode() + " " + response.body());
    assertTrue(contentType(response).startsWith("application/json"), contentType(response) + " " + response.body());
    assertTrue(JSON.readTree(response.body()).get("error").asText().length() < 200, response.body());
  }

  @Test
  void jsonApi_hugeId_isAJsonErrorWithABoundedEcho() throws Exception {
    HttpResponse<String> response = get("/related/" + "x".repeat(20_000));

    // Tomcat's request line limit (server.max-http-request-header-size, 8 KB) stops it before the servlet.
    assertEquals(400, response.statusCode(), response.body());
    assertEquals("{\"error\":\"the server rejected the request: 400 Bad Request\"}", response.body());
    HttpResponse<String> long5k = get("/related/" + "x".repeat(5_000));
    assertEquals(404, long5k.statusCode(), long5k.body());
    assertTrue(long5k.body().contains("(5000 characters)") && long5k.body().length() < 200, long5k.body());
  }

  @Test
  void jsonApi_idWithAnEncodedSlash_findsThePost() throws Exception {
    index.put(Article.builder("region/s3", "Smart specialisering i regionerna").body("Smart specialisering och regioner.").language("sv").build());
    try {
      HttpResponse<String> response = get("/related/region%2Fs3");
      assertEquals(200, response.statusCode(), response.body());
      assertEquals("region/s3", JSON.readTree(response.body()).get("id").asText());
    } finally {
      index.remove("region/s3");
    }
  }

  @Test
  void otherPages_keepTomcatsErrors() throws Exception {
    HttpResponse<String> response = get("/elsewhere/%00");

    assertEquals(400, response.statusCode());
    assertTrue(contentType(response).startsWith("text/html"), contentType(response));
  }

  @Test
  void postPage_includesTheFragmentUnderSpringsThymeleaf_escaped() throws Exception {
    index.put(Article.builder("xss-spring", "<img src=x onerror=alert(1)>")
        .summary("Stockholmsregionens strategi för smart specialisering ses över med workshoppar om styrkeområden.")
        .body("Stockholmsregionens strategi för smart specialisering ses över. Företag, lärosäten och kommuner diskuterar styrkeområden.")
        .published(LocalDate.of(2017, 3, 10)).tags("smart specialisering", "Stockholm", "<script>alert(1)</script>").language("sv").build());
    try {
      String html = get("/posts/" + STOCKHOLM).body();
      assertTrue(html.contains("Relaterade inlägg"), html);
      assertTrue(html.contains("Läs hela artikeln"), html);
      assertTrue(html.contains("data-post-id=\"xss-spring\""), "the new post is related at once: " + html);
      assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
      assertFalse(html.contains("<img") || html.contains("<script"), html);
    } finally {
      index.remove("xss-spring");
    }
  }

  @Test
  void widget_isServedFromTheAdaptersJar() throws Exception {
    HttpResponse<String> response = get("/relata-widget.js");

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("relata-related"), response.body());
  }

  @Test
  void health_showsTheIndex() throws Exception {
    JsonNode health = JSON.readTree(get("/actuator/health/relata").body());

    assertEquals("UP", health.get("status").asText());
    assertEquals(index.size(), health.get("details").get("posts").asInt());
  }

  @Test
  void metrics_countQueries() throws Exception {
    get("/related/" + STOCKHOLM);
    JsonNode timer = JSON.readTree(get("/actuator/metrics/relata.query").body());
    JsonNode posts = JSON.readTree(get("/actuator/metrics/relata.index.posts").body());

    assertTrue(timer.get("measurements").get(0).get("value").asDouble() >= 1, timer.toString());
    assertEquals(index.size(), posts.get("measurements").get(0).get("value").asInt(), posts.toString());
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT).replace(" ", "");
  }
}
