package io.github.relata.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.Article;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo blog over HTTP, without a browser. */
final class DemoBlogTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String STOCKHOLM = "smart-specialisering-stockholm-2017";

  private static DemoBlog blog;

  @BeforeAll
  static void start() throws Exception {
    blog = DemoBlog.start(new DemoOptions(0, "127.0.0.1", null, false), DemoBlog.posts(null));
  }

  @AfterAll
  static void stop() throws Exception {
    blog.close();
  }

  @Test
  void samples_areAtLeastFortyInTwoLanguages() {
    assertTrue(blog.index().size() >= 40, "posts: " + blog.index().size());
    Map<String, Long> languages =
        blog.index().snapshot().articles().stream().collect(Collectors.groupingBy(a -> String.valueOf(a.language()), Collectors.counting()));
    assertEquals(Map.of("sv", languages.get("sv"), "en", languages.get("en")), languages);
  }

  @Test
  void indexPage_listsEveryPost() throws Exception {
    String html = get("/").body();

    assertTrue(html.contains(blog.index().size() + " posts"), html);
    assertTrue(html.contains("href=\"/posts/" + STOCKHOLM + "\""), html);
  }

  @Test
  void postPage_showsTheRelatedListInThePostsLanguage() throws Exception {
    HttpResponse<String> response = get("/posts/" + STOCKHOLM);

    assertEquals(200, response.statusCode());
    String html = response.body();
    assertTrue(html.contains("<html lang=\"sv\">"), html);
    assertTrue(html.contains("Relaterade inlägg"), html);
    assertTrue(html.contains("Läs hela artikeln"), html);
    String first = blog.index().relatedTo(STOCKHOLM).get(0).article().id();
    assertTrue(html.contains("href=\"/posts/" + first + "\""), html);
  }

  @Test
  void unknownPost_is404() throws Exception {
    HttpResponse<String> response = get("/posts/no-such-post");

    assertEquals(404, response.statusCode());
    assertTrue(response.body().contains("unknown post id: no-such-post"));
  }

  @Test
  void widgetScript_andJsonApi_areServed() throws Exception {
    HttpResponse<String> script = get("/relata-widget.js");
    HttpResponse<String> json = get("/related/" + STOCKHOLM + "?limit=3");

    assertEquals(200, script.statusCode());
    assertTrue(script.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"));
    assertEquals(200, json.statusCode());
    assertTrue(json.body().startsWith("{\"id\":\"" + STOCKHOLM + "\""), json.body());
  }

  @Test
  void savingAPost_changesTheRelatedListAtOnce() throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("title", "Stockholmsregionen och smart specialisering: workshoppar om styrkeområden");
    form.put("lang", "sv");
    form.put("date", "2017-04-01");
    form.put("tags", "smart specialisering, Stockholm, innovationsstrategi");
    form.put("categories", "Regional utveckling, Innovation");
    form.put("body", "Stockholmsregionens strategi för smart specialisering ses över. Workshoppar med företag, lärosäten "
        + "och kommuner om styrkeområden: life science, digitala tjänster, hållbara städer och finansiell teknik.");
    HttpResponse<String> saved = post("/posts", form);

    assertEquals(303, saved.statusCode());
    String location = saved.headers().firstValue("Location").orElseThrow();
    String id = location.substring("/posts/".length());
    try {
      assertTrue(get("/posts/" + STOCKHOLM).body().contains("href=\"" + location + "\""));
    } finally {
      blog.index().remove(id);
    }
  }

  @Test
  void savingAnInvalidPost_showsTheFormAgainWithTheError() throws Exception {
    HttpResponse<String> response = post("/posts", Map.of("title", "T", "lang", "sv", "date", "14 mars"));

    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("date must be a day as YYYY-MM-DD: &#39;14 mars&#39;"), response.body());
  }

  @Test
  void savingAnOversizedForm_is413WithTheFormAgain() throws Exception {
    HttpResponse<String> response = post("/posts", Map.of("title", "T", "lang", "sv", "body", "ö".repeat(DemoBlog.MAX_FORM_BYTES / 4)));

    assertEquals(413, response.statusCode());
    assertTrue(response.body().contains("the form is too large"), response.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"..%2F", "..%2F..%2Fetc%2Fpasswd", "%00", "a%00b", "%C0%AF", "%5C..%5C"})
  void jsonApi_answersBadIdsWithItsOwnJsonErrors(String id) throws Exception {
    HttpResponse<String> response = get("/related/" + id);

    assertTrue(response.statusCode() == 400 || response.statusCode() == 404, response.statusCode() + " " + response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"), response.body());
    assertTrue(response.body().startsWith("{\"error\":"), response.body());
  }

  @Test
  void jsonApi_hugeId_isAJson404WithABoundedEcho() throws Exception {
    HttpResponse<String> response = get("/related/" + "x".repeat(20_000));

    assertEquals(404, response.statusCode());
    assertTrue(response.body().length() < 200, response.body());
    assertTrue(response.body().contains("(20000 characters)"), response.body());
  }

  @Test
  void ownPostsFile_isServedInsteadOfTheSamples(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("posts.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"a\",\"title\":\"Kluster i Porto\",\"lang\":\"sv\",\"body\":\"Kluster och regioner samarbetar i Porto.\"}\n"
            + "{\"id\":\"b\",\"title\":\"Kluster i Valencia\",\"lang\":\"sv\",\"body\":\"Kluster och regioner samarbetar i Valencia.\"}\n");

    try (DemoBlog own = DemoBlog.start(new DemoOptions(0, "127.0.0.1", null, false), DemoBlog.posts(file))) {
      assertEquals(2, own.index().size());
      Article a = own.index().article("a").orElseThrow();
      assertEquals("Kluster i Porto", a.title());
      String html = HTTP.send(HttpRequest.newBuilder(own.uri().resolve("/posts/a")).build(), HttpResponse.BodyHandlers.ofString()).body();
      assertTrue(html.contains("Kluster i Valencia"), html);
      assertFalse(html.contains(STOCKHOLM));
    }
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    String body =
        form.entrySet().stream()
            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String path) {
    return blog.uri().resolve(path);
  }
}
