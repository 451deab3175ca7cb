package io.github.relata;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.relata.analysis.Languages;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks the language codes callers give (a post's language, an engine's default language, the language of
 * a custom analyzer), as {@link Languages#code} reads them: an ISO 639 code the JDK knows, two letters
 * ({@link Locale#getISOLanguages()}) or the
 * three-letter code that stands for one ("sv", "swe"), or a tag that starts with one ("en-GB", "pt_BR", whose
 * primary code is kept). An unknown code such as "xx" is refused rather than analysed as if it were some
 * other language. The importers and the command line accept the same codes.
 */
final class LanguageCodes {

  private LanguageCodes() {}

  /**
   * Returns the primary code of {@code language}, lowercased.
   *
   * @param language a code or tag as the caller wrote it
   * @param what what the code is, for the message: {@code "language of article a1"}, {@code "defaultLanguage"}
   * @throws IllegalArgumentException naming {@code what} and the code, if it is not a known ISO 639 code
   */
  static String primary(String language, String what) {
    Optional<String> primary = Languages.code(language);
    checkArgument(primary.isPresent(),
        "%s must be a known ISO 639 code such as \"sv\" or \"en\": %s", what, language);
    return primary.get();
  }
}
