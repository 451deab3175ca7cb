package io.github.relata;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which posts may appear in one related list, and how many: applied before the list is cut, so a filter
 * never leaves a list shorter than it could be. Immutable; each method returns a new filter.
 *
 * <p>Tags and categories are compared without regard to case.
 *
 * <pre>{@code
 * Filter filter = Filter.none().limit(3).excludeIds("about").excludeTags("sponsored");
 * List<RelatedPost> related = index.relatedTo("smart-specialisation", filter);
 * }</pre>
 */
public final class Filter {

  private static final Filter NONE = new Filter(0, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), a -> true);

  private final int limit;
  private final Set<String> excludedIds;
  private final Set<String> requiredTags;
  private final Set<String> excludedTags;
  private final Set<String> requiredCategories;
  private final Set<String> excludedCategories;
  private final Predicate<Article> predicate;

  private Filter(
      int limit,
      Set<String> excludedIds,
      Set<String> requiredTags,
      Set<String> excludedTags,
      Set<String> requiredCategories,
      Set<String> excludedCategories,
      Predicate<Article> predicate) {
    this.limit = limit;
    this.excludedIds = excludedIds;
    this.requiredTags = requiredTags;
    this.excludedTags = excludedTags;
    this.requiredCategories = requiredCategories;
    this.excludedCategories = excludedCategories;
    this.predicate = predicate;
  }

  /** Returns the filter that lets every post through, with the engine's default list length. */
  public static Filter none() {
    return NONE;
  }

  /** The longest list any filter may ask for; an engine's {@link Limits#maxResults()} may allow less. */
  public static final int MAX_LIMIT = 100_000;

  /**
   * Returns this filter with a list length. A list holds at most this many posts, and fewer when fewer are
   * related to the query post.
   *
   * @param limit the most posts to return, from 1 to {@value #MAX_LIMIT} (and at most the engine's {@link
   *     Limits#maxResults()}, checked when the filter is used); overrides the engine's {@code maxResults}
   * @return the new filter
   * @throws IllegalArgumentException if {@code limit} is less than 1 or above {@value #MAX_LIMIT}
   */
  public Filter limit(int limit) {
    checkArgument(limit >= 1 && limit <= MAX_LIMIT, "limit must be from 1 to %s: %s", MAX_LIMIT, limit);
    return new Filter(limit, excludedIds, requiredTags, excludedTags, requiredCategories, excludedCategories, predicate);
  }

  /** Returns this filter also excluding the posts with these ids. */
  public Filter excludeIds(String... ids) {
    return new Filter(limit, union(excludedIds, ids, false), requiredTags, excludedTags, requiredCategories, excludedCategories, predicate);
  }

  /** Returns this filter also requiring each related post to have all these tags. */
  public Filter requireTags(String... tags) {
    return new Filter(limit, excludedIds, union(requiredTags, tags, true), excludedTags, requiredCategories, excludedCategories, predicate);
  }

  /** Returns this filter also excluding posts that have any of these tags. */
  public Filter excludeTags(String... tags) {
    return new Filter(limit, excludedIds, requiredTags, union(excludedTags, tags, true), requiredCategories, excludedCategories, predicate);
  }

  /** Returns this filter also requiring each related post to be in all these categories. */
  public Filter requireCategories(String... categories) {
    return new Filter(limit, excludedIds, requiredTags, excludedTags, union(requiredCategories, categories, true), excludedCategories, predicate);
  }

  /** Returns this filter also excluding posts in any of these categories. */
  public Filter excludeCategories(String... categories) {
    return new Filter(limit, excludedIds, requiredTags, excludedTags, requiredCategories, union(excludedCategories, categories, true), predicate);
  }

  /**
   * Returns this filter also requiring each related post to pass {@code test}.
   *
   * @param test a thread-safe, side-effect-free predicate; it is called for many candidates
   * @return the new filter
   */
  public Filter where(Predicate<Article> test) {
    checkNotNull(test, "test");
    return new Filter(limit, excludedIds, requiredTags, excludedTags, requiredCategories, excludedCategories, predicate.and(test));
  }

  /** Returns the list length, or 0 when the engine's default applies. */
  public int limit() {
    return limit;
  }

  /** Returns whether this filter lets every post through. */
  boolean acceptsAll() {
    return this == NONE || (excludedIds.isEmpty() && requiredTags.isEmpty() && excludedTags.isEmpty()
        && requiredCategories.isEmpty() && excludedCategories.isEmpty() && predicate == NONE.predicate);
  }

  /** Returns whether {@code article} may appear in the list. */
  boolean accepts(Article article) {
    if (excludedIds.contains(article.id())) {
      return false;
    }
    if (!requiredTags.isEmpty() || !excludedTags.isEmpty()) {
      Set<String> tags = folded(article.tags());
      if (!tags.containsAll(requiredTags) || excludedTags.stream().anyMatch(tags::contains)) {
        return false;
      }
    }
    if (!requiredCategories.isEmpty() || !excludedCategories.isEmpty()) {
      Set<String> categories = folded(article.categories());
      if (!categories.containsAll(requiredCategories) || excludedCategories.stream().anyMatch(categories::contains)) {
        return false;
      }
    }
    return predicate.test(article);
  }

  private static Set<String> folded(Set<String> labels) {
    ImmutableSet.Builder<String> folded = ImmutableSet.builder();
    for (String label : labels) {
      folded.add(label.toLowerCase(Locale.ROOT));
    }
    return folded.build();
  }

  private static Set<String> union(Set<String> existing, String[] more, boolean fold) {
    checkNotNull(more, "values");
    ImmutableSet.Builder<String> all = ImmutableSet.<String>builder().addAll(existing);
    for (String value : more) {
      checkNotNull(value, "values must not contain null: %s", Arrays.toString(more));
      all.add(fold ? value.strip().toLowerCase(Locale.ROOT) : value);
    }
    return all.build();
  }

  @Override
  public String toString() {
    return "Filter[limit=" + limit + ", excludedIds=" + excludedIds + ", requiredTags=" + requiredTags
        + ", excludedTags=" + excludedTags + ", requiredCategories=" + requiredCategories
        + ", excludedCategories=" + excludedCategories + "]";
  }
}
