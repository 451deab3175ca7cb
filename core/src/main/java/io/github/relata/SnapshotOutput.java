package io.github.relata;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;

/**
 * Writes snapshot content in checked blocks ({@link SnapshotFormat}): primitives, arrays and strings,
 * big-endian, buffered one block at a time. Not thread-safe.
 */
final class SnapshotOutput {

  /** Strings longer than this many bytes cannot be written (the length and its flag share an int). */
  static final int MAX_STRING_BYTES = Integer.MAX_VALUE >> 1;

  private final OutputStream out;
  private final ByteBuffer block = ByteBuffer.allocate(SnapshotFormat.MAX_BLOCK);
  private final ByteBuffer frame = ByteBuffer.allocate(12);
  private final CRC32C crc = new CRC32C();
  private long contentLength;

  /** Writes the preamble to {@code out}; the content follows. */
  SnapshotOutput(OutputStream out) throws IOException {
    this.out = out;
    out.write(SnapshotFormat.preamble());
  }

  /** Writes a section's four-letter tag. */
  void section(String tag) throws IOException {
    writeInt(tag(tag));
  }

  static int tag(String tag) {
    checkArgument(tag.length() == 4, "a section tag has four letters: %s", tag);
    return tag.charAt(0) << 24 | tag.charAt(1) << 16 | tag.charAt(2) << 8 | tag.charAt(3);
  }

  void writeByte(int value) throws IOException {
    room(1);
    block.put((byte) value);
  }

  void writeBoolean(boolean value) throws IOException {
    writeByte(value ? 1 : 0);
  }

  void writeInt(int value) throws IOException {
    room(4);
    block.putInt(value);
  }

  void writeLong(long value) throws IOException {
    room(8);
    block.putLong(value);
  }

  void writeFloat(float value) throws IOException {
    room(4);
    block.putFloat(value);
  }

  void writeDouble(double value) throws IOException {
    room(8);
    block.putDouble(value);
  }

  /** Writes the length, then the values. */
  void writeInts(int[] values) throws IOException {
    writeInt(values.length);
    for (int from = 0; from < values.length; ) {
      room(4);
      int n = Math.min(values.length - from, block.remaining() / 4);
      block.asIntBuffer().put(values, from, n);
      block.position(block.position() + 4 * n);
      from += n;
    }
  }

  /** Writes the length, then the values. */
  void writeLongs(long[] values) throws IOException {
    writeInt(values.length);
    for (int from = 0; from < values.length; ) {
      room(8);
      int n = Math.min(values.length - from, block.remaining() / 8);
      block.asLongBuffer().put(values, from, n);
      block.position(block.position() + 8 * n);
      from += n;
    }
  }

  /** Writes the length, then the values. */
  void writeFloats(float[] values) throws IOException {
    writeInt(values.length);
    for (int from = 0; from < values.length; ) {
      room(4);
      int n = Math.min(values.length - from, block.remaining() / 4);
      block.asFloatBuffer().put(values, from, n);
      block.position(block.position() + 4 * n);
      from += n;
    }
  }

  /** Writes the length, then the values. */
  void writeChars(char[] values) throws IOException {
    writeChars(values, 0, values.length);
  }

  /** Writes the length, then {@code values[from, to)}. */
  void writeChars(char[] values, int from, int to) throws IOException {
    writeInt(to - from);
    while (from < to) {
      room(2);
      int n = Math.min(to - from, block.remaining() / 2);
      block.asCharBuffer().put(values, from, n);
      block.position(block.position() + 2 * n);
      from += n;
    }
  }

  /** Writes the length, then the values. */
  void writeBytes(byte[] values) throws IOException {
    writeBytes(values, 0, values.length);
  }

  /** Writes the length, then {@code values[from, to)}. */
  void writeBytes(byte[] values, int from, int to) throws IOException {
    writeInt(to - from);
    while (from < to) {
      room(1);
      int n = Math.min(to - from, block.remaining());
      block.put(values, from, n);
      from += n;
    }
  }

  /**
   * Writes a string exactly, as UTF-8, or as UTF-16 when it holds an unpaired surrogate (which UTF-8
   * cannot carry): an int of the length times two, plus one for UTF-16, then the bytes or chars.
   */
  void writeString(String value) throws IOException {
    if (wellFormed(value)) {
      byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
      checkArgument(utf8.length <= MAX_STRING_BYTES, "a string of %s bytes is too long for a snapshot", utf8.length);
      writeInt(utf8.length << 1);
      for (int from = 0; from < utf8.length; ) {
        room(1);
        int n = Math.min(utf8.length - from, block.remaining());
        block.put(utf8, from, n);
        from += n;
      }
    } else {
      checkArgument(value.length() <= MAX_STRING_BYTES, "a string of %s chars is too long for a snapshot", value.length());
      writeInt(value.length() << 1 | 1);
      for (int from = 0; from < value.length(); ) {
        room(2);
        int n = Math.min(value.length() - from, block.remaining() / 2);
        for (int i = 0; i < n; i++) {
          block.putChar(value.charAt(from + i));
        }
        from += n;
      }
    }
  }

  /** Writes a flag, then the string if there is one. */
  void writeNullableString(@Nullable String value) throws IOException {
    writeBoolean(value != null);
    if (value != null) {
      writeString(value);
    }
  }

  /** Whether every surrogate in {@code s} is part of a pair. */
  static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return false;
        }
      }
    }
    return true;
  }

  /** Writes the last block and the end marker, and flushes; the underlying stream stays open. */
  void finish() throws IOException {
    flushBlock();
    writeLength(0);
    frame.clear();
    frame.putLong(contentLength);
    crc.update(frame.array(), 0, 8);
    frame.putInt((int) crc.getValue());
    out.write(frame.array(), 0, 12);
    out.flush();
  }

  /** Writes a block's length and the length's own checksum, and adds the length to the running checksum. */
  private void writeLength(int length) throws IOException {
    frame.clear();
    frame.putInt(length);
    crc.update(frame.array(), 0, 4);
    frame.putInt(SnapshotFormat.crc(frame.array(), 0, 4));
    out.write(frame.array(), 0, 8);
  }

  private void room(int bytes) throws IOException {
    if (block.remaining() < bytes) {
      flushBlock();
    }
  }

  private void flushBlock() throws IOException {
    int length = block.position();
    if (length == 0) {
      return;
    }
    writeLength(length);
    crc.update(block.array(), 0, length);
    out.write(block.array(), 0, length);
    frame.clear();
    frame.putInt((int) crc.getValue());
    out.write(frame.array(), 0, 4);
    contentLength += length;
    block.clear();
  }
}
