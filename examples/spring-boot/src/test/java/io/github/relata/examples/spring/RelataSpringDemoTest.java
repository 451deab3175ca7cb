package io.github.relata.examples.spring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.relata.LiveIndex;
import io.github.relata.RelatedPost;
import io.github.relata.samples.SamplePosts;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application as it ships (the starter, two properties and its posts file) on a random port: it serves
 * related posts.
 * The test only quiets the logs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"spring.main.banner-mode=off", "logging.level.root=WARN"})
final class RelataSpringDemoTest {

  private static final String STOCKHOLM = "smart-specialisering-stockholm-2017";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @LocalServerPort int port;
  @Autowired LiveIndex index;

  @Test
  void servesTheSamplePostsRelatedPosts_asJson() throws Exception {
    HttpResponse<String> response = get("/related/" + STOCKHOLM + "?limit=3");

    assertEquals(200, response.statusCode());
    JsonNode body = JSON.readTree(response.body());
    assertEquals(STOCKHOLM, body.get("id").asText());
    List<String> expected = index.relatedTo(STOCKHOLM).stream().limit(3).map(RelatedPost::article).map(a -> a.id()).toList();
    assertEquals(expected, body.get("related").findValuesAsText("id").stream().filter(expected::contains).distinct().toList());
    assertEquals(3, body.get("related").size());
    for (JsonNode item : body.get("related")) {
      assertTrue(item.get("score").asDouble() >= 0.12, "relata.min-score applies: " + item);
    }
  }

  @Test
  void servesTheFragmentAndTheWidget() throws Exception {
    HttpResponse<String> fragment = get("/related/" + STOCKHOLM + ".html");
    HttpResponse<String> widget = get("/relata-widget.js");

    assertEquals(200, fragment.statusCode());
    assertTrue(fragment.body().startsWith("<section class=\"relata-related\""), fragment.body());
    assertTrue(fragment.body().contains("Läs hela artikeln"), fragment.body());
    assertEquals(200, widget.statusCode());
  }

  @Test
  void itsPostsFile_isTheBuiltInSamples() throws Exception {
    try (InputStream own = RelataSpringDemo.class.getResourceAsStream("/posts.jsonl"); InputStream samples = SamplePosts.open()) {
      assertArrayEquals(samples.readAllBytes(), own.readAllBytes(), "src/main/resources/posts.jsonl is a copy of relata-samples' posts");
    }
  }

  @Test
  void unknownPost_isAJson404() throws Exception {
    HttpResponse<String> response = get("/related/no-such-post");

    assertEquals(404, response.statusCode());
    assertEquals("unknown post id: no-such-post", JSON.readTree(response.body()).get("error").asText());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
