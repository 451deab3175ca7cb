package io.github.relata.analysis;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.Article;
import io.github.relata.RelatedPosts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reproducers of defects the fuzz properties found, kept as regression tests now that they are fixed. */
final class FoundDefectsTest {

  /**
   * A word of the tokenizer that holds a dot is split at its dots with offsets counted in its lower case,
   * which is longer than the word when it holds U+0130 (lower case "i̇", two chars): the offsets run past
   * the word, and at the end of the text {@code substring} throws.
   */
  @Test
  void dottedWordsWithDottedCapitalI_haveOffsetsThatFrameTheirSurfaces() {
    for (String text : List.of("İstanbul.com", "xİ.bc", "io.İ", "aİ.b and more", "smart u.s.aİstanbulsmart")) {
      List<Token> tokens = assertDoesNotThrow(() -> Analyzer.english().tokens(text), text);
      for (Token token : tokens) {
        assertTrue(token.end() <= text.length(), token + " in " + text);
        assertEquals(text.substring(token.start(), token.end()), token.surface(), token + " in " + text);
      }
    }
  }

  /** The same defect stops a whole site from being indexed. */
  @Test
  void aTitleWithADottedWordAndDottedCapitalI_doesNotStopTheIndex() {
    List<Article> site = List.of(Article.builder("a", "İstanbul.com").build(), Article.builder("b", "Istanbul").build());

    assertEquals(2, assertDoesNotThrow(() -> RelatedPosts.withDefaults().index(site)).size());
  }

  /** A run of combining marks is cut to 30 before normalising, which took time quadratic in its length. */
  @Test
  void longRunsOfCombiningMarks_areCutBeforeNormalising() {
    String hostile = "a" + "\u0301\u0316".repeat(200_000);
    long start = System.nanoTime();
    List<Token> tokens = Analyzer.swedish().tokens(hostile + " kluster");
    assertTrue((System.nanoTime() - start) / 1e9 < 10, "400,000 marks take seconds, not hours");
    assertEquals(Analyzer.swedish().terms("kluster"), List.of(tokens.get(tokens.size() - 1).term()), "the word after the marks is found");
    assertEquals(1 + PlainText.MAX_MARK_RUN, PlainText.withShortMarkRuns("a" + "\u0301".repeat(100)).length());
    assertEquals("a\u0301\u0316 b", PlainText.withShortMarkRuns("a\u0301\u0316 b"), "short runs are left alone");
  }

  /** Found by the excerpt property: a lone low surrogate at the cut made the excerpt step back into a pair. */
  @Test
  void anExcerptCutAtALoneLowSurrogate_keepsThePairBeforeIt() {
    String text = "\u0130\uDC00Z\u1F88\u01C8\u1F88\uD835\uDFCE\uD835\uDC4E\uDC00\u00DFA\u2029\uDFFFA";
    String excerpt = PlainText.excerpt(text, 11);
    assertEquals("\u0130\uDC00Z\u1F88\u01C8\u1F88\uD835\uDFCE\uD835\uDC4E" + PlainText.ELLIPSIS, excerpt);
  }
}
