package io.github.relata.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

final class RankersTest {

  /**
   * The default run is what the goals table compares, Relata first, then its baselines; and names() names
   * the rankers that all() makes, in their order.
   */
  @Test
  void names_listsRelataThenTheBaselinesOfTheGoalsInReportOrder() {
    List<String> made = new ArrayList<>();
    for (Supplier<Ranker> factory : Rankers.all()) {
      try (Ranker ranker = factory.get()) {
        made.add(ranker.name());
      }
    }
    assertEquals(made, Rankers.names());
    List<String> expected = new ArrayList<>();
    expected.add(QualityGoals.RELATA);
    expected.addAll(QualityGoals.BASELINES);
    assertEquals(expected, made);
    assertEquals(List.of(PlainTfIdfRanker.NAME, LuceneMltRanker.NAME), QualityGoals.BASELINES);
  }

  @Test
  void named_returnsFactoriesInTheGivenOrder() {
    List<String> names = Rankers.named(List.of("lucene-mlt", "plain-tfidf")).stream()
        .map(factory -> factory.get().name())
        .toList();

    assertEquals(List.of("lucene-mlt", "plain-tfidf"), names);
  }

  @Test
  void named_unknownName_throwsNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rankers.named(List.of("bm99")));

    assertTrue(e.getMessage().startsWith("unknown ranker: bm99 (known: relata, plain-tfidf, lucene-mlt, relata-no-title, "), e.getMessage());
    assertTrue(e.getMessage().contains(", relata-no-exposure, "), e.getMessage());
  }
}
