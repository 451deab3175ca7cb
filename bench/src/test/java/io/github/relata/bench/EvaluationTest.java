package io.github.relata.bench;

import static io.github.relata.bench.TestPosts.corpus;
import static io.github.relata.bench.TestPosts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EvaluationTest {

  private static final Corpus CORPUS = corpus(
      text("a", "apple banana", "fruit"),
      text("b", "apple cherry", "fruit"),
      text("c", "stock market", "money"),
      text("d", "market shares", "money"),
      text("e", "nothing shared"));

  @TempDir Path dir;

  /** A ranker that records what it is given and returns a fixed list. */
  private static final class SpyRanker implements Ranker {
    final List<CorpusPost> indexed = new ArrayList<>();
    final List<String> answer;
    final boolean ignoreK;

    SpyRanker(List<String> answer) {
      this(answer, false);
    }

    SpyRanker(List<String> answer, boolean ignoreK) {
      this.answer = answer;
      this.ignoreK = ignoreK;
    }

    @Override
    public String name() {
      return "spy";
    }

    @Override
    public void index(List<CorpusPost> posts) {
      indexed.addAll(posts);
    }

    @Override
    public List<String> related(String id, int k) {
      return answer.stream().filter(other -> !other.equals(id)).limit(ignoreK ? Long.MAX_VALUE : k).toList();
    }
  }

  @Test
  void evaluate_rankerNeverSeesLabels() throws IOException {
    SpyRanker spy = new SpyRanker(List.of("a"));

    Evaluation.evaluate(CORPUS, spy, 3, null);

    assertEquals(5, spy.indexed.size());
    assertTrue(spy.indexed.stream().allMatch(post -> post.labels().isEmpty()));
  }

  @Test
  void evaluate_plainTfIdf_scoresAndWritesRelatedLists() throws IOException {
    EvaluationResult result = Evaluation.evaluate(CORPUS, new PlainTfIdfRanker(), 2, dir);

    assertEquals("test", result.corpus());
    assertEquals("plain-tfidf", result.ranker());
    assertEquals(4, result.quality().queries());
    assertEquals(1.0, result.quality().mrr(), 1e-12); // each query's best match shares its label
    assertEquals(0, result.quality().selfHits());
    assertTrue(result.performance().p99Millis() >= result.performance().p50Millis());

    List<String> lines = Files.readAllLines(dir.resolve("test.plain-tfidf.jsonl"));
    assertEquals(5, lines.size()); // one line per post, in corpus order
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertEquals("a", first.get("id").asText());
    assertEquals("b", first.get("related").get(0).get("id").asText());
    assertTrue(first.get("related").get(0).get("score").isDouble());
    assertEquals(0, new ObjectMapper().readTree(lines.get(4)).get("related").size());
  }

  @Test
  void evaluate_rankerWithoutScores_getsReciprocalRankScores() throws IOException {
    Evaluation.evaluate(CORPUS, new SpyRanker(List.of("c", "d")), 2, dir);

    JsonNode line = new ObjectMapper().readTree(Files.readAllLines(dir.resolve("test.spy.jsonl")).get(0));
    assertEquals(1.0, line.get("related").get(0).get("score").asDouble());
    assertEquals(0.5, line.get("related").get(1).get("score").asDouble());
  }

  @Test
  void evaluate_rankerReturningMoreThanK_throws() {
    Ranker tooMany = new SpyRanker(List.of("a", "b", "c", "d"), true);

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Evaluation.evaluate(CORPUS, tooMany, 2, null));

    assertTrue(e.getMessage().contains("more than k = 2"), e.getMessage());
  }

  @Test
  void run_everyRankerOnEveryCorpus_inOrder() throws IOException {
    Path file = dir.resolve("tiny_en.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\": \"a\", \"title\": \"apple banana\", \"labels\": [\"x\"]}",
        "{\"id\": \"b\", \"title\": \"apple cherry\", \"labels\": [\"x\"]}",
        "{\"id\": \"c\", \"title\": \"cherry pie\", \"labels\": [\"y\"]}"));
    List<String> seen = new ArrayList<>();

    List<EvaluationResult> results =
        Evaluation.run(List.of(file, file), Rankers.all(), 5, null, r -> seen.add(r.ranker()));

    assertEquals(6, results.size());
    assertEquals(List.of("relata", "plain-tfidf", "lucene-mlt", "relata", "plain-tfidf", "lucene-mlt"), seen);
    assertFalse(results.stream().anyMatch(r -> r.quality().selfHits() > 0));
  }
}
