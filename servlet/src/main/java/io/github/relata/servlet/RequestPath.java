package io.github.relata.servlet;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The post id and format a request asks for, read from the path after the servlet's mapping:
 * {@code /related/{id}}, {@code /related/{id}.json} or {@code /related/{id}.html}.
 *
 * <p>The id is taken from the undecoded request URI and percent-decoded here as UTF-8, so an id may hold
 * any character, {@code /} included (as {@code %2F} or as it is).
 *
 * @param id the decoded post id; "" when the path has none
 * @param html whether the path ends in {@code .html}
 */
record RequestPath(String id, boolean html) {

  private static final String HTML = ".html";
  private static final String JSON = ".json";

  /**
   * Reads the id from a request.
   *
   * @throws IllegalArgumentException naming the (shortened) path if its percent-encoding is not UTF-8
   */
  static RequestPath of(HttpServletRequest request) {
    String raw = raw(request);
    if (raw.startsWith("/")) {
      raw = raw.substring(1);
    }
    boolean html = raw.endsWith(HTML);
    if (html) {
      raw = raw.substring(0, raw.length() - HTML.length());
    } else if (raw.endsWith(JSON)) {
      raw = raw.substring(0, raw.length() - JSON.length());
    }
    return new RequestPath(decode(raw), html);
  }

  /** Returns the undecoded path after the servlet path, or the container's decoded one when they differ. */
  private static String raw(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String prefix = request.getContextPath() + request.getServletPath();
    if (uri != null && uri.startsWith(prefix)) {
      return uri.substring(prefix.length());
    }
    @Nullable String pathInfo = request.getPathInfo();
    return pathInfo == null ? "" : encodePercent(pathInfo);
  }

  /** Escapes the '%' of an already decoded path, so that decoding it again gives it back. */
  private static String encodePercent(String decoded) {
    return decoded.replace("%", "%25");
  }

  /**
   * Percent-decodes a path segment as UTF-8 ('+' is a plus sign in paths).
   *
   * @throws IllegalArgumentException if a '%' is not followed by two hex digits or the bytes are not UTF-8
   */
  static String decode(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); ) {
      char c = raw.charAt(i);
      if (c == '%') {
        int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
        int low = high >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
        if (low < 0) {
          throw new IllegalArgumentException("post id has a '%' that is not followed by two hex digits: " + Messages.shown(raw));
        }
        bytes.write(high * 16 + low);
        i += 3;
      } else {
        int cp = raw.codePointAt(i);
        byte[] utf8 = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        bytes.write(utf8, 0, utf8.length);
        i += Character.charCount(cp);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("post id is not percent-encoded UTF-8: " + Messages.shown(raw), e);
    }
  }
}
