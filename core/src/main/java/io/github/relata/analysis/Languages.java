package io.github.relata.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Detects the language of a text: by script for CJK, Greek, Hebrew and the like, else by which language's
 * stop words the text uses most. Needs a sentence or more of running text; a title alone is often too
 * short, and then nothing is detected. Thread-safe.
 */
public final class Languages {

  /** Texts are judged on their first this many characters. */
  private static final int SAMPLE_LENGTH = 4000;
  /** At least this many stop-word hits before a stop-word profile decides. */
  private static final int MIN_HITS = 3;
  /** The winner must have this many times the hits of the runner-up. */
  private static final double MIN_MARGIN = 1.25;

  /** Languages whose stop lists are too small or too close to another's to judge by. */
  private static final Set<String> NOT_BY_STOP_WORDS = Set.of("nb", "nn");

  private static final Map<Character.UnicodeScript, String> SCRIPTS =
      ImmutableMap.<Character.UnicodeScript, String>builder()
          .put(Character.UnicodeScript.HANGUL, "ko")
          .put(Character.UnicodeScript.HIRAGANA, "ja")
          .put(Character.UnicodeScript.KATAKANA, "ja")
          .put(Character.UnicodeScript.GREEK, "el")
          .put(Character.UnicodeScript.HEBREW, "he")
          .put(Character.UnicodeScript.THAI, "th")
          .put(Character.UnicodeScript.ARMENIAN, "hy")
          .put(Character.UnicodeScript.GEORGIAN, "ka")
          .put(Character.UnicodeScript.TAMIL, "ta")
          .put(Character.UnicodeScript.TELUGU, "te")
          .put(Character.UnicodeScript.BENGALI, "bn")
          .buildOrThrow();

  /** The ISO 639 codes the JDK knows: two letters, and the three-letter codes that stand for them. */
  private static final Set<String> CODES = codes();

  private Languages() {}

  /**
   * Returns the ISO 639 code of a language tag as sites and callers write it, lower case: {@code sv},
   * {@code sv-SE}, {@code en_US} and {@code SWE} give {@code sv}, {@code sv}, {@code en} and {@code swe}.
   * The importers, the command line and the engine accept the same codes.
   *
   * @param tag a code, or a tag that starts with one
   * @return the tag's primary code, or empty when it is not an ISO 639 code the JDK knows (such as {@code xx})
   * @throws NullPointerException if {@code tag} is null
   */
  public static Optional<String> code(String tag) {
    checkNotNull(tag, "tag");
    String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return CODES.contains(primary) ? Optional.of(primary) : Optional.empty();
  }

  private static Set<String> codes() {
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

  /** Which languages list each stop word; loaded on first detection. */
  private static final class Profiles {
    static final Map<String, List<String>> LANGUAGES_BY_STOP_WORD = load();

    private static Map<String, List<String>> load() {
      Map<String, List<String>> byWord = new HashMap<>();
      for (String language : new TreeSet<>(StopWords.languages())) {
        if (!NOT_BY_STOP_WORDS.contains(language)) {
          for (String word : StopWords.forLanguage(language)) {
            byWord.computeIfAbsent(word, w -> new ArrayList<>(2)).add(language);
          }
        }
      }
      byWord.replaceAll((w, languages) -> List.copyOf(languages));
      return Map.copyOf(byWord);
    }
  }

  /**
   * Returns the ISO 639-1 code of the language {@code text} is written in, if it can tell.
   *
   * @param text running text, with or without HTML
   * @return the language, or empty when the text is too short or too mixed to tell
   * @throws NullPointerException if {@code text} is null
   */
  public static Optional<String> detect(String text) {
    checkNotNull(text, "text");
    String sample = text.length() > SAMPLE_LENGTH ? text.substring(0, SAMPLE_LENGTH) : text;
    Optional<String> byScript = byScript(sample);
    return byScript.isPresent() ? byScript : byStopWords(sample);
  }

  private static Optional<String> byScript(String sample) {
    Map<Character.UnicodeScript, Integer> counts = new HashMap<>();
    int letters = 0;
    for (int i = 0; i < sample.length(); ) {
      int c = sample.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c)) {
        letters++;
        counts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
      }
    }
    if (letters == 0) {
      return Optional.empty();
    }
    int kana = counts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0) + counts.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
    if (kana * 10 >= letters) {
      return Optional.of("ja");
    }
    for (Map.Entry<Character.UnicodeScript, String> script : SCRIPTS.entrySet()) {
      if (counts.getOrDefault(script.getKey(), 0) * 2 >= letters) {
        return Optional.of(script.getValue());
      }
    }
    if (counts.getOrDefault(Character.UnicodeScript.HAN, 0) * 2 >= letters) {
      return Optional.of("zh");
    }
    return Optional.empty();
  }

  private static Optional<String> byStopWords(String sample) {
    Map<String, Integer> hits = new HashMap<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= sample.length(); i++) {
      char c = i < sample.length() ? sample.charAt(i) : ' ';
      if (Character.isLetter(c) || c == '\'' || c == '’') {
        word.append(c == '’' ? '\'' : c);
      } else if (word.length() > 0) {
        String w = word.toString().toLowerCase(Locale.ROOT);
        word.setLength(0);
        for (String language : Profiles.LANGUAGES_BY_STOP_WORD.getOrDefault(w, List.of())) {
          hits.merge(language, 1, Integer::sum);
        }
      }
    }
    String best = null;
    int bestHits = 0;
    int secondHits = 0;
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      int n = e.getValue();
      if (n > bestHits || (n == bestHits && best != null && e.getKey().compareTo(best) < 0)) {
        secondHits = Math.max(secondHits, bestHits);
        best = e.getKey();
        bestHits = n;
      } else {
        secondHits = Math.max(secondHits, n);
      }
    }
    if (best == null || bestHits < MIN_HITS || bestHits < MIN_MARGIN * secondHits) {
      return Optional.empty();
    }
    return Optional.of(best);
  }
}
