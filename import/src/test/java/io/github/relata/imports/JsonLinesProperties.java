package io.github.relata.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.relata.Article;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of the JSON Lines reader over any titles and line endings: nothing is lost, and a bad line costs only itself. */
final class JsonLinesProperties {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] ENDINGS = {"\n", "\r\n", "\r"};

  private static String line(int i, String title) {
    ObjectNode node = JSON.createObjectNode().put("id", "p" + i).put("title", title);
    return node.toString();
  }

  /** Returns the text with lone surrogates (which no UTF-8 file can hold) replaced, as encoding them would. */
  private static String wellFormed(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  private static ImportResult read(String text) throws ImportException {
    return PostImporter.withDefaults().read(ImportFormat.JSON_LINES, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "p.jsonl");
  }

  @Test
  void everyPostIsReadBackInOrder_whateverTheTitlesAndLineEndings() {
    qt().withExamples(200).forAll(lists().of(strings().allPossible().ofLengthBetween(0, 30)).ofSizeBetween(0, 20), integers().between(0, 1_000))
        .checkAssert((titles, seed) -> {
          StringBuilder text = new StringBuilder();
          for (int i = 0; i < titles.size(); i++) {
            text.append(line(i, wellFormed(titles.get(i)))).append(ENDINGS[(seed + i) % 3]);
          }
          ImportResult result;
          try {
            result = read(text.toString());
          } catch (ImportException e) {
            throw new AssertionError(e);
          }
          List<String> read = result.articles().stream().map(Article::title).toList();
          List<String> expected = new ArrayList<>();
          for (String title : titles) {
            expected.add(wellFormed(title));
          }
          assertEquals(List.of(), result.skipped());
          assertEquals(expected, read);
        });
  }

  @Test
  void aBrokenLine_costsOnlyItself_andIsReportedOnItsLine() {
    qt().withExamples(200).forAll(integers().between(1, 30), integers().between(0, 1_000), integers().between(0, 2))
        .checkAssert((n, pick, ending) -> {
          int broken = pick % n;
          StringBuilder text = new StringBuilder();
          for (int i = 0; i < n; i++) {
            text.append(i == broken ? "{\"id\": \"p" + i + "\", " : line(i, "T" + i)).append(ENDINGS[ending]);
          }
          ImportResult result;
          try {
            result = read(text.toString());
          } catch (ImportException e) {
            throw new AssertionError(e);
          }
          assertEquals(n - 1, result.posts().size());
          assertEquals(1, result.skipped().size());
          assertEquals("p.jsonl:" + (broken + 1), result.skipped().get(0).location());
        });
  }
}
