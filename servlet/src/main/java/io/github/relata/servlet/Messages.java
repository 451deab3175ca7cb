package io.github.relata.servlet;

/** Puts untrusted values into error messages: at most {@value #SHOWN} characters of them. */
final class Messages {

  /** The most characters of a value that an error message repeats. */
  static final int SHOWN = 80;

  private Messages() {}

  /**
   * Returns a value as an error message shows it: whole when short, else its first {@value #SHOWN}
   * characters (never half a surrogate pair), "…" and its length.
   */
  static String shown(String value) {
    if (value.length() <= SHOWN) {
      return value;
    }
    int end = Character.isHighSurrogate(value.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
    return value.substring(0, end) + "… (" + value.length() + " characters)";
  }
}
