package io.github.relata.imports;

/**
 * An import that could not be done at all: the file or folder is missing or unreadable, is not what its
 * format claims, is larger than the import limit, or holds markup Relata refuses (a DOCTYPE). The message
 * names the file and, where there is one, the line. Problems with single items are not exceptions: they
 * are {@link Skipped} items of the {@link ImportResult}.
 */
public final class ImportException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String location;
  private final String problem;

  ImportException(String location, String problem, Throwable cause) {
    super(location + ": " + problem, cause);
    this.location = location;
    this.problem = problem;
  }

  ImportException(String location, String problem) {
    this(location, problem, null);
  }

  /** Returns the file, and line where there is one, such as {@code export.xml:12}. */
  public String location() {
    return location;
  }

  /** Returns what is wrong, without the location. */
  public String problem() {
    return problem;
  }
}
