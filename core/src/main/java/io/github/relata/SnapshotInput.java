package io.github.relata;

import io.github.relata.SnapshotException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Reads snapshot content written by {@link SnapshotOutput}, from the checked blocks of {@link SnapshotBlocks}:
 * primitives, arrays and strings, each length checked against the bytes the file has left before allocating
 * for it (for a stream of unknown length, arrays grow as their bytes arrive instead). Not thread-safe.
 */
final class SnapshotInput {

  /** Without a known length, arrays start at most this many bytes large and grow as they are read. */
  private static final int UNBOUNDED_START = 1 << 22;

  private final SnapshotBlocks blocks;
  private final String source;
  /** The length of the file, or -1 for a stream. */
  private final long size;
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
    this.blocks = new SnapshotBlocks(in, source, size);
    this.source = source;
    this.size = size;
    this.endCheck = endCheck;
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
    return ensure(1).get();
  }

  boolean readBoolean() throws IOException {
    int b = readByte();
    if (b != 0 && b != 1) {
      throw inconsistent("a flag of value " + b + " at content byte " + (contentOffset() - 1));
    }
    return b == 1;
  }

  int readInt() throws IOException {
    return ensure(4).getInt();
  }

  long readLong() throws IOException {
    return ensure(8).getLong();
  }

  float readFloat() throws IOException {
    return ensure(4).getFloat();
  }

  double readDouble() throws IOException {
    return ensure(8).getDouble();
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
      ByteBuffer buf = ensure(bytesEach);
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
    ByteBuffer buf = blocks.buffer();
    if (length <= buf.remaining()) {
      String s = new String(buf.array(), buf.position(), length, StandardCharsets.UTF_8);
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
    if (blocks.hasMoreContent()) {
      throw inconsistent(blocks.buffer().remaining() + " bytes of content follow the last section");
    }
    blocks.checkNothingFollows();
  }

  private long contentOffset() {
    return blocks.contentOffset();
  }

  private long bytesLeft() {
    return blocks.bytesLeft();
  }

  /** Makes at least {@code n} (at most 16) unread bytes contiguous, and returns the buffer that holds them. */
  private ByteBuffer ensure(int n) throws IOException {
    if (!blocks.fill(n)) {
      throw inconsistent("the content ends inside " + section + ", at content byte " + contentOffset());
    }
    return blocks.buffer();
  }

  SnapshotException inconsistent(String what) {
    return new SnapshotException(Problem.CORRUPT, source + ": corrupt: inconsistent content, though every checksum matches: " + what);
  }
}
