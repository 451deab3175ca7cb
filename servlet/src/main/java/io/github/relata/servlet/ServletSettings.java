package io.github.relata.servlet;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.relata.Article;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link RelatedPostsServlet} answers: set in code by its builder, then overridden by the init
 * parameters the container gives it.
 *
 * @param allowedOrigin the {@code Access-Control-Allow-Origin} value, or null for none
 * @param links gives each post's address
 * @param maxAge how long caches may keep an answer without asking again; zero for "no-cache"
 * @param onQuery told how long each related-posts query took
 */
record ServletSettings(
    @Nullable String allowedOrigin, Function<Article, @Nullable String> links, Duration maxAge, Consumer<Duration> onQuery) {

  /** The longest {@code max-age}, a year, in seconds. */
  static final long MAX_AGE_SECONDS = 31_536_000;

  private static final Pattern ORIGIN = Pattern.compile("\\*|(?i)https?://[a-z0-9.-]+(:[0-9]{1,5})?|(?i)https?://\\[[0-9a-f:.]+\\](:[0-9]{1,5})?");

  static ServletSettings defaults() {
    return new ServletSettings(null, RelatedList::ownUrl, Duration.ZERO, d -> {});
  }

  /** Returns these settings with those the init parameters give; {@code source} names them in errors. */
  ServletSettings withInitParameters(Function<String, @Nullable String> parameters) {
    ServletSettings s = this;
    String origin = parameters.apply(RelatedPostsServlet.ALLOWED_ORIGIN);
    if (origin != null) {
      s = new ServletSettings(origin(origin, "init parameter " + RelatedPostsServlet.ALLOWED_ORIGIN), s.links, s.maxAge, s.onQuery);
    }
    String links = parameters.apply(RelatedPostsServlet.LINKS);
    if (links != null) {
      s = new ServletSettings(s.allowedOrigin, RelatedList.linkPattern(links), s.maxAge, s.onQuery);
    }
    String maxAge = parameters.apply(RelatedPostsServlet.MAX_AGE);
    if (maxAge != null) {
      s = new ServletSettings(s.allowedOrigin, s.links, maxAge(maxAge, "init parameter " + RelatedPostsServlet.MAX_AGE), s.onQuery);
    }
    return s;
  }

  /** Returns the {@code Cache-Control} of successful answers. */
  String cacheControl() {
    return maxAge.isZero() ? "no-cache" : "public, max-age=" + maxAge.toSeconds();
  }

  /**
   * Checks an allowed origin: "*" or a scheme, host and optional port, such as {@code https://example.org}.
   *
   * @throws IllegalArgumentException naming the source and the value
   */
  static String origin(String value, String source) {
    checkArgument(ORIGIN.matcher(value.strip()).matches(),
        "%s must be * or an origin such as https://example.org (scheme, host, optional port): '%s'", source, Messages.shown(value));
    return value.strip();
  }

  /**
   * Checks a cache lifetime.
   *
   * @throws IllegalArgumentException naming the source and the value
   */
  static Duration maxAge(Duration value, String source) {
    checkArgument(!value.isNegative() && value.toSeconds() <= MAX_AGE_SECONDS,
        "%s must be from 0 to %s seconds: %s", source, MAX_AGE_SECONDS, value.toSeconds());
    return Duration.ofSeconds(value.toSeconds());
  }

  private static Duration maxAge(String value, String source) {
    long seconds;
    try {
      seconds = Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      seconds = -1;
    }
    checkArgument(seconds >= 0 && seconds <= MAX_AGE_SECONDS,
        "%s must be a whole number of seconds from 0 to %s: '%s'", source, MAX_AGE_SECONDS, Messages.shown(value));
    return Duration.ofSeconds(seconds);
  }
}
