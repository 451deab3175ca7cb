package io.github.relata.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.relata.Article;
import io.github.relata.LiveIndex;
import io.github.relata.RelatedPosts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Spring Boot application on a random port: the beans, the JSON API, the Thymeleaf fragment and the widget. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
final class RelatedPostsControllerTest {

  private static final String STOCKHOLM = "smart-specialisering-stockholm-2017";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired RelatedPosts engine;
  @Autowired LiveIndex index;

  @Test
  void engineAndIndex_areBeans() {
    assertNotNull(engine);
    assertEquals(0.12, engine.options().minScore());
    assertTrue(index.size() >= 40, "samples: " + index.size());
  }

  @Test
  void related_returnsTheSameJsonAsTheServlet() throws Exception {
    HttpResponse<String> response = get("/related/" + STOCKHOLM + "?limit=3");

    assertEquals(200, response.statusCode());
    assertTrue(contentType(response).startsWith("application/json"), contentType(response));
    JsonNode body = JSON.readTree(response.body());
    assertEquals(STOCKHOLM, body.get("id").asText());
    assertEquals("sv", body.get("lang").asText());
    assertEquals(3, body.get("related").size());
    JsonNode first = body.get("related").get(0);
    assertEquals(index.relatedTo(STOCKHOLM).get(0).article().id(), first.get("id").asText());
    assertEquals("/posts/" + first.get("id").asText(), first.get("url").asText());
    assertTrue(first.get("excerpt").asText().endsWith("…"));
    assertTrue(first.get("contributions").has("text"));
    assertTrue(first.get("dateText").asText().matches("\\d{1,2} [a-zåäö]+ \\d{4}"), first.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "51", "many"})
  void related_limitOutOfBounds_is400NamingIt(String limit) throws Exception {
    HttpResponse<String> response = get("/related/" + STOCKHOLM + "?limit=" + limit);

    assertEquals(400, response.statusCode());
    assertEquals("limit must be a whole number from 1 to 50: " + limit, JSON.readTree(response.body()).get("error").asText());
  }

  @Test
  void related_unknownId_is404NamingIt() throws Exception {
    HttpResponse<String> response = get("/related/no-such-post");

    assertEquals(404, response.statusCode());
    assertTrue(contentType(response).startsWith("application/json"), contentType(response));
    assertEquals("unknown post id: no-such-post", JSON.readTree(response.body()).get("error").asText());
  }

  @Test
  void related_formatHtml_rendersTheFragmentWithSpringsThymeleaf() throws Exception {
    HttpResponse<String> response = get("/related/innovation-summit-vasteras-smart-specialisation-2019?format=html");

    assertEquals(200, response.statusCode());
    String html = response.body();
    assertTrue(html.strip().startsWith("<section"), html);
    assertTrue(html.contains(">Related posts</h2>"), html);
    assertTrue(html.contains("Read the whole article"), html);
  }

  @Test
  void postPage_includesTheFragmentAndEscapesPostText() throws Exception {
    Article xss =
        Article.builder("xss-spring", "<img src=x onerror=alert(1)>")
            .summary("Stockholmsregionens strategi för smart specialisering ses över med workshoppar om styrkeområden.")
            .body("Stockholmsregionens strategi för smart specialisering ses över. Företag, lärosäten och kommuner "
                + "diskuterar styrkeområden: life science, digitala tjänster, hållbara städer och finansiell teknik.")
            .published(LocalDate.of(2017, 3, 10))
            .tags("smart specialisering", "Stockholm", "innovationsstrategi")
            .language("sv")
            .build();
    index.put(xss);
    try {
      String html = get("/posts/" + STOCKHOLM).body();

      assertTrue(html.contains("<h2 class=\"relata-heading\""), html);
      assertTrue(html.contains("Relaterade inlägg"), html);
      assertTrue(html.contains("Läs hela artikeln"), html);
      assertTrue(html.contains("data-post-id=\"xss-spring\""), "the new post is related at once: " + html);
      assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
      assertFalse(html.contains("<img"), html);
      String own = get("/posts/xss-spring").body();
      assertTrue(own.contains("<h1>&lt;img src=x onerror=alert(1)&gt;</h1>"), own);
    } finally {
      index.remove("xss-spring");
    }
  }

  @Test
  void unknownPostPage_is404() throws Exception {
    assertEquals(404, get("/posts/no-such-post").statusCode());
  }

  @Test
  void widget_isServedFromTheAdaptersJar() throws Exception {
    HttpResponse<String> response = get("/relata-widget.js");

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("relata-widget"), response.body());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
  }
}
