package io.github.relata.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class PlainTextTest {

  @Test
  void of_stripsTagsDecodesEntitiesAndCollapsesSpace() {
    assertEquals("Smart & hållbar: \"regioner\" i EU", PlainText.of("<p>Smart &amp; hållbar:</p>\n\n<p>&quot;regioner&quot; i&nbsp;EU</p>"));
  }

  @Test
  void of_keepsPlainAmpersands() {
    assertEquals("R&D and a < b, <ACME Corp>", PlainText.of("R&D and a < b, <ACME Corp>"));
    assertEquals("R&D & <ACME>", PlainText.of("R&amp;D &amp; &lt;ACME&gt;"));
  }

  @Test
  void excerpt_shortTextIsKeptWhole() {
    assertEquals("En kort text.", PlainText.excerpt("En kort text.", 50));
  }

  @Test
  void excerpt_textOfExactlyMaxLength_isKeptWhole() {
    assertEquals("Kluster och regioner", PlainText.excerpt("Kluster och regioner", 20));
    assertEquals("Kluster och…", PlainText.excerpt("Kluster och regioner!", 20));
  }

  @Test
  void excerpt_cutsAtAWordBoundaryAndEndsWithAnEllipsis() {
    String text = "Den 4 juli blev det klart att tjugotvå klusterorganisationer valts ut för medverkan i programmet.";
    String excerpt = PlainText.excerpt(text, 40);
    assertTrue(excerpt.length() <= 40, excerpt);
    assertTrue(excerpt.endsWith("…"), excerpt);
    assertTrue(text.startsWith(excerpt.substring(0, excerpt.length() - 1)), excerpt);
    assertEquals(' ', text.charAt(excerpt.length() - 1), "cut at a space: " + excerpt);
  }

  @Test
  void excerpt_dropsTrailingPunctuationBeforeTheEllipsis() {
    assertEquals("Regioner, kluster…", PlainText.excerpt("Regioner, kluster, testbäddar och mycket mer", 20));
  }

  @Test
  void excerpt_oneLongWordIsCutInside() {
    String excerpt = PlainText.excerpt("a".repeat(100), 20);
    assertEquals("a".repeat(19) + "…", excerpt);
  }

  @Test
  void excerpt_neverSplitsASurrogatePair() {
    for (int max = 10; max < 30; max++) {
      String excerpt = PlainText.excerpt("😀".repeat(50), max);
      for (int i = 0; i < excerpt.length(); i++) {
        char c = excerpt.charAt(i);
        if (Character.isHighSurrogate(c)) {
          assertTrue(i + 1 < excerpt.length() && Character.isLowSurrogate(excerpt.charAt(++i)), excerpt);
        } else {
          assertTrue(!Character.isLowSurrogate(c), excerpt);
        }
      }
    }
  }

  @Test
  void excerpt_tooShortALimit_throwsNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlainText.excerpt("text", 3));
    assertTrue(e.getMessage().contains("3"), e.getMessage());
  }
}
