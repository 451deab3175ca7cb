package io.github.relata.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** examples/README.md's JSON sample is what the demo blog's API answers for the request it names. */
final class ReadmeTest {

  private static final Path README = Path.of("../README.md");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void readmeJsonSample_isWhatTheDemoAnswers() throws Exception {
    assumeTrue(Files.isRegularFile(README), "skipped: no examples/README.md");
    String readme = Files.readString(README);
    String request = between(readme, "<!-- sample request: ", " -->");
    String shown = between(readme, "```json\n", "```");
    try (DemoBlog blog = DemoBlog.start(new DemoOptions(0, "127.0.0.1", null, false), DemoBlog.posts(null))) {
      String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(blog.uri().resolve(request)).build(), HttpResponse.BodyHandlers.ofString()).body();
      JsonNode actual = JSON.readTree(body);
      assertEquals(JSON.readTree(shown), actual,
          "examples/README.md shows another answer to " + request + "; the demo answers:\n" + JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual));
    }
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    int to = text.indexOf(end, from + start.length());
    if (from < 0 || to < 0) {
      throw new AssertionError("no " + start.strip() + " ... " + end.strip() + " in examples/README.md");
    }
    return text.substring(from + start.length(), to);
  }
}
