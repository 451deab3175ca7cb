package io.github.relata.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.relata.Generators;
import io.github.relata.PropertyExamples;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What analysis guarantees for any input at all. */
final class AnalyzerProperties {

  private static final List<Analyzer> ANALYZERS =
      List.of(Analyzer.swedish(), Analyzer.english(), Analyzer.forLanguage("de"), Analyzer.forLanguage("ja"), Analyzer.neutral());

  @Test
  void arbitraryUnicodeNeverCrashesAnalysis() {
    qt().withExamples(PropertyExamples.scaled(600))
        .forAll(Generators.nastyText(), integers().between(0, ANALYZERS.size() - 1))
        .checkAssert((text, which) -> {
          List<Token> tokens = ANALYZERS.get(which).tokens(text);
          for (Token token : tokens) {
            assertFalse(token.term().isEmpty());
            assertTrue(token.start() <= token.end());
          }
        });
  }

  @Test
  void hundredThousandCharacterWordsAreSplitNotFatal() {
    qt().withExamples(PropertyExamples.scaled(10))
        .forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 3))
        .checkAssert(unit -> {
          String word = unit.repeat(100_000 / unit.length());
          List<Token> tokens = Analyzer.swedish().tokens(word);
          assertTrue(tokens.stream().allMatch(t -> t.surface().length() <= 64));
        });
  }

  @Test
  void analysisIsDeterministic() {
    qt().withExamples(PropertyExamples.scaled(300))
        .forAll(Generators.nastyText())
        .checkAssert(text -> assertEquals(Analyzer.swedish().tokens(text), Analyzer.swedish().tokens(text)));
  }

  @Test
  void tokensComeInTextOrder() {
    qt().withExamples(PropertyExamples.scaled(300))
        .forAll(Generators.words())
        .checkAssert(text -> {
          List<Token> tokens = Analyzer.english().tokens(text);
          for (int i = 1; i < tokens.size(); i++) {
            assertTrue(tokens.get(i - 1).start() < tokens.get(i).start(), tokens.toString());
          }
        });
  }

  @Test
  void excerptsNeverExceedTheirLimit() {
    qt().withExamples(PropertyExamples.scaled(300))
        .forAll(Generators.nastyText(), integers().between(10, 300))
        .checkAssert((text, max) -> assertTrue(PlainText.excerpt(PlainText.of(text), max).length() <= max));
  }
}
