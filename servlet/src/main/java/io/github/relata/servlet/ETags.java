package io.github.relata.servlet;

import com.google.common.hash.Hashing;
import java.util.Enumeration;
import org.jspecify.annotations.Nullable;

/**
 * Entity tags of answers: a strong tag made from a hash of the answer's bytes, so that it changes exactly
 * when the answer does and is the same on every server that holds the same posts.
 */
final class ETags {

  private ETags() {}

  /** Returns the quoted entity tag of an answer body, such as {@code "3f2a…"} (32 hex digits). */
  static String of(byte[] body) {
    return '"' + Hashing.murmur3_128().hashBytes(body).toString() + '"';
  }

  /**
   * Returns whether an {@code If-None-Match} request header matches a tag, by the weak comparison that RFC
   * 9110 prescribes for it: {@code *}, or any listed tag with the same opaque value, {@code W/} or not.
   *
   * @param headers the header's values, or null when the request has none
   * @param tag the answer's quoted tag
   */
  static boolean noneMatch(@Nullable Enumeration<String> headers, String tag) {
    if (headers == null) {
      return false;
    }
    while (headers.hasMoreElements()) {
      String header = headers.nextElement();
      if (header == null) {
        continue;
      }
      for (String candidate : header.split(",")) {
        String t = candidate.strip();
        if (t.equals("*")) {
          return true;
        }
        if (t.startsWith("W/")) {
          t = t.substring(2);
        }
        if (t.equals(tag)) {
          return true;
        }
      }
    }
    return false;
  }
}
