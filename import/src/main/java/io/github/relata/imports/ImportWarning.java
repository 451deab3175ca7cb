package io.github.relata.imports;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Something about a post that was imported, but not quite as written: an unknown language code that was
 * replaced by detection, a date a feed gives in a form that could not be read.
 *
 * @param location the file and line, or the item number
 * @param message what was wrong and what was done instead
 */
public record ImportWarning(String location, String message) {

  /** Checks the components. */
  public ImportWarning {
    checkNotNull(location, "location");
    checkNotNull(message, "message");
  }

  /** Returns the warning as one line: {@code location: message}. */
  @Override
  public String toString() {
    return location + ": " + message;
  }
}
