package io.github.relata.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.relata.LiveIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The module README's JSON example is what the servlet answers for that request on the test fixtures. */
final class ReadmeTest {

  private static final Path README = Path.of("README.md");

  @Test
  void readmeJsonExample_isWhatTheServletAnswers() throws Exception {
    assumeTrue(Files.isRegularFile(README), "skipped: no README.md in the module directory");
    String readme = Files.readString(README);
    String request = between(readme, "<!-- example request: ", " -->");
    String shown = between(readme, "```json\n", "```");
    try (LiveIndex index = Fixtures.index();
        TestServer server = TestServer.start(
            Map.of("/related/*", TestServer.holder(RelatedPostsServlet.builder(index::snapshot).links(RelatedList.linkPattern("/posts/{id}")).build())),
            Map.of())) {
      String body = Http.get(server.base, request).body();
      JsonNode actual = Http.JSON.readTree(body);
      assertEquals(Http.JSON.readTree(shown), actual,
          "servlet/README.md shows another answer to " + request + "; the servlet answers:\n" + Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual));
    }
  }

  static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    int to = text.indexOf(end, from + start.length());
    if (from < 0 || to < 0) {
      throw new AssertionError("no " + start.strip() + " ... " + end.strip() + " in the README");
    }
    return text.substring(from + start.length(), to);
  }
}
