package io.github.relata;

import io.github.relata.analysis.Analyzer;
import io.github.relata.analysis.Languages;
import io.github.relata.analysis.StopWords;
import io.github.relata.analysis.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns an article into weighted terms: words and word pairs of its title, summary and body (each field
 * weighted), character n-grams of long words for compounding languages, and its tags and categories.
 */
final class Featurizer {

  /** Length of the character n-grams used for subword matching. */
  static final int GRAM = 5;
  /** Words shorter than this are not split into n-grams: they are rarely compounds. */
  static final int MIN_GRAM_WORD = 8;
  /** Languages that write compounds as one word. */
  static final Set<String> COMPOUNDING =
      Set.of("sv", "da", "no", "nb", "nn", "de", "nl", "fi", "is", "et", "hu", "af", "lb", "fo");

  /** Prefix of n-gram keys in the dictionary (never produced by analysis). */
  static final char GRAM_PREFIX = '\u0001';
  /** Prefix of tag and category keys in the dictionary. */
  static final char LABEL_PREFIX = '\u0002';

  private final Options options;

  Featurizer(Options options) {
    this.options = options;
  }

  /** Separates the two words of a pair key in {@link Features#pairs}. */
  static final char PAIR_SEPARATOR = '\u0000';

  /**
   * The analysed form of one article, before term ids are assigned.
   *
   * @param pairs adjacent word pairs, keyed by their two terms joined by {@link #PAIR_SEPARATOR}
   */
  record Features(
      String language,
      Map<String, Float> words,
      Map<String, Float> pairs,
      Map<String, Float> grams,
      Set<String> labels,
      float length,
      Map<String, String> surfaces,
      Set<String> titleWords) {}

  String languageOf(Article article) {
    if (article.language() != null) {
      return article.language();
    }
    return Languages.detect(article.title() + "\n" + article.summary() + "\n" + article.body())
        .orElse(options.defaultLanguage());
  }

  Features features(Article article) {
    String language = languageOf(article);
    Analyzer analyzer = options.analyzerFor(language);
    boolean grams = options.subwordMatching() && COMPOUNDING.contains(language);
    Map<String, Float> words = new HashMap<>();
    Map<String, Float> pairs = new HashMap<>();
    Map<String, Float> gramCounts = grams ? new HashMap<>() : Map.of();
    Map<String, String> surfaces = new HashMap<>();
    float length = 0;
    length += field(analyzer, article.title(), (float) options.titleWeight(), words, pairs, gramCounts, surfaces, grams);
    // The title's subject words: those that are not function words of the language ("four", "years", "new").
    Set<String> functionWords = StopWords.functionWords(language);
    Set<String> titleWords = new java.util.HashSet<>();
    for (String term : words.keySet()) {
      if (!functionWords.contains(surfaces.get(term).toLowerCase(Locale.ROOT))) {
        titleWords.add(term);
      }
    }
    length += field(analyzer, article.summary(), (float) options.summaryWeight(), words, pairs, gramCounts, surfaces, grams);
    length += field(analyzer, article.body(), (float) options.bodyWeight(), words, pairs, gramCounts, surfaces, grams);
    Set<String> labels = new java.util.LinkedHashSet<>();
    for (String tag : article.tags()) {
      labels.add(labelKey(tag));
    }
    for (String category : article.categories()) {
      labels.add(labelKey(category));
    }
    return new Features(language, words, pairs, gramCounts, labels, length, surfaces, titleWords);
  }

  static String labelKey(String label) {
    return LABEL_PREFIX + label.toLowerCase(Locale.ROOT);
  }

  private float field(
      Analyzer analyzer,
      String text,
      float weight,
      Map<String, Float> words,
      Map<String, Float> pairs,
      Map<String, Float> grams,
      Map<String, String> surfaces,
      boolean withGrams) {
    if (weight == 0 || text.isEmpty()) {
      return 0;
    }
    List<Token> tokens = analyzer.tokens(text);
    Token previous = null;
    for (Token token : tokens) {
      String term = token.term();
      words.merge(term, weight, Float::sum);
      surfaces.merge(term, token.surface(), Surfaces::merge);
      if (options.multiwordTerms() && previous != null && token.joinedToPrevious()) {
        pairs.merge(previous.term() + PAIR_SEPARATOR + term, weight * Weighting.PAIR_FACTOR, Float::sum);
      }
      if (withGrams && term.length() >= MIN_GRAM_WORD) {
        addGrams(term, weight, grams);
      }
      previous = token;
    }
    return weight * tokens.size();
  }

  private static void addGrams(String term, float weight, Map<String, Float> grams) {
    String padded = '<' + term + '>';
    int n = padded.length();
    for (int i = 0; i + GRAM <= n; i++) {
      if (Character.isLowSurrogate(padded.charAt(i))) {
        continue;
      }
      int end = i + GRAM;
      if (end < n && Character.isLowSurrogate(padded.charAt(end))) {
        end++;
      }
      grams.merge(GRAM_PREFIX + padded.substring(i, end), weight, Float::sum);
    }
  }
}
