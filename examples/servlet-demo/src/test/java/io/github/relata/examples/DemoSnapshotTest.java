package io.github.relata.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.Article;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo keeps its index across restarts in the snapshot file: what was added with the form is there after a restart. */
final class DemoSnapshotTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  private DemoOptions options(Path snapshot) {
    return new DemoOptions(0, "127.0.0.1", null, snapshot, false);
  }

  @Test
  void aPostAddedWithTheForm_isThereAfterARestart() throws Exception {
    Path snapshot = dir.resolve("demo-blog.relata");
    List<Article> samples = DemoBlog.posts(null);
    int before;
    try (DemoBlog blog = DemoBlog.start(options(snapshot), samples)) {
      assertFalse(blog.servedFromSnapshot());
      assertTrue(Files.exists(snapshot), "saved at the first start");
      before = blog.index().size();
      HttpResponse<String> saved = post(blog, Map.of("title", "Kluster i Porto", "lang", "sv", "date", "2024-03-14",
          "summary", "Ett besök hos klustren i Porto.", "body", "Smart specialisering och kluster i Porto."));
      assertEquals(303, saved.statusCode(), saved.body());
    }

    // Restarted with other posts: the snapshot wins, with the post added before the restart.
    try (DemoBlog blog = DemoBlog.start(options(snapshot), samples.subList(0, 3))) {
      assertTrue(blog.servedFromSnapshot());
      assertEquals(before + 1, blog.index().size());
      Article added = blog.index().snapshot().articles().stream().filter(a -> a.title().equals("Kluster i Porto")).findFirst().orElseThrow();
      assertEquals("Smart specialisering och kluster i Porto.", added.body());
      String html = HTTP.send(HttpRequest.newBuilder(blog.uri().resolve(BlogServlet.link(added))).build(), HttpResponse.BodyHandlers.ofString()).body();
      assertTrue(html.contains("Kluster i Porto"), html);
    }
  }

  @Test
  void aDamagedSnapshot_isReplacedByThePosts() throws Exception {
    Path snapshot = Files.writeString(dir.resolve("demo-blog.relata"), "not a snapshot");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream console = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try (DemoBlog blog = DemoBlog.start(options(snapshot), DemoBlog.posts(null).subList(0, 4))) {
      assertFalse(blog.servedFromSnapshot());
      assertEquals(4, blog.index().size());
    } finally {
      System.setErr(console);
    }
    String said = err.toString(StandardCharsets.UTF_8);
    assertTrue(said.startsWith("demo-blog: " + snapshot + ": not a Relata snapshot") && said.contains("serving the posts instead"), said);
    try (DemoBlog blog = DemoBlog.start(options(snapshot), DemoBlog.posts(null))) {
      assertTrue(blog.servedFromSnapshot());
      assertEquals(4, blog.index().size());
    }
  }

  @Test
  void withoutASnapshotFile_nothingIsWritten() throws Exception {
    try (DemoBlog blog = DemoBlog.start(new DemoOptions(0, "127.0.0.1", null, false), DemoBlog.posts(null).subList(0, 4))) {
      assertFalse(blog.servedFromSnapshot());
    }
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }

  private static HttpResponse<String> post(DemoBlog blog, Map<String, String> form) throws Exception {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return HTTP.send(HttpRequest.newBuilder(blog.uri().resolve("/posts"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
