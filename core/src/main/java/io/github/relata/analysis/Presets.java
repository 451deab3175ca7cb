package io.github.relata.analysis;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The shared preset analyzers, one per language with a stemmer or stop words, built on first use. */
final class Presets {

  private static final Analyzer NEUTRAL = Analyzer.builder().build();
  private static final Map<String, Analyzer> BY_LANGUAGE = new ConcurrentHashMap<>();

  private Presets() {}

  static Analyzer forLanguage(String language) {
    String code = language.toLowerCase(Locale.ROOT);
    if (!SnowballStemmers.supports(code) && !StopWords.languages().contains(code)) {
      return NEUTRAL;
    }
    return BY_LANGUAGE.computeIfAbsent(code, Presets::create);
  }

  private static Analyzer create(String code) {
    Analyzer.Builder builder = Analyzer.builder().stopWords(StopWords.forLanguage(code));
    if (SnowballStemmers.supports(code)) {
      builder.stemmer(SnowballStemmers.forLanguage(code));
    }
    return builder.build();
  }
}
