package io.github.relata.spring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.relata.Article;
import io.github.relata.ArticleIndex;
import io.github.relata.Filter;
import io.github.relata.LiveIndex;
import io.github.relata.servlet.RelatedList;
import java.time.Duration;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Related lists for server-rendered pages: what a controller puts in its model so that a Thymeleaf page can
 * include the list with {@code <div th:replace="~{relata/related :: list}"></div>}. A bean of the starter,
 * with the links of {@code relata.links}; queries are timed like the endpoint's. Thread-safe.
 */
public final class RelatedLists {

  /** The model attribute of the list, which the fragment reads. */
  public static final String LIST = "relataList";

  /** The model attribute of the list's words and date format, which the fragment reads. */
  public static final String LABELS = "relataLabels";

  private final LiveIndex index;
  private final Function<Article, @Nullable String> links;
  private final Consumer<Duration> onQuery;

  /**
   * Creates the lists of an index.
   *
   * @param index the posts
   * @param links gives each post's address
   * @param onQuery told how long each query took
   */
  public RelatedLists(LiveIndex index, Function<Article, @Nullable String> links, Consumer<Duration> onQuery) {
    this.index = checkNotNull(index, "index");
    this.links = checkNotNull(links, "links");
    this.onQuery = checkNotNull(onQuery, "onQuery");
  }

  /**
   * Returns a post's related list, from the index's current snapshot.
   *
   * @param id a post id
   * @param limit the longest list, at least 1
   * @return the list, or empty when no post has this id
   * @throws IllegalArgumentException if {@code limit} is less than 1
   */
  public Optional<RelatedList> of(String id, int limit) {
    checkArgument(limit >= 1, "limit must be at least 1: %s", limit);
    return of(id, Filter.none().limit(limit));
  }

  /**
   * Returns a post's related list as long as the engine's {@code maxResults}, from the current snapshot.
   *
   * @param id a post id
   * @return the list, or empty when no post has this id
   */
  public Optional<RelatedList> of(String id) {
    return of(id, Filter.none());
  }

  private Optional<RelatedList> of(String id, Filter filter) {
    checkNotNull(id, "id");
    ArticleIndex snapshot = index.snapshot();
    Article post = snapshot.article(id).orElse(null);
    if (post == null) {
      return Optional.empty();
    }
    long start = System.nanoTime();
    RelatedList list = RelatedList.of(post, snapshot.relatedTo(id, filter), links);
    onQuery.accept(Duration.ofNanos(System.nanoTime() - start));
    return Optional.of(list);
  }

  /**
   * Returns the model attributes of a post's related list, as long as the engine's {@code maxResults}:
   * {@value #LIST} and {@value #LABELS}, for {@code model.addAllAttributes(...)}.
   *
   * @param id a post id
   * @return the two attributes
   * @throws NoSuchElementException naming the id if no post has it
   */
  public Map<String, Object> model(String id) {
    RelatedList list = of(id).orElseThrow(() -> new NoSuchElementException("unknown post id: " + id));
    return Map.of(LIST, list, LABELS, list.language());
  }
}
