package io.github.relata.imports;

/**
 * An item that cannot become a post, with what is wrong in the user's words; the reader records it as a
 * {@link Skipped} item and goes on with the next.
 */
final class BadItem extends Exception {

  private static final long serialVersionUID = 1L;

  private final int line;

  /**
   * @param line the 1-based line of the problem within the item's file, or 0 when it has none
   * @param message what is wrong, naming the bad value
   */
  BadItem(int line, String message) {
    super(message, null, false, false);
    this.line = line;
  }

  BadItem(String message) {
    this(0, message);
  }

  int line() {
    return line;
  }
}
