package io.github.relata.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokenizer of {@link PlainTfIdfRanker}: NFC, lower case ({@link Locale#ROOT}), split on every code
 * point that is not a letter or digit, tokens shorter than two code points dropped.
 */
final class PlainTokenizer {

  static final int MIN_LENGTH = 2;

  private PlainTokenizer() {}

  /** Returns the tokens of {@code text} in order, with repeats. */
  static List<String> tokens(String text) {
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    List<String> tokens = new ArrayList<>();
    int start = -1;
    int i = 0;
    while (i < normalized.length()) {
      int codePoint = normalized.codePointAt(i);
      if (Character.isLetterOrDigit(codePoint)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        add(tokens, normalized, start, i);
        start = -1;
      }
      i += Character.charCount(codePoint);
    }
    if (start >= 0) {
      add(tokens, normalized, start, normalized.length());
    }
    return tokens;
  }

  private static void add(List<String> tokens, String text, int start, int end) {
    if (text.codePointCount(start, end) >= MIN_LENGTH) {
      tokens.add(text.substring(start, end));
    }
  }
}
