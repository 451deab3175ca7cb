package io.github.relata.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reduces a case-folded word to its stem, so that "strategier" and "strategi" meet. Implementations must
 * be thread-safe.
 */
@FunctionalInterface
public interface Stemmer {

  /**
   * Returns the stem of {@code word}.
   *
   * @param word a case-folded word, never empty
   * @return its stem; may be empty or null (a stemmer that knows no stem for the word), and the analyzer then
   *     keeps the word unstemmed
   */
  @Nullable String stem(String word);

  /**
   * Returns the stemmer that keeps every word as it is.
   *
   * @return the identity stemmer
   */
  static Stemmer none() {
    return word -> word;
  }

  /**
   * Returns the Snowball stemmer for a language.
   *
   * @param language an ISO 639-1 code in {@link #snowballLanguages()}, such as "sv" or "en"
   * @return a thread-safe stemmer
   * @throws IllegalArgumentException if Snowball has no stemmer for {@code language}
   */
  static Stemmer snowball(String language) {
    checkNotNull(language, "language");
    String code = language.toLowerCase(Locale.ROOT);
    checkArgument(
        SnowballStemmers.supports(code),
        "no Snowball stemmer for language: %s (supported: %s)",
        language,
        SnowballStemmers.languages());
    return SnowballStemmers.forLanguage(code);
  }

  /**
   * Returns the ISO 639-1 codes that {@link #snowball(String)} accepts.
   *
   * @return an immutable set of codes
   */
  static Set<String> snowballLanguages() {
    return SnowballStemmers.languages();
  }
}
