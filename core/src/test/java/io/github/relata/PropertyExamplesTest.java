package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class PropertyExamplesTest {

  @Test
  void scaled_multipliesRoundsAndKeepsAtLeastOne() {
    assertEquals(50, PropertyExamples.scaled(1000, 0.05));
    assertEquals(8, PropertyExamples.scaled(150, 0.05));
    assertEquals(1, PropertyExamples.scaled(8, 0.05), "a property is never scaled to nothing");
    assertEquals(200, PropertyExamples.scaled(8, 25));
    assertEquals(14, PropertyExamples.scaled(14, 1));
  }

  @Test
  void scale_unset_isOne() {
    assertEquals(1, PropertyExamples.scale(null));
    assertEquals(0.05, PropertyExamples.scale(" 0.05 "));
  }

  @Test
  void scale_notAPositiveNumber_throwsNamingThePropertyAndValue() {
    for (String bad : new String[] {"0", "-1", "NaN", "Infinity", "a twentieth"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PropertyExamples.scale(bad), bad);
      assertTrue(e.getMessage().contains(PropertyExamples.SCALE_PROPERTY) && e.getMessage().endsWith(": " + bad), e.getMessage());
    }
  }

  @Test
  void scaled_countBelowOne_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PropertyExamples.scaled(0));
    assertTrue(e.getMessage().contains("0"), e.getMessage());
  }
}
