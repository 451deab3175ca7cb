package io.github.relata.servlet;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.relata.Signal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The words and the date format of a related list in one language. Swedish and English are built in; any
 * other language gets the English ones. Immutable and thread-safe.
 *
 * @param code the ISO 639-1 code the words are in, for the {@code lang} attribute
 * @param locale the locale dates are formatted in
 * @param datePattern the {@link DateTimeFormatter} pattern of dates ("d MMMM yyyy" gives "14 mars 2018")
 * @param heading the heading over the list ("Relaterade inlägg")
 * @param readMore the text of each item's "read more" link ("Läs hela artikeln")
 * @param sharedTerms the label before an item's shared terms
 * @param sharedTags the label before an item's shared tags and categories
 * @param demoted the note on an item demoted for being close to many posts
 * @param score the word for an item's score, in the explanation bar's description
 * @param signalNames the name of each signal in the explanation bar's legend
 */
public record PostLanguage(
    String code,
    Locale locale,
    String datePattern,
    String heading,
    String readMore,
    String sharedTerms,
    String sharedTags,
    String demoted,
    String score,
    Map<Signal, String> signalNames) {

  /** Swedish: "14 mars 2018", "Relaterade inlägg", "Läs hela artikeln". */
  public static final PostLanguage SWEDISH =
      new PostLanguage(
          "sv",
          Locale.forLanguageTag("sv-SE"),
          "d MMMM yyyy",
          "Relaterade inlägg",
          "Läs hela artikeln",
          "Gemensamma termer",
          "Gemensamma taggar",
          "visas mer sällan: likt många inlägg",
          "poäng",
          names("text", "rubriken nämns", "taggar och kategorier", "nyckeltermer", "datum", "latent likhet", "grannar"));

  /** English: "March 14, 2018", "Related posts", "Read the whole article". */
  public static final PostLanguage ENGLISH =
      new PostLanguage(
          "en",
          Locale.ENGLISH,
          "MMMM d, yyyy",
          "Related posts",
          "Read the whole article",
          "Shared terms",
          "Shared tags",
          "shown less often: close to many posts",
          "score",
          names("text", "title mentioned", "tags and categories", "key terms", "date", "latent similarity", "neighbours"));

  /**
   * Checks and copies the components.
   *
   * @throws IllegalArgumentException if {@code datePattern} is not a valid pattern or a signal has no name
   */
  public PostLanguage {
    checkNotNull(code, "code");
    checkNotNull(locale, "locale");
    checkNotNull(datePattern, "datePattern");
    DateTimeFormatter.ofPattern(datePattern, locale);
    checkNotNull(heading, "heading");
    checkNotNull(readMore, "readMore");
    checkNotNull(sharedTerms, "sharedTerms");
    checkNotNull(sharedTags, "sharedTags");
    checkNotNull(demoted, "demoted");
    checkNotNull(score, "score");
    Map<Signal, String> copy = new EnumMap<>(Signal.class);
    copy.putAll(signalNames);
    for (Signal s : Signal.values()) {
      checkArgument(copy.containsKey(s), "signalNames must name every signal; missing %s in %s", s, signalNames);
    }
    signalNames = Map.copyOf(copy);
  }

  /**
   * Returns the words for a post's language.
   *
   * @param code an ISO 639-1 code such as "sv" or "sv-SE", or null for a post without a declared language
   * @return Swedish for "sv", English otherwise
   */
  public static PostLanguage of(@Nullable String code) {
    if (code != null && code.strip().toLowerCase(Locale.ROOT).startsWith("sv")) {
      return SWEDISH;
    }
    return ENGLISH;
  }

  /**
   * Formats a date in this language.
   *
   * @param date the date
   * @return "14 mars 2018" in Swedish, "March 14, 2018" in English
   */
  public String format(LocalDate date) {
    return DateTimeFormatter.ofPattern(datePattern, locale).format(date);
  }

  /**
   * Returns a signal's name in this language.
   *
   * @param signal the signal
   * @return its name, such as "text" or "datum"
   */
  public String signalName(Signal signal) {
    return signalNames.get(signal);
  }

  private static Map<Signal, String> names(
      String text, String title, String tags, String keyTerms, String date, String latent, String neighbours) {
    return Map.of(
        Signal.TEXT, text,
        Signal.TITLE, title,
        Signal.TAGS, tags,
        Signal.KEY_TERMS, keyTerms,
        Signal.DATE, date,
        Signal.LATENT, latent,
        Signal.NEIGHBOURS, neighbours);
  }
}
