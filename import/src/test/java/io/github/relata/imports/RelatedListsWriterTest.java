package io.github.relata.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.testing.NullPointerTester;
import io.github.relata.Article;
import io.github.relata.ArticleIndex;
import io.github.relata.RelatedPost;
import io.github.relata.RelatedPosts;
import io.github.relata.Signal;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class RelatedListsWriterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static RelatedPost entry(String id, double score, List<String> terms) {
    return new RelatedPost(Article.builder(id, "title of " + id).build(), score,
        Map.of(Signal.TEXT, score * 0.75, Signal.TAGS, score * 0.25), terms, List.of("tag \"one\""), 0.912345);
  }

  @Test
  void scores_oneLineAPost_idsEscapedAndScoresRoundedToFourDecimals() throws IOException {
    StringWriter out = new StringWriter();
    RelatedListsWriter lists = new RelatedListsWriter(out, RelatedListsWriter.Detail.SCORES);
    lists.write("a \"quoted\"\nid", List.of(entry("b\u2028\t", 0.123456789, List.of()), entry("c", 0.1, List.of())));
    lists.write("d", List.of());
    lists.flush();
    String[] lines = out.toString().split("\n", -1);
    assertEquals(3, lines.length, out.toString());
    assertEquals("", lines[2], "the last line ends in a line break");
    JsonNode first = JSON.readTree(lines[0]);
    assertEquals("a \"quoted\"\nid", first.get("id").asText());
    assertEquals(2, first.get("related").size());
    assertEquals("b\u2028\t", first.get("related").get(0).get("id").asText());
    assertEquals(0.1235, first.get("related").get(0).get("score").asDouble());
    assertEquals(0.1, first.get("related").get(1).get("score").asDouble());
    assertEquals(List.of("id", "score"), names(first.get("related").get(0)), "scores only");
    assertEquals("{\"id\":\"d\",\"related\":[]}", lines[1]);
  }

  @Test
  void explanations_addEachSignalsShareTheSharedTermsAndTagsAndTheExposure() throws IOException {
    String line = RelatedListsWriter.line("a", List.of(entry("b", 0.4, List.of("smart specialisering", "näringsliv"))),
        RelatedListsWriter.Detail.EXPLANATIONS);
    assertFalse(line.contains("\n"), line);
    JsonNode b = JSON.readTree(line).get("related").get(0);
    assertEquals(List.of("id", "score", "contributions", "sharedTerms", "sharedTags", "exposure"), names(b));
    assertEquals(0.3, b.get("contributions").get("text").asDouble());
    assertEquals(0.1, b.get("contributions").get("tags").asDouble());
    assertEquals(List.of("text", "tags"), names(b.get("contributions")), "in signal order");
    assertEquals("smart specialisering", b.get("sharedTerms").get(0).asText());
    assertEquals("näringsliv", b.get("sharedTerms").get(1).asText());
    assertEquals("tag \"one\"", b.get("sharedTags").get(0).asText());
    assertEquals(0.9123, b.get("exposure").asDouble());
  }

  @Test
  void line_isWhatTheWriterWritesWithoutTheLineBreak_forAnIndexsLists() throws IOException {
    List<Article> posts = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      posts.add(Article.builder("p" + i, "Regional policy and smart specialisation, part " + i)
          .summary("Regions, innovation and the cohesion funds " + (i % 3 == 0 ? "in Sweden" : "in Finland")).build());
    }
    ArticleIndex index = RelatedPosts.builder().build().index(posts);
    for (RelatedListsWriter.Detail detail : RelatedListsWriter.Detail.values()) {
      StringWriter out = new StringWriter();
      RelatedListsWriter lists = new RelatedListsWriter(out, detail);
      StringBuilder expected = new StringBuilder();
      int entries = 0;
      for (Article post : posts) {
        List<RelatedPost> related = index.relatedTo(post.id());
        lists.write(post.id(), related);
        expected.append(RelatedListsWriter.line(post.id(), related, detail)).append('\n');
        entries += related.size();
      }
      lists.flush();
      assertTrue(entries > 0, "the lists are not all empty");
      assertEquals(expected.toString(), out.toString(), detail.name());
    }
  }

  @Test
  void theWriterLeavesItsTargetOpen() throws IOException {
    boolean[] closed = {false};
    StringWriter text = new StringWriter();
    Writer out = new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) {
        text.write(buffer, offset, length);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {
        closed[0] = true;
      }
    };
    RelatedListsWriter lists = new RelatedListsWriter(out, RelatedListsWriter.Detail.SCORES);
    lists.write("a", List.of());
    lists.flush();
    assertFalse(closed[0]);
    assertEquals("{\"id\":\"a\",\"related\":[]}\n", text.toString());
  }

  @Test
  void nullArguments_areRejected() throws IOException {
    NullPointerTester tester = new NullPointerTester().setDefault(Writer.class, new StringWriter());
    tester.testAllPublicConstructors(RelatedListsWriter.class);
    tester.testAllPublicStaticMethods(RelatedListsWriter.class);
    tester.testAllPublicInstanceMethods(new RelatedListsWriter(new StringWriter(), RelatedListsWriter.Detail.SCORES));
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
