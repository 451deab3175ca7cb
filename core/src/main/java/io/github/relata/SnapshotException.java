package io.github.relata;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;

/**
 * A snapshot file that cannot be loaded, and why: {@link #problem()} says which kind of problem it is, the
 * message says what exactly is wrong and names the file (or "the stream"). Loading never yields an index
 * that differs from the one saved: it either gives that index or throws this.
 */
public final class SnapshotException extends IOException {

  private static final long serialVersionUID = 1L;

  /** What is wrong with a snapshot. */
  public enum Problem {
    /** The file ends early: it was cut short after it was written (an interrupted copy, a full disk). */
    TRUNCATED,
    /** The file was changed or damaged after it was written: a checksum does not match, or the content is inconsistent. */
    CORRUPT,
    /** The file is a snapshot of a format version this library does not read. */
    UNSUPPORTED_VERSION,
    /** The file is not a Relata snapshot at all. */
    NOT_A_SNAPSHOT,
    /** The snapshot was made by an engine whose settings differ from the loading engine's in ways that shaped the index. */
    INCOMPATIBLE_SETTINGS
  }

  /** What kind of problem the snapshot has. */
  private final Problem problem;

  /**
   * Creates the exception.
   *
   * @param problem what kind of problem it is
   * @param message what exactly is wrong, naming the file
   */
  SnapshotException(Problem problem, String message) {
    super(checkNotNull(message, "message"));
    this.problem = checkNotNull(problem, "problem");
  }

  /**
   * Creates the exception with the error that revealed the problem.
   *
   * @param problem what kind of problem it is
   * @param message what exactly is wrong, naming the file
   * @param cause the error that revealed it
   */
  SnapshotException(Problem problem, String message, Throwable cause) {
    super(checkNotNull(message, "message"), cause);
    this.problem = checkNotNull(problem, "problem");
  }

  /**
   * Returns what kind of problem the snapshot has.
   *
   * @return the kind of problem; the message says what exactly is wrong
   */
  public Problem problem() {
    return problem;
  }
}
