package io.github.relata.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns text into the terms that the engine compares: a stateless function, safe to share between threads.
 *
 * <p>The presets ({@link #forLanguage(String)}, {@link #english()}, {@link #swedish()}) run this chain:
 * strip HTML and decode entities; normalise Unicode (NFKC); split words by the Unicode word-break rules, so
 * letters of every script are kept, with CJK text as overlapping character pairs; fold case; join the
 * parts of short hyphenated words ("e-post" becomes "epost") and drop genitive and elided parts around
 * apostrophes ("EU:s", "Anna's", "l'homme"); drop stop words and one-letter words; stem with the
 * language's Snowball stemmer. {@link #builder()} composes the same chain with other parts.
 */
public interface Analyzer {

  /**
   * Returns the tokens of {@code text}, in text order.
   *
   * @param text any text, with or without HTML; never null
   * @return the tokens; empty when the text has no usable words
   * @throws NullPointerException if {@code text} is null
   */
  List<Token> tokens(String text);

  /**
   * Returns the terms of {@code text}, in text order, with repeats.
   *
   * @param text any text, with or without HTML; never null
   * @return the terms; empty when the text has no usable words
   * @throws NullPointerException if {@code text} is null
   */
  default List<String> terms(String text) {
    List<Token> tokens = tokens(text);
    List<String> terms = new ArrayList<>(tokens.size());
    for (Token token : tokens) {
      terms.add(token.term());
    }
    return terms;
  }

  /**
   * Returns the preset analyzer for a language: its Snowball stemmer and stop words where Snowball has
   * them, else a language-neutral chain (no stemming, no stop words).
   *
   * @param language an ISO 639-1 code such as "sv" or "en" (case does not matter)
   * @return the analyzer; shared and thread-safe
   * @throws NullPointerException if {@code language} is null
   */
  static Analyzer forLanguage(String language) {
    checkNotNull(language, "language");
    return Presets.forLanguage(language);
  }

  /**
   * Returns the English preset: Snowball English (Porter2) stemming and the Snowball English stop words.
   *
   * @return the analyzer; shared and thread-safe
   */
  static Analyzer english() {
    return forLanguage("en");
  }

  /**
   * Returns the Swedish preset: Snowball Swedish stemming and the Snowball Swedish stop words.
   *
   * @return the analyzer; shared and thread-safe
   */
  static Analyzer swedish() {
    return forLanguage("sv");
  }

  /**
   * Returns an analyzer that keeps every word, unstemmed, with no stop words.
   *
   * @return the analyzer; thread-safe
   */
  static Analyzer neutral() {
    return builder().build();
  }

  /**
   * Returns a builder for a custom chain; by default it stems nothing and stops nothing.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a custom analysis chain. Not thread-safe; the analyzers it builds are. */
  final class Builder {
    private Stemmer stemmer = Stemmer.none();
    private Set<String> stopWords = Set.of();
    private int minLength = ChainAnalyzer.DEFAULT_MIN_LENGTH;

    Builder() {}

    /**
     * Sets the stemmer applied to each word after stop words are removed.
     *
     * @param stemmer for example {@code Stemmer.snowball("sv")}
     * @return this builder
     */
    public Builder stemmer(Stemmer stemmer) {
      this.stemmer = checkNotNull(stemmer, "stemmer");
      return this;
    }

    /**
     * Sets the words to drop, compared after case folding.
     *
     * @param stopWords for example {@code StopWords.forLanguage("sv")}; copied
     * @return this builder
     */
    public Builder stopWords(Set<String> stopWords) {
      this.stopWords = Set.copyOf(checkNotNull(stopWords, "stopWords"));
      return this;
    }

    /**
     * Sets the shortest word kept, in code points; CJK characters are always kept.
     *
     * @param minLength at least 1; the default is 2
     * @return this builder
     * @throws IllegalArgumentException if {@code minLength} is less than 1
     */
    public Builder minLength(int minLength) {
      com.google.common.base.Preconditions.checkArgument(minLength >= 1, "minLength must be at least 1: %s", minLength);
      this.minLength = minLength;
      return this;
    }

    /**
     * Returns a new analyzer with these settings; the builder can be used again.
     *
     * @return the analyzer; stateless and thread-safe
     */
    public Analyzer build() {
      return new ChainAnalyzer(stemmer, stopWords, minLength);
    }
  }
}
