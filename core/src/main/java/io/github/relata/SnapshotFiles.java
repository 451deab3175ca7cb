package io.github.relata;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Snapshots in files. Saving writes a temporary file beside the target, forces it to disk, moves it over
 * the target atomically and then forces the directory, so that a crash at any point leaves either the
 * previous file or the new one, whole. Where the directory cannot be opened to force it (Windows), the move
 * is still atomic but may not yet be durable when save returns.
 */
final class SnapshotFiles {

  private SnapshotFiles() {}

  static void save(IndexData index, Path file) throws IOException {
    Path target = file.toAbsolutePath();
    Path directory = target.getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new NoSuchFileException(String.valueOf(directory), null, "cannot save the snapshot " + file + ": no such directory");
    }
    if (Files.isDirectory(target)) {
      throw new IOException("cannot save the snapshot " + file + ": it is a directory");
    }
    Path temporary = directory.resolve("." + target.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        SnapshotWriter.write(index, out);
        out.flush();
        channel.force(true);
      }
      keepPermissions(target, temporary);
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      moved = true;
      forceDirectory(directory);
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /** Gives the new file the permissions of the one it replaces, where there is one and the file system has them. */
  private static void keepPermissions(Path target, Path temporary) {
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target);
      Files.setPosixFilePermissions(temporary, permissions);
    } catch (UnsupportedOperationException | IOException e) {
      // No file to replace, or no POSIX permissions: the new file keeps the defaults a new file gets.
    }
  }

  /** Forces the directory entry of the moved file to disk, where the platform lets a directory be opened. */
  private static void forceDirectory(Path directory) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(directory, StandardOpenOption.READ);
    } catch (AccessDeniedException | UnsupportedOperationException e) {
      return; // Windows: directories cannot be opened; NTFS journals the rename itself.
    }
    try (channel) {
      channel.force(true);
    } catch (IOException e) {
      // Some file systems refuse to sync a directory (EINVAL); the rename is atomic all the same.
      if (!String.valueOf(e.getMessage()).contains("Invalid argument")) {
        throw e;
      }
    }
  }

  static IndexData load(EngineContext engine, Path file) throws IOException {
    long size = Files.size(file);
    try (InputStream in = Files.newInputStream(file)) {
      return SnapshotReader.read(engine, in, file.toString(), size, () -> endsWithEndMarker(file, size));
    }
  }

  /** Whether the file's last 20 bytes are an end marker: a zero block length with its checksum, the content length and a checksum. */
  private static boolean endsWithEndMarker(Path file, long size) throws IOException {
    if (size < SnapshotFormat.PREAMBLE + 20) {
      return false;
    }
    ByteBuffer tail = ByteBuffer.allocate(20);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      while (tail.hasRemaining() && channel.read(tail, size - 20 + tail.position()) >= 0) {
        // read until the buffer is full
      }
    }
    return !tail.hasRemaining() && tail.getInt(0) == 0 && tail.getInt(4) == SnapshotFormat.crc(tail.array(), 0, 4);
  }
}
