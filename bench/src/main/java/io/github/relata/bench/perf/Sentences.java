package io.github.relata.bench.perf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits article text into sentences for {@link SyntheticCorpus}: a rough, fast rule, good enough for mixing. */
final class Sentences {

  /** The fewest words a sentence needs to be used: shorter pieces are headings, datelines or list items. */
  static final int MIN_WORDS = 4;
  /** The most words a sentence may have: longer pieces are tables or code that the rule did not split. */
  static final int MAX_WORDS = 60;

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  /** A sentence ends at . ! or ? followed by space and a capital letter, digit, quote or bracket. */
  private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\p{N}\"'(“‘])");

  private Sentences() {}

  /** Returns the sentences of {@code text} with white space collapsed, keeping those of usable length. */
  static List<String> split(String text) {
    String flat = WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    List<String> sentences = new ArrayList<>();
    if (flat.isEmpty()) {
      return sentences;
    }
    for (String sentence : BOUNDARY.split(flat)) {
      int words = wordCount(sentence);
      if (words >= MIN_WORDS && words <= MAX_WORDS) {
        sentences.add(sentence);
      }
    }
    return sentences;
  }

  /** Returns the number of space-separated words of a string whose white space is already collapsed. */
  static int wordCount(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    int words = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ' ') {
        words++;
      }
    }
    return words;
  }

  /** Returns the first {@code words} words of a sentence (all of it when shorter), without trailing punctuation. */
  static String firstWords(String sentence, int words) {
    int end = 0;
    int seen = 0;
    while (end < sentence.length() && seen < words) {
      int space = sentence.indexOf(' ', end);
      end = space < 0 ? sentence.length() : space + 1;
      seen++;
    }
    String head = sentence.substring(0, end).strip();
    int cut = head.length();
    while (cut > 0 && !Character.isLetterOrDigit(head.charAt(cut - 1))) {
      cut--;
    }
    return cut > 0 ? head.substring(0, cut) : head;
  }
}
