package io.github.relata;

import io.github.relata.SnapshotException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * The content of a snapshot, block by block ({@link SnapshotFormat}): checks the preamble, then each block's
 * length and checksum before any of its bytes is read, and the end marker's content length and final
 * checksum. {@link SnapshotInput} reads values from the content. Not thread-safe.
 */
final class SnapshotBlocks {

  private final InputStream in;
  private final String source;
  /** The length of the file, or -1 for a stream. */
  private final long size;
  /** Holds the unread content, grown to the largest block read (small snapshots need no megabyte). */
  private byte[] window = new byte[1 << 12];
  /** The unread content: {@code [position, limit)} of {@link #window}. */
  private ByteBuffer buf = ByteBuffer.wrap(window);
  private final CRC32C crc = new CRC32C();
  private final byte[] frame = new byte[12];
  /** Bytes read from the input so far. */
  private long offset;
  /** Content bytes read from blocks so far. */
  private long content;
  private int blocks;
  private boolean ended;

  /**
   * Reads and checks the preamble.
   *
   * @param source the file's name, or "the stream", for messages
   * @param size the file's length in bytes, or -1 when unknown
   */
  SnapshotBlocks(InputStream in, String source, long size) throws IOException {
    this.in = in;
    this.source = source;
    this.size = size;
    byte[] preamble = new byte[SnapshotFormat.PREAMBLE];
    int read = readUpTo(preamble, 0, preamble.length);
    SnapshotFormat.checkPreamble(preamble, read, source);
    buf.limit(0);
  }

  /** The unread content, backed by an array from offset 0; a new buffer after {@link #fill} grew the window. */
  ByteBuffer buffer() {
    return buf;
  }

  /** Makes at least {@code n} (at most 16, or a block) unread bytes contiguous; false when the content ends first. */
  boolean fill(int n) throws IOException {
    while (buf.remaining() < n) {
      if (ended || !nextBlock()) {
        return false;
      }
    }
    return true;
  }

  /** Whether content is left: unread bytes, or a block before the end marker. */
  boolean hasMoreContent() throws IOException {
    return buf.hasRemaining() || !ended && nextBlock();
  }

  /** Fails unless the input ends right after the end marker. */
  void checkNothingFollows() throws IOException {
    if (in.read() != -1) {
      throw new SnapshotException(Problem.CORRUPT, source + ": corrupt: bytes follow the end of the snapshot at byte " + offset
          + (size >= 0 ? " (the file has " + size + " bytes)" : ""));
    }
  }

  /** The position in the content of the next unread byte. */
  long contentOffset() {
    return content - buf.remaining();
  }

  /** The unread bytes and those the file has left; only for a file. */
  long bytesLeft() {
    return buf.remaining() + Math.max(0, size - offset);
  }

  /** Appends the next block's payload to the unread bytes; returns false at the end marker. */
  private boolean nextBlock() throws IOException {
    long start = offset;
    readFrame(8, start, -1);
    ByteBuffer header = ByteBuffer.wrap(frame);
    int length = header.getInt(0);
    if (header.getInt(4) != SnapshotFormat.crc(frame, 0, 4)) {
      throw new SnapshotException(Problem.CORRUPT, source + ": corrupt: the checksum of the block length at byte " + start
          + " does not match; the file was changed or damaged after it was written");
    }
    crc.update(frame, 0, 4);
    if (length == 0) {
      // The end marker: the content length (8 bytes) and the final checksum (4) follow the zero length.
      readFrame(12, start, start + 20);
      long total = header.getLong(0);
      crc.update(frame, 0, 8);
      checkCrc(header.getInt(8), start, offset);
      if (total != content) {
        throw new SnapshotException(Problem.CORRUPT, source + ": corrupt: the end marker at byte " + start + " gives " + total
            + " content bytes where the blocks held " + content);
      }
      ended = true;
      return false;
    }
    if (length < 0 || length > SnapshotFormat.MAX_BLOCK) {
      throw new SnapshotException(Problem.CORRUPT, source + ": corrupt: the block at byte " + start + " claims " + length
          + " bytes, where a block holds 1 to " + SnapshotFormat.MAX_BLOCK);
    }
    long end = start + 8 + length + 4;
    if (window.length < buf.remaining() + length) {
      byte[] larger = new byte[Math.max(buf.remaining() + length, Math.min(2 * window.length, SnapshotFormat.MAX_BLOCK + 16))];
      int unread = buf.remaining();
      buf.get(larger, 0, unread);
      window = larger;
      buf = ByteBuffer.wrap(window);
      buf.limit(unread);
    }
    buf.compact();
    int at = buf.position();
    int read = readUpTo(window, at, length);
    if (read < length) {
      throw truncated(start, end);
    }
    crc.update(window, at, length);
    readFrame(4, start, end);
    checkCrc(header.getInt(0), start, offset);
    buf.position(at + length);
    buf.flip();
    content += length;
    blocks++;
    return true;
  }

  private void checkCrc(int stored, long start, long end) throws SnapshotException {
    if (stored != (int) crc.getValue()) {
      throw new SnapshotException(Problem.CORRUPT, source + ": corrupt: the checksum of bytes " + start + " to " + (end - 1)
          + " does not match; the file was changed or damaged after it was written");
    }
  }

  /** Reads {@code n} bytes into {@link #frame} for the block starting at {@code start} and ending at {@code end} (-1: unknown). */
  private void readFrame(int n, long start, long end) throws IOException {
    if (readUpTo(frame, 0, n) < n) {
      throw truncated(start, end);
    }
  }

  private SnapshotException truncated(long start, long end) {
    String where = end < 0
        ? "after " + blocks + " complete blocks, without the end marker"
        : "inside the block that starts at byte " + start + " and ends at byte " + end;
    return new SnapshotException(Problem.TRUNCATED, source + ": truncated: it ends at byte " + offset + ", " + where
        + "; the snapshot was cut short after it was written (an interrupted copy, a full disk?)");
  }

  /** Reads up to {@code n} bytes, fewer only at the end of the input; returns how many. */
  private int readUpTo(byte[] into, int from, int n) throws IOException {
    int total = 0;
    while (total < n) {
      int r = in.read(into, from + total, n - total);
      if (r < 0) {
        break;
      }
      total += r;
    }
    offset += total;
    return total;
  }
}
