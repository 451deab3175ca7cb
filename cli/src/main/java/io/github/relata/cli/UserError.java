package io.github.relata.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A problem the user can fix, reported as one line {@code relata: <message>} with no stack trace, and the
 * exit code {@link #USAGE} (a bad option or setting) or {@link #INPUT} (bad or missing data).
 */
final class UserError extends RuntimeException {

  /** Exit code for bad or missing input data, or output that cannot be written. */
  static final int INPUT = 1;
  /** Exit code for a bad command line or settings file. */
  static final int USAGE = 2;

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  private UserError(int exitCode, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** Returns an error in the input data; {@code message} names the file (and line, where there is one). */
  static UserError input(String message) {
    return new UserError(INPUT, message, null);
  }

  /** Returns an error in the command line or a settings file; {@code message} names the option or key. */
  static UserError usage(String message) {
    return new UserError(USAGE, message, null);
  }

  /** Returns an input error for a file that cannot be read or written, naming the file and the reason. */
  static UserError io(Path file, IOException e) {
    return new UserError(INPUT, file + ": " + reason(e), e);
  }

  /** Returns the exit code. */
  int exitCode() {
    return exitCode;
  }

  /** Returns why an I/O operation failed, in words: file-system exceptions' messages are just the path. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
