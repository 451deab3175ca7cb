package io.github.relata.cli;

import java.util.HashSet;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;

/** The ISO 639 language codes the JDK knows: two letters, and the three-letter codes that stand for them. */
final class LanguageCodes {

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

  /** Returns whether {@code code} is an ISO 639 language code, such as {@code sv}, {@code en} or {@code swe}. */
  static boolean isKnown(String code) {
    return KNOWN.contains(code.strip().toLowerCase(Locale.ROOT));
  }
}
