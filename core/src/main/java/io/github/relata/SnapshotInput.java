package io.github.relata;

import io.github.relata.SnapshotException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;

/**
 * Reads snapshot content written by {@link SnapshotOutput}: checks the preamble, then each block's checksum
 * before any of its bytes is read, and every length against the bytes the file has left before allocating
 * for it (for a stream of unknown length, arrays grow as their bytes arrive instead). Not thread-safe.
 */
final class SnapshotInput {

  /** Without a known length, arrays start at most this many bytes large and grow as they are read. */
  private static final int UNBOUNDED_START = 1 << 22;

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
  private String section = "the preamble";
  private final @Nullable EndCheck endCheck;

  /** Tells whether a file ends with an end marker: a length that claims more than the file has left is then wrong, else the file was cut short. */
  @FunctionalInterface
  interface EndCheck {
    boolean endsWithEndMarker() throws IOException;
  }

  /**
   * Reads and checks the preamble.
   *
   * @param source the file's name, or "the stream", for messages
   * @param size the file's length in bytes, or -1 when unknown
   */
  SnapshotInput(InputStream in, String source, long size, @Nullable EndCheck endCheck) throws IOException {
    this.in = in;
    this.source = source;
    this.size = size;
    this.endCheck = endCheck;
    byte[] preamble = new byte[SnapshotFormat.PREAMBLE];
    int read = readUpTo(preamble, 0, preamble.length);
    SnapshotFormat.checkPreamble(preamble, read, source);
    buf.limit(0);
  }

  String source() {
    return source;
  }

  /** Reads a section's tag and fails unless it is {@code tag}. */
  void expect(String tag) throws IOException {
    long at = contentOffset();
    int found = readInt();
    if (found != SnapshotOutput.tag(tag)) {
      throw inconsistent("expected section " + tag + " at content byte " + at + ", found " + tagName(found));
    }
    section = "section " + tag;
  }

  private static String tagName(int tag) {
    StringBuilder s = new StringBuilder();
    for (int shift = 24; shift >= 0; shift -= 8) {
      int c = (tag >>> shift) & 0xFF;
      s.append(c >= 0x20 && c < 0x7F ? (char) c : '?');
    }
    return s.toString();
  }

  int readByte() throws IOException {
    ensure(1);
    return buf.get();
  }

  boolean readBoolean() throws IOException {
    int b = readByte();
    if (b != 0 && b != 1) {
      throw inconsistent("a flag of value " + b + " at content byte " + (contentOffset() - 1));
    }
    return b == 1;
  }

  int readInt() throws IOException {
    ensure(4);
    return buf.getInt();
  }

  long readLong() throws IOException {
    ensure(8);
    return buf.getLong();
  }

  float readFloat() throws IOException {
    ensure(4);
    return buf.getFloat();
  }

  double readDouble() throws IOException {
    ensure(8);
    return buf.getDouble();
  }

  /**
   * Reads a count of things that take at least {@code bytesEach} bytes each, checked against the bytes left.
   *
   * @param what what is counted, for messages
   */
  int readCount(String what, int bytesEach) throws IOException {
    int n = readInt();
    checkCount(n, bytesEach, what);
    return n;
  }

  /** Fails unless {@code n} things of {@code bytesEach} bytes fit in what the file has left. */
  void checkCount(long n, int bytesEach, String what) throws IOException {
    if (n < 0) {
      throw inconsistent(what + ": a negative count, " + n);
    }
    if (size >= 0 && n * bytesEach > bytesLeft()) {
      if (endCheck != null && !endCheck.endsWithEndMarker()) {
        throw new SnapshotException(Problem.TRUNCATED, source + ": truncated: it ends at byte " + size + ", before the end of " + section
            + " (" + what + " need " + n * bytesEach + " bytes more); the snapshot was cut short after it was written (an interrupted copy, a full disk?)");
      }
      throw inconsistent(what + ": " + n + " entries of " + bytesEach + (bytesEach == 1 ? " byte" : " bytes")
          + " or more, but only " + bytesLeft() + " bytes are left in the file");
    }
  }

  /** Checks a value read from the content: fails, naming {@code what}, unless {@code ok}. */
  void check(boolean ok, String what, @Nullable Object value) throws SnapshotException {
    if (!ok) {
      throw inconsistent(what + ": " + value);
    }
  }

  /** Returns how many elements of an array of {@code n} to allocate before any is read; grow it as they are. */
  int initial(int n, int bytesEach) {
    return size >= 0 ? n : Math.min(n, UNBOUNDED_START / bytesEach);
  }

  private static int grown(int length, int n) {
    return (int) Math.min(n, Math.max(16, 2L * length));
  }

  int[] readInts(String what) throws IOException {
    return read(readCount(what, 4), 4, int[]::new, (b, a, at, k) -> b.asIntBuffer().get(a, at, k));
  }

  long[] readLongs(String what) throws IOException {
    return read(readCount(what, 8), 8, long[]::new, (b, a, at, k) -> b.asLongBuffer().get(a, at, k));
  }

  float[] readFloats(String what) throws IOException {
    return read(readCount(what, 4), 4, float[]::new, (b, a, at, k) -> b.asFloatBuffer().get(a, at, k));
  }

  char[] readChars(String what) throws IOException {
    return readChars(readCount(what, 2));
  }

  private char[] readChars(int n) throws IOException {
    return read(n, 2, char[]::new, (b, a, at, k) -> b.asCharBuffer().get(a, at, k));
  }

  byte[] readBytes(String what) throws IOException {
    return readBytes(readCount(what, 1));
  }

  private byte[] readBytes(int n) throws IOException {
    return read(n, 1, byte[]::new, (b, a, at, k) -> b.duplicate().get(a, at, k));
  }

  /** Copies {@code count} elements from the start of a buffer into {@code array} at {@code at}. */
  @FunctionalInterface
  private interface Copy<A> {
    void copy(ByteBuffer from, A array, int at, int count);
  }

  /**
   * Reads {@code n} elements of {@code bytesEach} bytes into a primitive array, block by block; for a stream,
   * the array starts small and grows as its bytes arrive, so that a wrong length costs no more memory than the
   * bytes that are there.
   */
  private <A> A read(int n, int bytesEach, IntFunction<A> allocate, Copy<A> copy) throws IOException {
    A array = allocate.apply(initial(n, bytesEach));
    int length = Array.getLength(array);
    for (int filled = 0; filled < n; ) {
      if (filled == length) {
        A grown = allocate.apply(grown(length, n));
        System.arraycopy(array, 0, grown, 0, length);
        array = grown;
        length = Array.getLength(array);
      }
      ensure(bytesEach);
      int k = Math.min(length - filled, buf.remaining() / bytesEach);
      copy.copy(buf, array, filled, k);
      buf.position(buf.position() + bytesEach * k);
      filled += k;
    }
    return array;
  }

  /** Reads a string written by {@link SnapshotOutput#writeString}. */
  String readString(String what) throws IOException {
    int header = readInt();
    int length = header >>> 1;
    if ((header & 1) == 1) {
      checkCount(length, 2, what);
      return new String(readChars(length));
    }
    checkCount(length, 1, what);
    if (length <= buf.remaining()) {
      String s = new String(window, buf.position(), length, StandardCharsets.UTF_8);
      buf.position(buf.position() + length);
      return s;
    }
    return new String(readBytes(length), StandardCharsets.UTF_8);
  }

  @Nullable String readNullableString(String what) throws IOException {
    return readBoolean() ? readString(what) : null;
  }

  /** Checks that the content ends here, with the end marker, and that nothing follows it. */
  void finish() throws IOException {
    if (buf.hasRemaining() || !ended && nextBlock()) {
      throw inconsistent(buf.remaining() + " bytes of content follow the last section");
    }
    if (in.read() != -1) {
      throw new SnapshotException(Problem.CORRUPT, source + ": corrupt: bytes follow the end of the snapshot at byte " + offset
          + (size >= 0 ? " (the file has " + size + " bytes)" : ""));
    }
  }

  /** The position in the content of the next unread byte. */
  private long contentOffset() {
    return content - buf.remaining();
  }

  private long bytesLeft() {
    return buf.remaining() + Math.max(0, size - offset);
  }

  /** Makes at least {@code n} (at most 16) unread bytes contiguous in the window. */
  private void ensure(int n) throws IOException {
    while (buf.remaining() < n) {
      if (ended || !nextBlock()) {
        throw inconsistent("the content ends inside " + section + ", at content byte " + contentOffset());
      }
    }
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

  SnapshotException inconsistent(String what) {
    return new SnapshotException(Problem.CORRUPT, source + ": corrupt: inconsistent content, though every checksum matches: " + what);
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
