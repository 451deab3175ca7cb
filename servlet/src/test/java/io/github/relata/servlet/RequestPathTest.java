package io.github.relata.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class RequestPathTest {

  @Test
  void decode_percentEncodedUtf8() {
    assertEquals("region/s3 å+", RequestPath.decode("region%2Fs3%20%C3%A5+"));
    assertEquals("a\0b", RequestPath.decode("a%00b"));
    assertEquals("plain", RequestPath.decode("plain"));
    assertEquals("😀", RequestPath.decode("%F0%9F%98%80"));
    assertEquals("😀x", RequestPath.decode("😀x"));
  }

  @Test
  void decode_badPercentEncoding_throwsNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RequestPath.decode("a%ZZ"));
    assertEquals("post id has a '%' that is not followed by two hex digits: a%ZZ", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RequestPath.decode("a%2"));
  }

  @Test
  void decode_notUtf8_throwsNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RequestPath.decode("%FF%FE"));
    assertTrue(e.getMessage().startsWith("post id is not percent-encoded UTF-8: %FF%FE"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RequestPath.decode("%C0%AF"), "overlong encoding of '/'");
  }

  @Test
  void shown_boundsLongValues() {
    assertEquals("abc", Messages.shown("abc"));
    String shown = Messages.shown("😀".repeat(100));
    assertTrue(shown.endsWith("… (200 characters)"), shown);
    assertTrue(Character.isHighSurrogate(shown.charAt(Messages.SHOWN - 2)) || !Character.isHighSurrogate(shown.charAt(Messages.SHOWN - 1)), "never half a pair");
  }
}
