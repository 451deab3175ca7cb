package io.github.relata.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

final class PlainTokenizerTest {

  @Test
  void tokens_splitOnNonLetterOrDigit_lowerCaseAndDropSingleCharacters() {
    assertEquals(List.of("café", "åäö", "42", "a1", "go1", "don", "it"),
        PlainTokenizer.tokens("Café—x, ÅÄÖ 42 a1 Go1.4 don't it's"));
  }

  @Test
  void tokens_normaliseToNfcBeforeSplitting() {
    // "e" + combining acute accent (not a letter by itself) becomes the single letter "é" under NFC.
    assertEquals(List.of("ét"), PlainTokenizer.tokens("E\u0301T"));
  }

  @Test
  void tokens_countCodePointsNotChars() {
    String mathBold = new String(Character.toChars(0x1D400)); // a letter outside the BMP
    assertEquals(List.of(), PlainTokenizer.tokens(mathBold));
    assertEquals(List.of(mathBold + mathBold), PlainTokenizer.tokens(mathBold + mathBold));
  }

  @Test
  void tokens_keepStopWordsAndInflections() {
    assertEquals(List.of("the", "cats", "are", "running"), PlainTokenizer.tokens("The cats are running"));
  }
}
