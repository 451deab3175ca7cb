package io.github.relata;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks the language codes callers give (a post's language, an engine's default language, the language of
 * a custom analyzer): an ISO 639 code the JDK's locale data names, such as "sv", "en" or "fil", or a tag that
 * starts with one ("en-GB", "pt_BR", whose primary code is kept). An unknown code such as "xx" is refused
 * rather than analysed as if it were some other language.
 */
final class LanguageCodes {

  private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

  private LanguageCodes() {}

  /**
   * Returns the primary code of {@code language}, lowercased.
   *
   * @param language a code or tag as the caller wrote it
   * @param what what the code is, for the message: {@code "language of article a1"}, {@code "defaultLanguage"}
   * @throws IllegalArgumentException naming {@code what} and the code, if it is not a known ISO 639 code
   */
  static String primary(String language, String what) {
    String primary = language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    checkArgument(CODE.matcher(primary).matches() && known(primary),
        "%s must be a known ISO 639 code such as \"sv\" or \"en\": %s", what, language);
    return primary;
  }

  /** Returns whether the JDK's locale data names the language with this code. */
  private static boolean known(String code) {
    String name = new Locale(code).getDisplayLanguage(Locale.ENGLISH);
    return !name.isEmpty() && !name.equals(code);
  }
}
