package io.github.relata.imports;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.relata.analysis.Languages;
import java.util.Optional;

/**
 * ISO 639 language codes, as sites write them ({@code sv}, {@code sv-SE}, {@code en_US}, {@code swe}): the
 * codes the JDK knows, two letters and the three-letter codes that stand for them, read as the engine
 * reads them ({@link Languages#code}). The importers read a post's language with it, and the command-line
 * tool its {@code --default-language}. Thread-safe.
 */
public final class LanguageCodes {

  private LanguageCodes() {}

  /**
   * Returns the primary language of a language tag, lower case, if it is an ISO 639 code.
   *
   * @param tag such as {@code sv}, {@code sv-SE} or {@code en_US}
   * @return the code, such as {@code sv}, or empty when the tag names no known language
   */
  public static Optional<String> primary(String tag) {
    checkNotNull(tag, "tag");
    return Languages.code(tag);
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
