package io.github.relata.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Fuzzes the JSON Lines reader, which the CLI reads its posts with, through {@link PostImporter}: arbitrary
 * bytes, and lines that are JSON, almost JSON or deeply nested JSON. The documented outcomes are the only
 * ones allowed: an {@link ImportResult} in which every line that is not blank is one post or one skipped
 * problem at {@code file:line} (invalid, too large or a duplicate id), or an {@link ImportException} naming
 * the file, only when the input passes the import limit. Anything else thrown (an {@code Error} such as
 * {@link StackOverflowError} included) fails, as does a try slower than {@link #PER_TRY} or a property
 * slower than {@link #BUDGET}. Tries per property: {@code -Drelata.fuzz.tries=N} (default 10,000).
 */
final class JsonLinesFuzzProperties {

  private static final int TRIES = Integer.getInteger("relata.fuzz.tries", 10_000);
  private static final Duration PER_TRY = Duration.ofSeconds(2);
  private static final Duration BUDGET = Duration.ofSeconds(60);
  private static final String SOURCE = "posts.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The smallest limits the builder allows, so that short inputs reach them. */
  private static final PostImporter SMALL = PostImporter.builder().maxPostSize(1_000).maxImportSize(6_000).build();
  private static final List<PostImporter> IMPORTERS = List.of(PostImporter.withDefaults(), SMALL);

  /** Describes the try under way, for a failure or a timeout (only then, as describing costs more than reading). */
  private final AtomicReference<java.util.function.Supplier<String>> current = new AtomicReference<>(() -> "(none yet)");

  @Test
  void arbitraryBytes_giveOnlyDocumentedOutcomes() {
    within(() -> qt().withExamples(TRIES).withShrinkCycles(100)
        .forAll(bytes(), integers().between(0, 1))
        .checkAssert((input, which) -> check(input, IMPORTERS.get(which), Map.of())));
  }

  @Test
  void jsonishLines_giveOnlyDocumentedOutcomes_andCleanPostsAreRead() {
    within(() -> qt().withExamples(TRIES).withShrinkCycles(100)
        .forAll(lists().of(line()).ofSizeBetween(0, 12), lists().of(Generate.pick(List.of("\n", "\r\n", "\r"))).ofSizeBetween(12, 12),
            integers().between(0, 2))
        .checkAssert((lines, endings, which) -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          Map<Integer, String[]> cleanAt = new HashMap<>(); // by byte offset
          for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.cleanId() != null) {
              cleanAt.put(out.size(), new String[] {line.cleanId(), line.cleanTitle()});
            }
            out.writeBytes(line.bytes());
            if (i < lines.size() - 1 || which == 2) {
              out.writeBytes(endings.get(i).getBytes(StandardCharsets.US_ASCII));
            }
          }
          byte[] input = out.toByteArray();
          Map<Integer, String[]> clean = new HashMap<>(); // by line number: an empty line between \r and \n is no line
          cleanAt.forEach((offset, post) -> clean.put(lines(java.util.Arrays.copyOf(input, offset)).size() + 1, post));
          check(input, IMPORTERS.get(which % 2), clean);
        }));
  }

  private void within(org.junit.jupiter.api.function.Executable property) {
    assertTimeoutPreemptively(BUDGET, property, () -> "no answer within " + BUDGET.toSeconds() + " s; the try under way: " + current.get().get());
  }

  /**
   * Reads {@code input} and checks the outcome; {@code clean} maps line numbers to the id and title of a
   * well-formed post written there, which must be read as written unless an earlier line has its id.
   */
  private void check(byte[] input, PostImporter importer, Map<Integer, String[]> clean) {
    current.set(() -> describe(input) + " with " + importer.options());
    long start = System.nanoTime();
    ImportResult result;
    try {
      result = importer.read(ImportFormat.JSON_LINES, new ByteArrayInputStream(input), SOURCE);
    } catch (ImportException e) {
      assertTrue(input.length > importer.options().maxImportBytes(), () -> "only an input over the import limit fails: " + e + " for " + current.get().get());
      assertEquals(SOURCE, e.location(), e::toString);
      assertTrue(e.problem().contains("maxImportSize"), e::toString);
      return;
    } catch (RuntimeException e) {
      throw new AssertionError("undocumented exception for " + current.get().get(), e);
    }
    long took = System.nanoTime() - start;
    assertTrue(took < PER_TRY.toNanos(), () -> "one read took " + took / 1_000_000 + " ms on " + current.get().get());
    assertTrue(input.length <= importer.options().maxImportBytes(), "an input over the import limit fails");
    assertEquals(ImportFormat.JSON_LINES, result.format());
    assertEquals(SOURCE, result.source());
    assertEquals(input.length, result.bytesRead());

    List<byte[]> lines = lines(input);
    Map<Integer, String> entries = new HashMap<>(); // line number to what it became
    Set<String> ids = new HashSet<>();
    for (ImportedPost post : result.posts()) {
      int line = lineOf(post.location(), lines.size());
      assertEquals(null, entries.put(line, "post"), () -> "one entry per line: " + post.location());
      assertTrue(ids.add(post.id()), () -> "ids are unique: " + post.id());
      assertFalse(post.id().isBlank());
    }
    for (Skipped skipped : result.skipped()) {
      int line = lineOf(skipped.location(), lines.size());
      assertEquals(null, entries.put(line, skipped.reason().name()), () -> "one entry per line: " + skipped);
      assertTrue(skipped.reason().isProblem(), skipped::toString);
      assertFalse(skipped.detail().isBlank(), skipped::toString);
      assertTrue(skipped.detail().length() < 500, () -> "a bounded message: " + skipped);
      boolean tooLong = lines.get(line - 1).length > importer.options().maxPostBytes();
      assertEquals(tooLong, skipped.reason() == SkipReason.TOO_LARGE, skipped::toString);
    }
    for (ImportWarning warning : result.warnings()) {
      assertEquals("post", entries.get(lineOf(warning.location(), lines.size())), () -> "a warning is about a post read: " + warning);
    }
    for (int n = 1; n <= lines.size(); n++) {
      byte[] line = lines.get(n - 1);
      boolean blank = line.length <= importer.options().maxPostBytes() && isBlank(line);
      int number = n;
      assertEquals(!blank, entries.containsKey(n), () -> "line " + number + " is " + (blank ? "blank" : "not blank") + ": " + entries + " for " + current.get().get());
    }
    Set<String> earlier = new HashSet<>();
    for (int n = 1; n <= lines.size(); n++) {
      String[] post = clean.get(n);
      String outcome = entries.get(n);
      if (post != null && lines.get(n - 1).length <= importer.options().maxPostBytes()) {
        String expected = earlier.contains(post[0]) ? "DUPLICATE_ID" : "post";
        assertEquals(expected, outcome, () -> "a well-formed post: " + post[0] + " for " + current.get().get());
        if (expected.equals("post")) {
          String location = SOURCE + ":" + n;
          ImportedPost read = result.posts().stream().filter(p -> p.location().equals(location)).findFirst().orElseThrow();
          assertEquals(post[0], read.id());
          assertEquals(post[1], read.article().title());
        }
      }
      if ("post".equals(outcome)) {
        String location = SOURCE + ":" + n;
        earlier.add(result.posts().stream().filter(p -> p.location().equals(location)).findFirst().orElseThrow().id());
      }
    }
  }

  /** Splits as the documented line endings do: {@code \n}, {@code \r\n} or a lone {@code \r}. */
  private static List<byte[]> lines(byte[] input) {
    List<byte[]> lines = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < input.length; i++) {
      if (input[i] == '\n' || input[i] == '\r') {
        lines.add(java.util.Arrays.copyOfRange(input, from, i));
        if (input[i] == '\r' && i + 1 < input.length && input[i + 1] == '\n') {
          i++;
        }
        from = i + 1;
      }
    }
    if (from < input.length) {
      lines.add(java.util.Arrays.copyOfRange(input, from, input.length));
    }
    return lines;
  }

  /** Whether the line is UTF-8 holding only white space (after a byte-order mark). */
  private static boolean isBlank(byte[] line) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line)).toString();
      return (text.startsWith("\uFEFF") ? text.substring(1) : text).isBlank();
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static int lineOf(String location, int lines) {
    assertTrue(location.startsWith(SOURCE + ":"), () -> "names the file: " + location);
    int line = Integer.parseInt(location.substring(SOURCE.length() + 1));
    assertTrue(line >= 1 && line <= lines, () -> "a line of the file: " + location + " of " + lines);
    return line;
  }

  // Generators.

  /** Bytes: random, UTF-8 fragments (valid, truncated, overlong, surrogates, BOM), line breaks and JSON syntax. */
  private static Gen<byte[]> bytes() {
    Gen<byte[]> piece = Generate.frequency(
        Pair.of(4, integers().between(0, 255).map(b -> new byte[] {(byte) (int) b})),
        Pair.of(2, Generate.pick(List.of("\n", "\r", "\r\n", " ", "\t", "{", "}", "[", "]", "\"", ":", ",", "\\", "\\u", "null", "\"id\"",
            "\"title\"", "{\"id\":\"a\",\"title\":\"t\"}", "\uFEFF", "\u2028", "é", "東", "😀")).map(s -> s.getBytes(StandardCharsets.UTF_8))),
        Pair.of(1, Generate.pick(List.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {0}))));
    Gen<byte[]> random = lists().of(piece).ofSizeBetween(0, 300).map(JsonLinesFuzzProperties::concat);
    Gen<byte[]> long1 = integers().between(900, 7_000).zip(Generate.pick(List.of(" ", "a", "{", "\u00E9", "\n", "\r\n")), (n, unit) -> {
      byte[] u = unit.getBytes(StandardCharsets.UTF_8);
      byte[] out = new byte[n];
      for (int i = 0; i < n; i++) {
        out[i] = u[i % u.length];
      }
      return out;
    });
    return random.mix(long1, 10).describedAs(JsonLinesFuzzProperties::describe);
  }

  /** A generated line: its bytes and, for a well-formed post, the id and title it holds. */
  record Line(byte[] bytes, String cleanId, String cleanTitle) {
    @Override
    public String toString() {
      return describe(bytes);
    }
  }

  private static final Gen<String> IDS = Generate.pick(List.of("a", "b", "post-1", "Post 1", "å", "😀", "x/y", "0")).mix(
      strings().basicLatinAlphabet().ofLengthBetween(1, 8).assuming(s -> !s.isBlank()), 30);
  private static final Gen<String> TEXTS = strings().allPossible().ofLengthBetween(0, 20).map(JsonLinesFuzzProperties::encodable)
      .mix(Generate.pick(List.of("", " ", "<b>bold</b>", "&amp;", "\u2028", "\0", "İstanbul", "e-post", "\uFEFF")), 30);
  private static final Gen<Object> VALUES = Generate.pick(java.util.Arrays.asList(null, 0, -1, 1.5e308, true, "", " ", "x", "2024-01-01",
      "2024-13-45", "not a date", "2024-01-01T10:00:00+02:00", List.of(), List.of("a"), List.of("a", 1), List.of(" "), Map.of(), Map.of("a", "b"),
      "sv", "en", "SV-se", "xx", "123", "english"));
  private static final List<String> FIELDS = List.of("id", "title", "date", "excerpt", "summary", "body", "tags", "categories", "author",
      "url", "lang", "labels", "extra");

  private static final String INSERTED = "{}[]\",:\\ x\u0000";

  private static Gen<Line> line() {
    Gen<Line> clean = IDS.zip(TEXTS, TEXTS, (id, title, body) -> {
      ObjectNode node = JSON.createObjectNode().put("id", id).put("title", title).put("body", body);
      return new Line(node.toString().getBytes(StandardCharsets.UTF_8), id, title);
    });
    Gen<Line> fields = lists().of(Generate.pick(FIELDS).zip(VALUES, (f, v) -> new Object[] {f, v})).ofSizeBetween(0, 8).map(pairs -> {
      StringBuilder s = new StringBuilder("{");
      for (Object[] pair : pairs) {
        if (s.length() > 1) {
          s.append(',');
        }
        s.append('"').append(pair[0]).append("\":").append(json(pair[1]));
      }
      return bytesLine(s.append('}').toString());
    });
    Gen<Line> mutated = clean.zip(integers().between(0, 1_000), integers().between(0, 3), (line, at, how) -> {
      byte[] b = line.bytes();
      int i = b.length == 0 ? 0 : at % b.length;
      byte[] out = switch (how) {
        case 0 -> java.util.Arrays.copyOf(b, i); // cut
        case 1 -> concat(List.of(java.util.Arrays.copyOf(b, i), new byte[] {(byte) INSERTED.charAt(at % INSERTED.length())}, java.util.Arrays.copyOfRange(b, i, b.length)));
        case 2 -> concat(List.of(java.util.Arrays.copyOf(b, i), java.util.Arrays.copyOfRange(b, Math.min(b.length, i + 1), b.length))); // drop a byte
        default -> concat(List.of(b, b)); // two objects on one line
      };
      return new Line(out, null, null);
    });
    Gen<Line> nested = integers().between(1, 5_000).zip(Generate.pick(List.of("[", "{\"a\":", "{\"id\":\"n\",\"title\":")), (depth, open) -> {
      String close = open.equals("[") ? "]" : "}";
      return bytesLine(open.repeat(depth) + "1" + close.repeat(depth));
    });
    Gen<Line> odd = Generate.pick(List.of("", " ", "\t", "\uFEFF", "\uFEFF{\"id\":\"bom\",\"title\":\"t\"}", "null", "[]", "1", "\"text\"",
        "{\"id\":\"d\",\"id\":\"e\",\"title\":\"t\"}", "{\"id\":\"a\",\"title\":\"t\"} // comment", "{'id':'a','title':'t'}",
        "{\"id\":\"\\ud800\",\"title\":\"\\udc00\"}", "{\"id\":\"a\",\"title\":\"\\u0000\"}", "{\"id\":\"n\",\"title\":\"t\",\"x\":" + "9".repeat(1_200) + "}",
        "{\"id\":\"s\",\"title\":\"" + "\\\"".repeat(300) + "\"}", "{\"id\":\" \",\"title\":\"blank id\"}", "{\"id\":\"t\",\"title\":\"t\",\"tags\":[\" \"]}",
        "{\"id\":\"l\",\"title\":\"t\",\"lang\":\"klingon\"}", "\u2028")).map(JsonLinesFuzzProperties::bytesLine);
    return Generate.frequency(Pair.of(4, clean), Pair.of(3, fields), Pair.of(3, mutated), Pair.of(1, nested), Pair.of(2, odd));
  }

  private static Line bytesLine(String text) {
    return new Line(text.getBytes(StandardCharsets.UTF_8), null, null);
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  /** Returns the text as it comes back from UTF-8: lone surrogates, which no file can hold, replaced. */
  private static String encodable(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  private static byte[] concat(List<byte[]> pieces) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pieces.forEach(out::writeBytes);
    return out.toByteArray();
  }

  /** Returns the bytes as a Java string literal body (printable ASCII as is, others as \xHH), cut after 1,500. */
  static String describe(byte[] bytes) {
    StringBuilder s = new StringBuilder("\"");
    int shown = Math.min(bytes.length, 1_500);
    for (int i = 0; i < shown; i++) {
      int b = bytes[i] & 0xFF;
      if (b == '"' || b == '\\') {
        s.append('\\').append((char) b);
      } else if (b >= 0x20 && b < 0x7F) {
        s.append((char) b);
      } else {
        s.append(String.format("\\x%02X", b));
      }
    }
    s.append('"');
    return shown < bytes.length ? s + "... (" + bytes.length + " bytes)" : s.toString();
  }
}
