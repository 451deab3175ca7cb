package io.github.relata.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class ExcerptsTest {

  @Test
  void of_shortSentence_replacesClosingPunctuationWithEllipsis() {
    assertEquals("Stockholmsregionen ska se över sina styrkeområden…", Excerpts.of("Stockholmsregionen ska se över sina styrkeområden."));
  }

  @Test
  void of_longText_cutsAtAWordBoundary() {
    String excerpt = Excerpts.of("ett två tre fyra fem sex sju åtta nio tio elva tolv", 18);

    assertEquals("ett två tre fyra…", excerpt);
  }

  @Test
  void of_oneLongWord_cutsInsideIt() {
    assertEquals("abcdefghij…", Excerpts.of("abcdefghijklmnopqrstuvwxyz", 10));
  }

  @Test
  void of_alreadyEndingInEllipsis_keepsOne() {
    assertEquals("Vid det här laget har…", Excerpts.of("Vid det här laget har…"));
  }

  @Test
  void of_collapsesWhitespace() {
    assertEquals("a b c…", Excerpts.of("  a\n\n b\t c  "));
  }

  @Test
  void of_blank_isEmpty() {
    assertEquals("", Excerpts.of("  \n "));
    assertEquals("", Excerpts.of("..."));
  }

  @Test
  void of_defaultLength_isAtMost200CharactersAndTheEllipsis() {
    String excerpt = Excerpts.of("ord ".repeat(200));

    assertTrue(excerpt.length() <= Excerpts.DEFAULT_LENGTH + 1, excerpt);
    assertTrue(excerpt.endsWith("ord…"), excerpt);
  }

  @Test
  void of_tooSmallLength_throwsNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Excerpts.of("text", 3));

    assertTrue(e.getMessage().contains("3"), e.getMessage());
  }
}
