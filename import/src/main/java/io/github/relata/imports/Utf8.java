package io.github.relata.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says on which line and column a bad byte is. */
final class Utf8 {

  private Utf8() {}

  /**
   * Decodes bytes that must be UTF-8, dropping a leading byte-order mark.
   *
   * @param bytes the bytes
   * @param length how many of them to decode
   * @param firstLine the line number of the first byte, for the message
   * @return the text
   * @throws BadItem naming the line and column of the first byte that is not UTF-8
   */
  static String decode(byte[] bytes, int length, int firstLine) throws BadItem {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int bad = in.position();
      int line = firstLine;
      int lineStart = 0;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= length || bytes[i + 1] != '\n'))) {
          line++;
          lineStart = i + 1;
        }
      }
      throw new BadItem(line, String.format("not valid UTF-8: byte 0x%02X at line %d, column %d", bytes[bad] & 0xFF, line, bad - lineStart + 1));
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
