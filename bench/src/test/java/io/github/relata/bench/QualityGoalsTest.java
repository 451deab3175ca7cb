package io.github.relata.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

final class QualityGoalsTest {

  private static EvaluationResult result(String corpus, String ranker, double ndcg) {
    return new EvaluationResult(corpus, ranker, new QualityScores(0.5, ndcg, 0.5, 10, 0, 0), LISTS, new Performance(0.1, 0.2, 1, 1), new Calibration(List.of()));
  }

  private static final ListStats LISTS = new ListStats(10, 0.1, 0, 1, 0);

  private static EvaluationResult linkResult(String corpus, String ranker, double recall) {
    return new EvaluationResult(corpus, ranker, new LinkScores(recall, 0.9, 0.5, 10, 0, 0), LISTS, new Performance(0.1, 0.2, 1, 1), new Calibration(List.of()));
  }

  @Test
  void liftIsTheShareOfTheBetterBaselinesRemainingErrorRemoved() {
    QualityGoals goals = QualityGoals.of(List.of(
        linkResult("links", "relata", 0.8), linkResult("links", "plain-tfidf", 0.6), linkResult("links", "lucene-mlt", 0.7)));
    QualityGoals.Row row = goals.rows().get(0);
    assertEquals("Recall@10", row.metric());
    assertEquals("lucene-mlt", row.baseline());
    assertEquals(1 / 3.0, row.lift(), 1e-12);
    assertTrue(goals.render().contains("| links | Recall@10 | lucene-mlt | 0.700 | 0.730 | 0.800 | 0.33 | yes |"), goals.render());
  }

  @Test
  void goalIsATenthOfTheRemainingErrorAboveTheBetterBaseline() {
    QualityGoals goals = QualityGoals.of(List.of(
        result("c", "relata", 0.93), result("c", "plain-tfidf", 0.92), result("c", "lucene-mlt", 0.88)));
    QualityGoals.Row row = goals.rows().get(0);
    assertEquals("plain-tfidf", row.baseline());
    assertEquals(0.928, row.goal(), 1e-12);
    assertTrue(row.meetsGoal());
    assertEquals(List.of(), goals.regressions());
  }

  @Test
  void belowTheBetterBaselineIsARegression() {
    QualityGoals goals = QualityGoals.of(List.of(
        result("c", "relata", 0.80), result("c", "plain-tfidf", 0.81), result("c", "lucene-mlt", 0.79)));
    assertFalse(goals.rows().get(0).meetsGoal());
    assertEquals(List.of("c"), goals.regressions());
    assertTrue(goals.render().contains("NO (below baseline)"));
  }

  @Test
  void corporaWithoutRelataOrBaselinesAreLeftOut() {
    assertEquals(List.of(), QualityGoals.of(List.of(result("c", "plain-tfidf", 0.8))).rows());
  }
}
