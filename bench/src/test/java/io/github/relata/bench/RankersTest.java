package io.github.relata.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

final class RankersTest {

  @Test
  void names_listsBothBaselinesInReportOrder() {
    assertEquals(List.of("relata", "plain-tfidf", "lucene-mlt"), Rankers.names());
    assertEquals(3, Rankers.all().size());
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
