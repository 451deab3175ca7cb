package io.github.relata.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Fuzzes the public analysis API with hostile text ({@link FuzzText}): {@link Analyzer#forLanguage} with any
 * code, {@link Analyzer#tokens} and {@link Analyzer#terms}, {@link PlainText#of} and {@link
 * PlainText#excerpt}. None documents an exception for text that is not null, so any exception or error
 * fails; so does a try slower than {@link #PER_TRY} or a property slower than {@link #BUDGET}. The tries
 * per property ({@value #DEFAULT_TRIES}) can be changed with {@code -Drelata.fuzz.tries=N}.
 */
final class AnalyzerFuzzProperties {

  static final int DEFAULT_TRIES = 10_000;
  private static final int TRIES = Integer.getInteger("relata.fuzz.tries", DEFAULT_TRIES);
  /** A small input takes well under a millisecond; a whole second means something is badly wrong. */
  private static final Duration PER_TRY = Duration.ofSeconds(2);
  private static final Duration BUDGET = Duration.ofSeconds(60);

  /** Language codes as callers might pass them, good and bad. */
  private static final Gen<String> LANGUAGES = Generate.pick(List.of("sv", "en", "SV", "En", "sv-SE", "en_GB", "de", "fi", "ja", "zh",
          "ar", "he", "xx", "", " ", "sv ", "swedish", "123", "\0", "\uD800", "ﬁ", "İ", "e", "-", "_"))
      .mix(strings().allPossible().ofLengthBetween(0, 6), 20);

  @Test
  void anyTextThroughAnyAnalyzer_givesWellFormedTokensInTextOrder() {
    FuzzText.Bound bound = new FuzzText.Bound(PER_TRY);
    bound.within(BUDGET, () -> qt().withExamples(TRIES).withShrinkCycles(100)
        .forAll(FuzzText.described(FuzzText.anyText()), LANGUAGES, integers().between(1, 4))
        .checkAssert((text, language, minLength) -> {
          bound.start(() -> FuzzText.describe(text) + " in " + FuzzText.describe(language));
          Analyzer analyzer = minLength == 4 ? Analyzer.builder().minLength(1).build() : Analyzer.forLanguage(language);
          List<Token> tokens = analyzer.tokens(text);
          for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            assertFalse(token.term().isEmpty(), token::toString);
            assertTrue(0 <= token.start() && token.start() <= token.end(), token::toString);
            if (i == 0) {
              assertFalse(token.joinedToPrevious(), () -> "the first token has no previous one: " + token);
            } else {
              Token previous = tokens.get(i - 1);
              assertTrue(previous.start() <= token.start(), () -> "in text order: " + previous + ", " + token);
            }
          }
          assertEquals(tokens.stream().map(Token::term).toList(), analyzer.terms(text), "terms are the tokens' terms");
          assertEquals(tokens, analyzer.tokens(text), "the same text gives the same tokens");
          bound.end();
        }));
  }

  /**
   * Text without markup or entities, in NFKC, is its own analysed plain text, so each token's offsets must
   * lie in it and frame the token's surface.
   */
  @Test
  void tokensOfPlainNfkcText_haveOffsetsThatFrameTheirSurfaces() {
    FuzzText.Bound bound = new FuzzText.Bound(PER_TRY);
    Gen<String> plainNfkc = FuzzText.described(FuzzText.anyText()
        .map(t -> Normalizer.normalize(t.replace('<', ' ').replace('&', ' '), Normalizer.Form.NFKC)));
    bound.within(BUDGET, () -> qt().withExamples(TRIES).withShrinkCycles(100)
        .forAll(plainNfkc, LANGUAGES)
        .checkAssert((text, language) -> {
          bound.start(() -> FuzzText.describe(text));
          for (Token token : Analyzer.forLanguage(language).tokens(text)) {
            assertTrue(token.end() <= text.length(), () -> "offsets within the text: " + token + " in " + FuzzText.describe(text));
            assertEquals(text.substring(token.start(), token.end()), token.surface(),
                () -> "the offsets frame the surface: " + token + " in " + FuzzText.describe(text));
          }
          bound.end();
        }));
  }

  @Test
  void plainTextOfAnyText_isTrimmedCollapsedAndNfc() {
    FuzzText.Bound bound = new FuzzText.Bound(PER_TRY);
    bound.within(BUDGET, () -> qt().withExamples(TRIES).withShrinkCycles(100)
        .forAll(FuzzText.anyText())
        .checkAssert(text -> {
          bound.start(() -> FuzzText.describe(text));
          String plain = PlainText.of(text);
          Supplier<String> shown = () -> FuzzText.describe(text) + " -> " + FuzzText.describe(plain);
          assertEquals(plain.strip(), plain, () -> "trimmed: " + shown.get());
          for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
              assertEquals(' ', c, () -> "white space is one plain space: " + shown.get());
              assertTrue(i == 0 || plain.charAt(i - 1) != ' ', () -> "runs of white space are collapsed: " + shown.get());
            }
          }
          assertTrue(Normalizer.isNormalized(plain, Normalizer.Form.NFC), () -> "NFC: " + shown.get());
          assertEquals(plain, PlainText.of(text), () -> "deterministic: " + shown.get());
          bound.end();
        }));
  }

  @Test
  void excerptOfAnyText_fitsItsLimit_andCutsOnlyBetweenCharacters() {
    FuzzText.Bound bound = new FuzzText.Bound(PER_TRY);
    bound.within(BUDGET, () -> qt().withExamples(TRIES).withShrinkCycles(100)
        .forAll(FuzzText.anyText(), integers().between(-3, 400), integers().between(0, 1))
        .checkAssert((text, max, plainFirst) -> {
          bound.start(() -> FuzzText.describe(text) + ", maxLength " + max);
          String input = plainFirst == 1 ? PlainText.of(text) : text;
          if (max < 10) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlainText.excerpt(input, max));
            assertTrue(e.getMessage().contains("maxLength") && e.getMessage().contains(Integer.toString(max)), e.getMessage());
            return;
          }
          String excerpt = PlainText.excerpt(input, max);
          Supplier<String> shown = () -> FuzzText.describe(input) + ", " + max + " -> " + FuzzText.describe(excerpt);
          String stripped = input.strip();
          assertTrue(excerpt.length() <= max, () -> "at most maxLength: " + shown.get());
          if (stripped.length() <= max) {
            assertEquals(stripped, excerpt, () -> "a short text is its own excerpt: " + shown.get());
          } else {
            assertTrue(excerpt.endsWith(PlainText.ELLIPSIS), () -> "a cut excerpt ends with the ellipsis: " + shown.get());
            String head = excerpt.substring(0, excerpt.length() - PlainText.ELLIPSIS.length());
            assertTrue(stripped.startsWith(head), () -> "the excerpt is the text's beginning: " + shown.get());
            assertFalse(!head.isEmpty() && Character.isHighSurrogate(head.charAt(head.length() - 1))
                && Character.isLowSurrogate(stripped.charAt(head.length())), () -> "no surrogate pair is split: " + shown.get());
          }
          bound.end();
        }));
  }

  @Test
  void deeplyNestedMarkup_neitherOverflowsTheStackNorHangs() {
    FuzzText.Bound bound = new FuzzText.Bound(Duration.ofSeconds(5));
    bound.within(BUDGET, () -> qt().withExamples(Math.max(20, TRIES / 100)).withShrinkCycles(20)
        .forAll(FuzzText.nested(20_000))
        .checkAssert(html -> {
          bound.start(() -> FuzzText.describe(html));
          List<Token> tokens = Analyzer.swedish().tokens(html);
          assertTrue(tokens.stream().anyMatch(t -> t.term().equals("ord")), () -> "the innermost word is found: " + FuzzText.describe(html));
          assertTrue(PlainText.of(html).contains("ord"), () -> FuzzText.describe(html));
          bound.end();
        }));
  }
}
