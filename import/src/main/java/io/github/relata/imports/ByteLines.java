package io.github.relata.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of bytes, ending at {@code \n}, {@code \r\n} or a lone {@code \r}, and counts
 * them, so that a problem found while decoding or parsing a line is reported on that line. A line longer
 * than the limit is not held: its first bytes are kept, the rest is counted and dropped. Not thread-safe.
 */
final class ByteLines {

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private boolean pendingCr;
  private byte[] line = new byte[256];
  private int length;
  private long fullLength;
  private int number;

  ByteLines(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Reads the next line; returns false at the end of the stream. */
  boolean next() throws IOException {
    length = 0;
    fullLength = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          if (any) {
            number++;
          }
          return any;
        }
      }
      byte b = buffer[position++];
      if (pendingCr) {
        pendingCr = false;
        if (b == '\n') {
          continue;
        }
      }
      if (b == '\n' || b == '\r') {
        pendingCr = b == '\r';
        number++;
        return true;
      }
      any = true;
      fullLength++;
      if (length < maxLineBytes + 1) {
        if (length == line.length) {
          line = Arrays.copyOf(line, Math.min(Math.max(16, line.length * 2), maxLineBytes + 1));
        }
        line[length++] = b;
      }
    }
  }

  /** Returns the 1-based number of the line last read. */
  int number() {
    return number;
  }

  /** Returns whether the line last read is longer than the limit (and so only partly held). */
  boolean tooLong() {
    return fullLength > maxLineBytes;
  }

  /** Returns the length in bytes of the line last read, all of it. */
  long fullLength() {
    return fullLength;
  }

  /** Returns the buffer holding the line last read; valid up to {@link #length()}. */
  byte[] bytes() {
    return line;
  }

  /** Returns how many bytes of the line {@link #bytes()} holds. */
  int length() {
    return length;
  }
}
