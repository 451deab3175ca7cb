package io.github.relata.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One analysed word of a text: the term the engine compares and the words it came from.
 *
 * @param term the normalised term (case-folded, stemmed), never empty
 * @param surface the words as they stand in the text, for explanations ("Nordregio", not "nordregio")
 * @param start offset of the first character of {@code surface} in the analysed plain text
 * @param end offset after the last character of {@code surface}
 * @param joinedToPrevious whether this word directly follows the previous token of the same text, with
 *     nothing between them but a space or a hyphen (no stop word, no punctuation); such pairs form
 *     multiword terms such as "smart specialisering"
 */
public record Token(String term, String surface, int start, int end, boolean joinedToPrevious) {

  /**
   * Checks the components.
   *
   * @param term the normalised term, never empty
   * @param surface the words as they stand in the text
   * @param start offset of the first character of {@code surface}, at least 0
   * @param end offset after the last character of {@code surface}, at least {@code start}
   * @param joinedToPrevious whether this word directly follows the previous token
   * @throws IllegalArgumentException if {@code term} is empty or the offsets are out of order
   */
  public Token {
    checkNotNull(term, "term");
    checkNotNull(surface, "surface");
    checkArgument(!term.isEmpty(), "term must not be empty (surface: %s)", surface);
    checkArgument(0 <= start && start <= end, "offsets must satisfy 0 <= start <= end: %s, %s", start, end);
  }
}
