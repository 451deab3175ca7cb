package io.github.relata.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A file written in full or not at all: text goes to a temporary file beside the target, which {@link
 * #commit()} moves over the target (atomically where the file system can). Closing without committing
 * deletes the temporary file and leaves the target as it was. Not thread-safe.
 */
final class AtomicFile implements AutoCloseable {

  private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

  private final Path target;
  private final Path temporary;
  private final Writer writer;
  private boolean done;

  private AtomicFile(Path target, Path temporary, Writer writer) {
    this.target = target;
    this.temporary = temporary;
    this.writer = writer;
  }

  /**
   * Creates the temporary file for {@code target}, so that a target that cannot be written is reported
   * before any work is done.
   *
   * @param target the file to write; its directory must exist
   * @return the file, open for writing UTF-8 text
   * @throws IOException if the target is a directory or its directory is missing or not writable
   */
  static AtomicFile create(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new IOException("is a directory");
    }
    Path directory = absolute.getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new IOException("no such directory: " + (directory == null ? "/" : directory));
    }
    Path temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
    // Interrupted runs (Ctrl-C) leave no temporary file either; after commit() the path no longer exists.
    temporary.toFile().deleteOnExit();
    try {
      // createTempFile makes the file private to its owner; give the result the usual permissions.
      Set<PosixFilePermission> permissions =
          Files.exists(absolute) ? Files.getPosixFilePermissions(absolute) : READABLE;
      Files.setPosixFilePermissions(temporary, permissions);
    } catch (UnsupportedOperationException | IOException e) {
      // Not a POSIX file system, or the target's permissions cannot be read: keep the defaults.
    }
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8), 1 << 16);
    return new AtomicFile(absolute, temporary, writer);
  }

  /** Returns the writer to the temporary file; do not close it. */
  Writer writer() {
    return writer;
  }

  /**
   * Closes the temporary file and moves it over the target.
   *
   * @throws IOException if it cannot be written or moved; the target is then left as it was
   */
  void commit() throws IOException {
    writer.close();
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
    done = true;
  }

  /** Deletes the temporary file unless {@link #commit()} moved it. */
  @Override
  public void close() {
    if (done) {
      return;
    }
    done = true;
    try {
      writer.close();
    } catch (IOException e) {
      // The file is deleted next; what was in it does not matter.
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // Best effort: a stray temporary file is named after the target and ends in .tmp.
    }
  }
}
