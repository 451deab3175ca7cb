package io.github.relata.bench;

import static io.github.relata.bench.TestPosts.corpus;
import static io.github.relata.bench.TestPosts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class CalibrationTest {

  private static final Corpus CORPUS = corpus(text("a", "one", "x"), text("b", "two", "x"), text("c", "three", "y"), text("d", "four"));

  @Test
  void of_countsEntriesAndRelatedOnesPerScoreBand() {
    Map<String, List<RankedPost>> related = Map.of(
        "a", List.of(new RankedPost("b", 0.45), new RankedPost("c", 0.12)), // 0.4 band related; 0.1 band not
        "b", List.of(new RankedPost("a", 0.7), new RankedPost("c", 0.11)), // 0.6 band related; 0.1 band not
        "c", List.of(new RankedPost("a", 0.5)), // 0.4 band, not related
        "d", List.of(new RankedPost("a", 0.9))); // no labels: not a query

    Calibration calibration = Calibration.of(CORPUS, related);

    Calibration.Band ten = calibration.bands().get(2);
    assertEquals(0.1, ten.from());
    assertEquals(2, ten.entries());
    assertEquals(0, ten.related());
    Calibration.Band forty = calibration.bands().get(6);
    assertEquals(0.4, forty.from());
    assertEquals(2, forty.entries());
    assertEquals(0.5, forty.share());
    Calibration.Band top = calibration.bands().get(7);
    assertEquals(1, top.to());
    assertEquals(1, top.related());
    assertTrue(Double.isNaN(calibration.bands().get(0).share()), "an empty band has no share");
  }

  @Test
  void of_aLinkCorpus_hasNoBands() {
    Corpus links = new Corpus("links", CORPUS.posts(), Map.of("a", Set.of("b")));

    assertEquals(List.of(), Calibration.of(links, Map.of()).bands());
  }
}
