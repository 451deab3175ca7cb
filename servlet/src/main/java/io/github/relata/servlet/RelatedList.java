package io.github.relata.servlet;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hashing;

import io.github.relata.Article;
import io.github.relata.RelatedPost;
import io.github.relata.Signal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The related list of one post as pages and the JSON API show it: {@code {"id": ..., "lang": ...,
 * "related": [...]}}. Immutable.
 *
 * @param id the id of the post the list belongs to
 * @param lang the language the list's words and dates are in ("sv" or "en"), that of the post
 * @param related the related posts, best first
 */
public record RelatedList(String id, String lang, List<RelatedItem> related) {

  private static final String ID = "{id}";

  /**
   * Checks and copies the components.
   *
   * @throws NullPointerException if a component is null
   */
  public RelatedList {
    checkNotNull(id, "id");
    checkNotNull(lang, "lang");
    related = List.copyOf(related);
  }

  /**
   * Returns the list of a post.
   *
   * @param post the post whose list it is; its language chooses the list's words and date format
   * @param related the engine's related posts for it, best first
   * @param links gives each post's address, or null for none
   * @return the list
   */
  public static RelatedList of(Article post, List<RelatedPost> related, Function<Article, @Nullable String> links) {
    PostLanguage language = PostLanguage.of(post.language());
    List<RelatedItem> items = new ArrayList<>(related.size());
    for (RelatedPost r : related) {
      items.add(RelatedItem.of(r, language, links));
    }
    return new RelatedList(post.id(), language.code(), items);
  }

  /**
   * Links each post to its own {@link Article#url()}; the default of {@link RelatedPostsServlet}.
   *
   * @param post a post
   * @return its address, or null when it has none
   */
  public static @Nullable String ownUrl(Article post) {
    return post.url();
  }

  /**
   * Returns links to an address pattern: {@code "/posts/{id}"} links a post to {@code /posts/} and its id,
   * percent-encoded as a path segment.
   *
   * @param pattern an address with {@code {id}} in it: a path, a relative reference or an http(s) address
   * @return the links
   * @throws IllegalArgumentException if the pattern has no {@code {id}} or is not a safe address
   */
  public static Function<Article, @Nullable String> linkPattern(String pattern) {
    checkNotNull(pattern, "pattern");
    checkArgument(pattern.contains(ID), "links pattern must contain %s: '%s'", ID, Messages.shown(pattern));
    checkArgument(RelatedItem.safeUrl(pattern.replace(ID, "x")) != null,
        "links pattern must be a path, a relative reference or an http(s) address: '%s'", Messages.shown(pattern));
    String trimmed = pattern.strip();
    return post -> trimmed.replace(ID, URLEncoder.encode(post.id(), StandardCharsets.UTF_8).replace("+", "%20"));
  }

  /** Returns the id of the list's heading element, made from the post id so that it is a valid HTML id. */
  public String headingId() {
    return "relata-heading-" + Hashing.murmur3_32_fixed().hashString(id, StandardCharsets.UTF_8);
  }

  /**
   * Returns the legend of the explanation bars: one entry per signal that contributes to any item.
   *
   * @param language the words for the signals' names
   * @return one segment per signal, in signal order, with the signal's largest share as its value
   */
  public List<RelatedItem.BarSegment> legend(PostLanguage language) {
    Map<String, RelatedItem.BarSegment> bySignal = new TreeMap<>();
    for (RelatedItem item : related) {
      for (RelatedItem.BarSegment segment : item.bar(language)) {
        bySignal.merge(segment.signal(), segment, (a, b) -> a.value() >= b.value() ? a : b);
      }
    }
    List<RelatedItem.BarSegment> legend = new ArrayList<>();
    for (Signal s : Signal.values()) {
      RelatedItem.BarSegment segment = bySignal.get(RelatedItem.key(s));
      if (segment != null) {
        legend.add(segment);
      }
    }
    return legend;
  }

  /** Returns the words and date format of this list's language. */
  public PostLanguage language() {
    return PostLanguage.of(lang);
  }
}
