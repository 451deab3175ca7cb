package io.github.relata.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.relata.LiveIndex;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Fuzzes the servlet's parameters over HTTP: ids, suffixes, {@code limit}, {@code format} and {@code
 * If-None-Match} from generators that favour the edges (separators, dots, percent signs, NUL, non-ASCII,
 * numbers at and beyond the bounds). Every answer must be one the contract documents, with the body it
 * documents, and come within the client's timeout.
 */
final class RelatedPostsServletProperties {

  private static final int TRIES = Integer.getInteger("relata.fuzz.tries", 10_000);
  private static final Set<Integer> DOCUMENTED = Set.of(200, 304, 400, 404, 414);
  private static final List<String> IDS = Fixtures.posts().stream().map(p -> p.id()).toList();

  private static LiveIndex index;
  private static TestServer server;
  private static URI base;

  @BeforeAll
  static void start() throws Exception {
    index = Fixtures.index();
    server = TestServer.start(Map.of("/related/*", TestServer.holder(new RelatedPostsServlet(), RelatedPostsServlet.MAX_AGE, "60")),
        Map.of(RelatedPostsServlet.INDEX_ATTRIBUTE, index));
    base = server.base;
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    index.close();
  }

  @Test
  void everyRequestGetsADocumentedAnswer() {
    qt().withExamples(TRIES).withShrinkCycles(200).forAll(ids(), suffixes(), limits().zip(formats(), (l, f) -> new String[] {l, f}), tags())
        .checkAssert((id, suffix, parameters, tag) -> {
          String limit = parameters[0];
          String format = parameters[1];
          StringBuilder target = new StringBuilder("/related/").append(encode(id)).append(suffix).append('?');
          if (limit != null) {
            target.append("limit=").append(encode(limit)).append('&');
          }
          if (format != null) {
            target.append("format=").append(encode(format));
          }
          HttpResponse<String> response = tag == null ? Http.get(base, target.toString()) : Http.get(base, target.toString(), "If-None-Match", tag);
          check(target.toString(), response);
        });
  }

  private static void check(String target, HttpResponse<String> response) {
    int status = response.statusCode();
    String what = target + " -> " + status + " " + response.body();
    assertTrue(DOCUMENTED.contains(status), what);
    String type = Http.contentType(response);
    if (status == 304) {
      assertEquals("", response.body(), what);
      assertTrue(Http.header(response, "ETag") != null, what);
    } else if (status == 200 && type.startsWith("text/html")) {
      assertTrue(response.body().isEmpty() || response.body().startsWith("<section"), what);
    } else {
      assertEquals("application/json;charset=utf-8", type, what);
      JsonNode body = Http.json(response);
      if (status == 200) {
        assertTrue(body.get("related").isArray(), what);
      } else {
        assertTrue(body.get("error").asText().length() < 300, "a bounded message: " + what);
      }
    }
  }

  /** Known ids, near misses of them, and strings from an alphabet of troublesome characters. */
  private static Gen<String> ids() {
    Gen<String> known = Generate.pick(IDS);
    Gen<String> odd = strings().betweenCodePoints(0, 0x1F600).ofLengthBetween(0, 12);
    Gen<String> troublesome = Generate.pick(List.of("/", "%", ".", "..", "\\", "\0", " ", "+", "?", "#", ";", "å", "😀", "\uFFFD", "x", "html", ".html"))
        .describedAs(s -> s);
    Gen<String> glued = lists(troublesome);
    return Generate.frequency(
        org.quicktheories.api.Pair.of(3, known),
        org.quicktheories.api.Pair.of(2, known.zip(glued, (a, b) -> a + b)),
        org.quicktheories.api.Pair.of(3, glued),
        org.quicktheories.api.Pair.of(2, odd));
  }

  private static Gen<String> lists(Gen<String> parts) {
    return integers().between(0, 6).flatMap(n -> random -> {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < n; i++) {
        s.append(parts.generate(random));
      }
      return s.toString();
    });
  }

  private static Gen<String> suffixes() {
    return Generate.pick(List.of("", "", ".html", ".json", ".HTML", "/"));
  }

  private static Gen<String> limits() {
    Gen<String> numbers = integers().between(-3, 60).map((Integer i) -> String.valueOf(i));
    Gen<String> odd = Generate.pick(List.of("", " 5", "5 ", "05", "1e1", "0x10", "2147483648", "-0", "５", "NaN", "9".repeat(400)));
    return Generate.frequency(
        org.quicktheories.api.Pair.of(3, numbers),
        org.quicktheories.api.Pair.of(1, odd),
        org.quicktheories.api.Pair.of(2, Generate.constant((String) null)));
  }

  private static Gen<String> formats() {
    return Generate.pick(java.util.Arrays.asList(null, null, "json", "html", "HTML", "", "xml", "html\0"));
  }

  private static Gen<String> tags() {
    return Generate.pick(java.util.Arrays.asList(null, null, "*", "\"x\"", "W/\"x\"", "\"", ",", "\"a\", \"b\""));
  }

  /** Percent-encodes every byte of the UTF-8 form that is not unreserved, as a client would. */
  private static String encode(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return out.toString();
  }
}
