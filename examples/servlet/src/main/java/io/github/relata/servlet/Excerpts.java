package io.github.relata.servlet;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/** Shortens a post's summary into the excerpt a related list shows, which always ends in "…". */
public final class Excerpts {

  /** The longest excerpt, in characters, before its closing "…". */
  public static final int DEFAULT_LENGTH = 200;

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final String TRAILING = " .,;:-–—…";

  private Excerpts() {}

  /**
   * Returns the excerpt of a summary, at most {@value #DEFAULT_LENGTH} characters and "…".
   *
   * @param summary plain text; may be empty
   * @return the excerpt, or "" when the summary is blank
   */
  public static String of(String summary) {
    return of(summary, DEFAULT_LENGTH);
  }

  /**
   * Returns the excerpt of a summary: its whitespace collapsed, cut at a word boundary at or before
   * {@code maxLength} characters, its closing punctuation replaced by "…".
   *
   * @param summary plain text; may be empty
   * @param maxLength at least 10
   * @return the excerpt, or "" when the summary is blank
   * @throws IllegalArgumentException if {@code maxLength} is less than 10
   */
  public static String of(String summary, int maxLength) {
    checkNotNull(summary, "summary");
    checkArgument(maxLength >= 10, "maxLength must be at least 10: %s", maxLength);
    String text = WHITESPACE.matcher(summary).replaceAll(" ").strip();
    if (text.length() > maxLength) {
      int cut = text.lastIndexOf(' ', maxLength);
      text = text.substring(0, cut >= maxLength / 2 ? cut : maxLength);
    }
    int end = text.length();
    while (end > 0 && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end == 0 ? "" : text.substring(0, end) + "…";
  }
}
