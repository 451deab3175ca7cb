package io.github.relata.imports;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.HashSet;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;

/**
 * ISO 639 language codes, as sites write them ({@code sv}, {@code sv-SE}, {@code en_US}, {@code swe}): the
 * codes the JDK knows, two letters and the three-letter codes that stand for them. The importers read a
 * post's language with it, and the command-line tool its {@code --default-language}. Thread-safe.
 */
public final class LanguageCodes {

  private static final Set<String> KNOWN = known();

  private LanguageCodes() {}

  private static Set<String> known() {
    Set<String> codes = new HashSet<>();
    for (String code : Locale.getISOLanguages()) {
      codes.add(code);
      try {
        codes.add(Locale.forLanguageTag(code).getISO3Language());
      } catch (MissingResourceException e) {
        // No three-letter code: the two-letter one is enough.
      }
    }
    return Set.copyOf(codes);
  }

  /**
   * Returns the primary language of a language tag, lower case, if it is an ISO 639 code.
   *
   * @param tag such as {@code sv}, {@code sv-SE} or {@code en_US}
   * @return the code, such as {@code sv}, or empty when the tag names no known language
   */
  public static Optional<String> primary(String tag) {
    checkNotNull(tag, "tag");
    String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return KNOWN.contains(primary) ? Optional.of(primary) : Optional.empty();
  }

  /**
   * Returns whether {@code tag}'s primary language is an ISO 639 code.
   *
   * @param tag such as {@code sv}, {@code sv-SE} or {@code swe}
   * @return whether {@link #primary(String)} finds a code in it
   */
  public static boolean isKnown(String tag) {
    return primary(tag).isPresent();
  }
}
