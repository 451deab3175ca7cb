package io.github.relata.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

final class StopWordsTest {

  @Test
  void swedishAndEnglishListsHaveTheCommonWords() {
    assertTrue(StopWords.forLanguage("sv").containsAll(Set.of("och", "att", "det", "som", "för")));
    assertTrue(StopWords.forLanguage("en").containsAll(Set.of("the", "and", "of", "which")));
  }

  @Test
  void languageCaseDoesNotMatter() {
    assertEquals(StopWords.forLanguage("sv"), StopWords.forLanguage("SV"));
  }

  @Test
  void unknownLanguageHasNoStopWords() {
    assertEquals(Set.of(), StopWords.forLanguage("tlh"));
  }

  @Test
  void listsAreImmutable() {
    assertThrows(UnsupportedOperationException.class, () -> StopWords.forLanguage("en").add("x"));
  }
}
