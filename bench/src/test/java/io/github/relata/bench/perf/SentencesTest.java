package io.github.relata.bench.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

final class SentencesTest {

  @Test
  void split_collapsesWhiteSpaceAndDropsShortPieces() {
    List<String> sentences = Sentences.split("Oil prices rose\nsharply on Monday. OK. "
        + "Traders said \"demand is strong\" in Asia! 3 mln barrels were sold?  Yes.");

    assertEquals(List.of("Oil prices rose sharply on Monday.", "Traders said \"demand is strong\" in Asia!", "3 mln barrels were sold?"), sentences);
  }

  @Test
  void split_keepsAbbreviationsBeforeLowerCase() {
    assertEquals(List.of("The U.S. dollar fell against the yen today."), Sentences.split("The U.S. dollar fell against the yen today."));
  }

  @Test
  void firstWords_cutsAndDropsTrailingPunctuation() {
    assertEquals("Oil prices rose", Sentences.firstWords("Oil prices rose, traders said.", 3));
    assertEquals("Short one", Sentences.firstWords("Short one.", 8));
  }

  @Test
  void wordCount_countsSpaces() {
    assertEquals(0, Sentences.wordCount(""));
    assertEquals(3, Sentences.wordCount("a b c"));
  }
}
