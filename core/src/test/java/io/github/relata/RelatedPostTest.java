package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link RelatedPost}'s checks at their edges. */
final class RelatedPostTest {

  private static final Article A = Article.builder("a", "A post").build();

  private static RelatedPost entry(double score, double exposure) {
    return new RelatedPost(A, score, Map.of(Signal.TEXT, score), List.of(), List.of(), exposure);
  }

  @Test
  void scoreFromZeroToOne_exposurePositiveAndFinite() {
    assertEquals(0, entry(0, 1).score());
    assertEquals(1, entry(1, Double.MIN_VALUE).score());
    assertEquals("score must be in [0, 1]: -0.01 (article a)", assertThrows(IllegalArgumentException.class, () -> entry(-0.01, 1)).getMessage());
    assertEquals("score must be in [0, 1]: 1.01 (article a)", assertThrows(IllegalArgumentException.class, () -> entry(1.01, 1)).getMessage());
    assertEquals("exposure must be positive: 0.0 (article a)", assertThrows(IllegalArgumentException.class, () -> entry(0.5, 0)).getMessage());
    assertEquals("exposure must be positive: Infinity (article a)",
        assertThrows(IllegalArgumentException.class, () -> entry(0.5, Double.POSITIVE_INFINITY)).getMessage());
  }

  @Test
  void demotedForExposure_belowNineTenths() {
    assertEquals(true, entry(0.5, 0.9).demotedForExposure());
    assertEquals(false, entry(0.5, Math.nextUp(0.9)).demotedForExposure());
  }
}
