package io.github.relata.servlet;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CaseFormat;
import io.github.relata.Article;
import io.github.relata.RelatedPost;
import io.github.relata.Signal;
import io.github.relata.analysis.PlainText;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a related list as a page or the JSON API shows it: what to link to, the excerpt, the date in
 * the list's language, and why the post is related. Immutable.
 *
 * @param id the related post's id
 * @param title its title, as text (templates escape it)
 * @param url where it lives: a path, a relative reference or an http(s) address; null when it has none or
 *     its address was unsafe
 * @param date its publication day as ISO-8601 ("2018-03-14"), or null for an undated post
 * @param dateText that day in the list's language ("14 mars 2018"), or null
 * @param lang its language code, or null when it declares none
 * @param excerpt its summary as plain text, cut at a word boundary with "…" when longer than {@value
 *     #EXCERPT_LENGTH} characters; "" when it has none
 * @param score how related it is, in [0, 1], rounded to four decimals
 * @param sharedTerms the words and phrases both posts share that carried the score, strongest first
 * @param sharedTags the tags and categories both posts have, rarest first
 * @param contributions each signal's share of the score, by signal name in lower camel case ("text",
 *     "title", "tags", "keyTerms", "date", "latent", "neighbours"), rounded to four decimals
 * @param demotedForExposure whether the post's score was lowered because it is close to many posts
 */
public record RelatedItem(
    String id,
    String title,
    @Nullable String url,
    @Nullable String date,
    @Nullable String dateText,
    @Nullable String lang,
    String excerpt,
    double score,
    List<String> sharedTerms,
    List<String> sharedTags,
    Map<String, Double> contributions,
    boolean demotedForExposure) {

  /** At most this many shared terms are shown on a page; the JSON has them all. */
  public static final int SHOWN_TERMS = 6;

  /** The longest excerpt, in characters, the ellipsis included; pages clamp it to two lines. */
  public static final int EXCERPT_LENGTH = 200;

  private static final Map<Signal, String> COLORS =
      Map.of(
          Signal.TEXT, "#2563eb",
          Signal.TITLE, "#0891b2",
          Signal.TAGS, "#16a34a",
          Signal.KEY_TERMS, "#0d9488",
          Signal.DATE, "#d97706",
          Signal.LATENT, "#9333ea",
          Signal.NEIGHBOURS, "#db2777");

  /**
   * Checks and copies the components.
   *
   * @throws NullPointerException if a required component is null
   */
  public RelatedItem {
    checkNotNull(id, "id");
    checkNotNull(title, "title");
    checkNotNull(excerpt, "excerpt");
    sharedTerms = List.copyOf(sharedTerms);
    sharedTags = List.copyOf(sharedTags);
    contributions = Collections.unmodifiableMap(new LinkedHashMap<>(contributions));
  }

  /**
   * Returns the view of one related post.
   *
   * @param related the engine's result
   * @param language the list's language, for the date
   * @param links gives each post's address, or null for none; unsafe addresses (not a path or http(s)) are dropped
   * @return the item
   */
  public static RelatedItem of(RelatedPost related, PostLanguage language, Function<Article, @Nullable String> links) {
    Article post = related.article();
    LocalDate day = post.publishedDate();
    Map<String, Double> contributions = new LinkedHashMap<>();
    for (Map.Entry<Signal, Double> c : related.contributions().entrySet()) {
      contributions.put(key(c.getKey()), round(c.getValue()));
    }
    return new RelatedItem(
        post.id(),
        post.title(),
        safeUrl(links.apply(post)),
        day == null ? null : day.toString(),
        day == null ? null : language.format(day),
        post.language(),
        PlainText.excerpt(PlainText.of(post.summary()), EXCERPT_LENGTH),
        round(related.score()),
        related.sharedTerms(),
        related.sharedTags(),
        contributions,
        related.demotedForExposure());
  }

  /**
   * Returns an address if it is safe to put in a link: an absolute http or https address, a path, or a
   * relative reference. Anything else ({@code javascript:}, {@code data:}, any other scheme, a
   * protocol-relative {@code //host}, a backslash, control characters, or text that is not a URI) gives null.
   *
   * @param url an address, or null
   * @return the address, stripped of surrounding white space, or null when it is null or unsafe
   */
  public static @Nullable String safeUrl(@Nullable String url) {
    if (url == null) {
      return null;
    }
    String candidate = url.strip();
    if (candidate.isEmpty() || candidate.startsWith("//") || candidate.indexOf('\\') >= 0) {
      return null;
    }
    for (int i = 0; i < candidate.length(); i++) {
      char c = candidate.charAt(i);
      if (c < 0x20 || c == 0x7f || Character.isWhitespace(c) || Character.isISOControl(c)) {
        return null;
      }
    }
    URI uri;
    try {
      uri = new URI(candidate);
    } catch (URISyntaxException e) {
      return null;
    }
    String scheme = uri.getScheme();
    if (scheme == null) {
      return candidate;
    }
    boolean web = scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https");
    return web && uri.getRawAuthority() != null ? candidate : null;
  }

  /**
   * Returns a signal's name as it appears in JSON.
   *
   * @param signal the signal
   * @return its name in lower camel case, such as "keyTerms"
   */
  public static String key(Signal signal) {
    return CaseFormat.UPPER_UNDERSCORE.to(CaseFormat.LOWER_CAMEL, signal.name());
  }

  /** Returns the first {@value #SHOWN_TERMS} shared terms, for pages. */
  public List<String> shownTerms() {
    return sharedTerms.subList(0, Math.min(SHOWN_TERMS, sharedTerms.size()));
  }

  /**
   * Returns the segments of the explanation bar: one per contributing signal, as wide as its part of the
   * score, so together they fill the bar.
   *
   * @param language the words for the signals' names
   * @return the segments, in signal order
   */
  public List<BarSegment> bar(PostLanguage language) {
    double total = contributions.values().stream().mapToDouble(v -> Math.max(0, v)).sum();
    List<BarSegment> segments = new ArrayList<>();
    for (Signal s : Signal.values()) {
      Double value = contributions.get(key(s));
      if (value != null && value > 0) {
        String width = String.format(Locale.ROOT, "%.1f%%", value / total * 100);
        segments.add(new BarSegment(key(s), language.signalName(s), value, width, COLORS.get(s)));
      }
    }
    return segments;
  }

  /**
   * Describes the explanation bar in words, for its accessible name and tooltip.
   *
   * @param language the words to use
   * @return such as "score 0.27: text 0.09, tags and categories 0.16, date 0.02"
   */
  public String barLabel(PostLanguage language) {
    StringBuilder label = new StringBuilder(String.format(Locale.ROOT, "%s %.2f", language.score(), score));
    String separator = ": ";
    for (BarSegment segment : bar(language)) {
      label.append(separator).append(String.format(Locale.ROOT, "%s %.2f", segment.label(), segment.value()));
      separator = ", ";
    }
    return label.toString();
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  /**
   * One signal's part of the explanation bar.
   *
   * @param signal the signal's JSON name, such as "text"
   * @param label its name in the list's language
   * @param value its share of the score
   * @param width its CSS width, its part of the score as a percentage of the whole bar ("66.7%")
   * @param color its CSS colour
   */
  public record BarSegment(String signal, String label, double value, String width, String color) {}
}
