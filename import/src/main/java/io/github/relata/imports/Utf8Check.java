package io.github.relata.imports;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks, as an XML document is read, that its bytes are UTF-8, counting lines, so that a bad byte is
 * reported with its line and column (the XML parser gives only a character offset). Documents whose XML
 * declaration names another encoding pass unchecked.
 */
final class Utf8Check extends FilterInputStream {

  /** A byte that is not UTF-8, where it is. */
  static final class BadByte extends IOException {
    private static final long serialVersionUID = 1L;
    final int line;

    BadByte(int value, int line, int column) {
      super(String.format(Locale.ROOT, "not valid UTF-8: byte 0x%02X at line %d, column %d", value, line, column));
      this.line = line;
    }
  }

  private static final Pattern ENCODING = Pattern.compile("^(?:\\xEF\\xBB\\xBF)?<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']");

  private int line = 1;
  private int column;
  private int expected;
  private int lead;
  private int leadColumn;
  private int second = -1;

  private Utf8Check(InputStream in) {
    super(in);
  }

  /** Returns {@code in}, checked when its declared encoding is UTF-8 or none. */
  static InputStream wrap(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    buffered.mark(512);
    byte[] head = buffered.readNBytes(512);
    buffered.reset();
    Matcher declared = ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
    if (declared.find() && !declared.group(1).replace("-", "").equalsIgnoreCase("utf8")) {
      return buffered;
    }
    return new Utf8Check(buffered);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      check(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = 0; i < n; i++) {
      check(buffer[offset + i] & 0xFF);
    }
    return n;
  }

  private void check(int b) throws BadByte {
    column++;
    if (expected > 0) {
      boolean ok = b >= 0x80 && b <= 0xBF;
      if (second < 0) {
        // The second byte of a sequence has tighter bounds: no overlong forms, no surrogates, nothing past U+10FFFF.
        ok &= !(lead == 0xE0 && b < 0xA0) && !(lead == 0xED && b > 0x9F) && !(lead == 0xF0 && b < 0x90) && !(lead == 0xF4 && b > 0x8F);
        second = b;
      }
      if (!ok) {
        throw new BadByte(lead, line, leadColumn);
      }
      expected--;
      return;
    }
    second = -1;
    if (b < 0x80) {
      if (b == '\n') {
        line++;
        column = 0;
      }
      return;
    }
    lead = b;
    leadColumn = column;
    if (b >= 0xC2 && b <= 0xDF) {
      expected = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      expected = 2;
    } else if (b >= 0xF0 && b <= 0xF4) {
      expected = 3;
    } else {
      throw new BadByte(b, line, column);
    }
  }
}
