package io.github.relata.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

final class AnalyzerTest {

  @Test
  void swedishWordFormsMeetInOneStem() {
    Analyzer sv = Analyzer.swedish();
    assertEquals(sv.terms("strategier"), sv.terms("strategi"));
    assertEquals(sv.terms("regionerna"), sv.terms("regioner"));
    assertEquals(sv.terms("Specialisering"), sv.terms("specialiseringen"));
  }

  @Test
  void englishStemsAndDropsStopWords() {
    assertEquals(List.of("cluster", "region"), Analyzer.english().terms("The clusters of the regions"));
  }

  @Test
  void swedishStopWordsAreDropped() {
    assertEquals(Analyzer.swedish().terms("kluster region"), Analyzer.swedish().terms("och kluster i en region"));
    assertEquals(2, Analyzer.swedish().terms("och kluster i en region").size());
  }

  @Test
  void markupIsStrippedAndEntitiesDecoded() {
    List<Token> tokens = Analyzer.neutral().tokens("<p>Fou&amp;Research in <em>Västerås</em>&nbsp;now</p><p>later</p>");
    assertEquals(List.of("fou", "research", "in", "västerås", "now", "later"), tokens.stream().map(Token::term).toList());
    assertFalse(tokens.get(5).joinedToPrevious(), "paragraphs separate words");
    assertTrue(tokens.stream().anyMatch(t -> t.surface().equals("Västerås")));
  }

  @Test
  void lettersOfEveryScriptAreKept() {
    List<String> terms = Analyzer.neutral().terms("Grüße aus Malmö, ça va? Ελλάδα Москва");
    assertEquals(List.of("grüße", "aus", "malmö", "ça", "va", "ελλάδα", "москва"), terms);
  }

  @Test
  void cjkTextBecomesCharacterBigrams() {
    assertEquals(List.of("東京", "京都"), Analyzer.neutral().terms("東京都"));
  }

  @Test
  void fullWidthAndLigaturesAreNormalised() {
    assertEquals(Analyzer.neutral().terms("office EU"), Analyzer.neutral().terms("oﬃce ＥＵ"));
  }

  @Test
  void shortHyphenatedWordsAreJoined() {
    assertEquals(List.of("epost", "adress"), Analyzer.neutral().terms("e-post adress"));
  }

  @Test
  void longHyphenatedWordsKeepTheirParts() {
    assertEquals(List.of("eu", "kommissionen"), Analyzer.neutral().terms("EU-kommissionen"));
  }

  @Test
  void genitivesAndElisionsAroundApostrophesAreDropped() {
    assertEquals(List.of("eu", "anna", "homme", "rocknroll"), Analyzer.neutral().terms("EU:s Anna's l'homme rock’n’roll"));
  }

  @Test
  void angleBracketsInPlainTextAreText() {
    assertEquals(List.of("acme", "corp", "said"), Analyzer.neutral().terms("<ACME Corp> said"));
  }

  @Test
  void dottedIdentifiersAreSplitButAbbreviationsKept() {
    assertEquals(List.of("io", "reader", "usa", "example", "com"), Analyzer.neutral().terms("io.Reader U.S.A. example.com"));
  }

  @Test
  void numbersAreKept() {
    assertEquals(List.of("2018", "3.5"), Analyzer.neutral().terms("2018 3.5"));
  }

  @Test
  void aSoftWrapJoinsWordsButABlankLineDoesNot() {
    assertTrue(Analyzer.swedish().tokens("Smart\nspecialisering").get(1).joinedToPrevious(), "one line break is a soft wrap");
    assertTrue(Analyzer.swedish().tokens("Smart \r\n specialisering").get(1).joinedToPrevious(), "a soft wrap with spaces around it");
    assertFalse(Analyzer.swedish().tokens("Smart\n\nspecialisering").get(1).joinedToPrevious(), "a blank line ends the paragraph");
  }

  @Test
  void adjacentWordsAreJoinedButNotAcrossPunctuationOrStopWords() {
    List<Token> tokens = Analyzer.swedish().tokens("Smart specialisering. Kluster och testbäddar, Interreg Europe-projektet");
    assertFalse(tokens.get(0).joinedToPrevious());
    assertTrue(tokens.get(1).joinedToPrevious(), "smart specialisering");
    assertFalse(tokens.get(2).joinedToPrevious(), "after a full stop");
    assertFalse(tokens.get(3).joinedToPrevious(), "across the stop word 'och'");
    assertFalse(tokens.get(4).joinedToPrevious(), "after a comma");
    assertTrue(tokens.get(5).joinedToPrevious(), "Interreg Europe");
    assertTrue(tokens.get(6).joinedToPrevious(), "Europe-projektet");
  }

  @Test
  void surfacesAreTheWordsAsWritten() {
    List<Token> tokens = Analyzer.swedish().tokens("Nordregio arrangerade");
    assertEquals("Nordregio", tokens.get(0).surface());
    assertEquals("nordregio", tokens.get(0).term());
  }

  @Test
  void emptyAndSymbolOnlyTextsHaveNoTokens() {
    assertEquals(List.of(), Analyzer.english().terms(""));
    assertEquals(List.of(), Analyzer.english().terms("  ... --- !!! "));
    assertEquals(List.of(), Analyzer.english().terms("the and of"));
  }

  @Test
  void unknownLanguageGetsTheNeutralChain() {
    assertEquals(List.of("kia", "ora", "koutou"), Analyzer.forLanguage("mi").terms("Kia ora koutou"));
  }

  @Test
  void builderComposesAChain() {
    Analyzer analyzer = Analyzer.builder().stemmer(Stemmer.snowball("en")).stopWords(java.util.Set.of("foo")).minLength(4).build();
    assertEquals(List.of("cluster", "region"), analyzer.terms("foo bar clusters regions"));
  }

  @Test
  void minLength_belowOne_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Analyzer.builder().minLength(0));
    assertTrue(e.getMessage().contains("0"), e.getMessage());
  }

  @Test
  void longRunsOfOneLetterHyphenatedParts_stayShortWords() {
    // "A-A-A-...": each one-letter part joins the one before, but never into a word longer than 64 characters.
    List<Token> tokens = Analyzer.swedish().tokens("A-".repeat(50_000));
    assertTrue(tokens.size() > 1, "split into several words");
    assertTrue(tokens.stream().allMatch(t -> t.surface().length() <= 64), "surfaces at most 64 characters");
  }
}
