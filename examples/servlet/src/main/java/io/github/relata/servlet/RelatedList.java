package io.github.relata.servlet;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.relata.Article;
import io.github.relata.RelatedPost;
import io.github.relata.Signal;
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
