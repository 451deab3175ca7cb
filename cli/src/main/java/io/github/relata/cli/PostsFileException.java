package io.github.relata.cli;

import java.nio.file.Path;

/** A posts file that cannot be read: the message names the file and, where there is one, the line. */
public final class PostsFileException extends Exception {

  private static final long serialVersionUID = 1L;

  private final Path file;
  private final int line;

  PostsFileException(Path file, int line, String problem, Throwable cause) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
    this.file = file;
    this.line = line;
  }

  PostsFileException(Path file, int line, String problem) {
    this(file, line, problem, null);
  }

  /** Returns the file that could not be read. */
  public Path file() {
    return file;
  }

  /** Returns the 1-based line of the problem, or 0 when it concerns the whole file. */
  public int line() {
    return line;
  }
}
