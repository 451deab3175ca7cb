package io.github.relata.bench;

import java.io.IOException;
import java.nio.file.Path;

/** Thrown when a corpus file is not in the format of {@code corpora/README.md}; names the file and line. */
public final class CorpusFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;

  /**
   * Creates the exception with the message {@code "FILE:LINE: reason"}.
   *
   * @param file the corpus file
   * @param line the 1-based line number
   * @param reason what is wrong with the line
   * @param cause the underlying parse error, or {@code null}
   */
  public CorpusFormatException(Path file, int line, String reason, Throwable cause) {
    super(file + ":" + line + ": " + reason, cause);
    this.file = file;
    this.line = line;
  }

  /** Returns the corpus file that is malformed. */
  public Path file() {
    return file;
  }

  /** Returns the 1-based number of the malformed line. */
  public int line() {
    return line;
  }
}
