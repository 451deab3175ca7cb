package io.github.relata.internal;

import java.util.ArrayList;
import java.util.List;

/** Keys for the key tables' tests: every short word of an alphabet, and keys written so a failure can be read. */
final class KeyExamples {

  private KeyExamples() {}

  /** Every word of {@code alphabet} of at most three characters, the empty word among them. */
  static List<String> everyShortWord(char[] alphabet) {
    List<String> words = new ArrayList<>(List.of(""));
    for (int from = 0, length = 1; length <= 3; length++) {
      int to = words.size();
      for (int i = from; i < to; i++) {
        for (char c : alphabet) {
          words.add(words.get(i) + c);
        }
      }
      from = to;
    }
    return words;
  }

  /** The key in quotes, with each character outside printable ASCII as its escape. */
  static String escaped(String s) {
    StringBuilder sb = new StringBuilder("\"");
    s.chars().forEach(c -> sb.append(c < 0x80 && c >= 0x20 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
    return sb.append('"').toString();
  }
}
