package io.github.relata;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import io.github.relata.Options.NewerPosts;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Which posts may appear in one related list, and how many: applied before the list is cut, so a filter
 * never leaves a list shorter than it could be. Immutable and thread-safe; each method returns a new filter.
 *
 * <p>Tags and categories are compared without regard to case. The date rules ({@link #newerPosts}, {@link
 * #maxAge}) replace the engine's for this query only; a filter that does not set them keeps the engine's.
 *
 * <pre>{@code
 * Filter filter = Filter.none().limit(3).excludeIds("about").excludeTags("sponsored");
 * List<RelatedPost> related = index.relatedTo("smart-specialisation", filter);
 * }</pre>
 */
public final class Filter {

  /** The longest list any filter may ask for; an engine's {@link Limits#maxResults()} may allow less. */
  public static final int MAX_LIMIT = 100_000;

  /** The list length of a filter that has none: the engine's {@code maxResults} applies. */
  private static final int NO_LIMIT = 0;

  private static final Filter NONE = new Filter(NO_LIMIT, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), a -> true, null, null);

  private final int limit;
  private final Set<String> excludedIds;
  private final Set<String> requiredTags;
  private final Set<String> excludedTags;
  private final Set<String> requiredCategories;
  private final Set<String> excludedCategories;
  private final Predicate<Article> predicate;
  private final @Nullable NewerPosts newerPosts;
  private final @Nullable Duration maxAge;

  private Filter(
      int limit,
      Set<String> excludedIds,
      Set<String> requiredTags,
      Set<String> excludedTags,
      Set<String> requiredCategories,
      Set<String> excludedCategories,
      Predicate<Article> predicate,
      @Nullable NewerPosts newerPosts,
      @Nullable Duration maxAge) {
    this.limit = limit;
    this.excludedIds = excludedIds;
    this.requiredTags = requiredTags;
    this.excludedTags = excludedTags;
    this.requiredCategories = requiredCategories;
    this.excludedCategories = excludedCategories;
    this.predicate = predicate;
    this.newerPosts = newerPosts;
    this.maxAge = maxAge;
  }

  /**
   * Returns the filter that lets every post through, with the engine's list length and date rules.
   *
   * @return the filter that changes nothing
   */
  public static Filter none() {
    return NONE;
  }

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
    return new Filter(limit, excludedIds, requiredTags, excludedTags, requiredCategories, excludedCategories, predicate, newerPosts, maxAge);
  }

  /**
   * Returns this filter with a rule for posts published after the query post, in place of the engine's
   * {@link Options#newerPosts()} for this query.
   *
   * @param newer {@link NewerPosts#EXCLUDED} to relate the query post only to posts published on or before
   *     its day, {@link NewerPosts#INCLUDED} to allow newer posts too
   * @return the new filter
   */
  public Filter newerPosts(NewerPosts newer) {
    checkNotNull(newer, "newer");
    return new Filter(limit, excludedIds, requiredTags, excludedTags, requiredCategories, excludedCategories, predicate, newer, maxAge);
  }

  /**
   * Returns this filter leaving out posts more than {@code maxAge} older than the query post, in place of the
   * engine's {@link Options#maxAge()} for this query.
   *
   * @param maxAge positive, such as {@code Duration.ofDays(365)}
   * @return the new filter
   * @throws IllegalArgumentException if {@code maxAge} is zero or negative
   */
  public Filter maxAge(Duration maxAge) {
    checkNotNull(maxAge, "maxAge");
    checkArgument(!maxAge.isNegative() && !maxAge.isZero(), "maxAge must be positive: %s", maxAge);
    return new Filter(limit, excludedIds, requiredTags, excludedTags, requiredCategories, excludedCategories, predicate, newerPosts, maxAge);
  }

  /**
   * Returns this filter also excluding the posts with these ids.
   *
   * @param ids post ids; none may be null
   * @return the new filter
   */
  public Filter excludeIds(String... ids) {
    return new Filter(limit, union(excludedIds, ids, false), requiredTags, excludedTags, requiredCategories, excludedCategories, predicate, newerPosts, maxAge);
  }

  /**
   * Returns this filter also requiring each related post to have all these tags.
   *
   * @param tags tags, in any case; none may be null
   * @return the new filter
   */
  public Filter requireTags(String... tags) {
    return new Filter(limit, excludedIds, union(requiredTags, tags, true), excludedTags, requiredCategories, excludedCategories, predicate, newerPosts, maxAge);
  }

  /**
   * Returns this filter also excluding posts that have any of these tags.
   *
   * @param tags tags, in any case; none may be null
   * @return the new filter
   */
  public Filter excludeTags(String... tags) {
    return new Filter(limit, excludedIds, requiredTags, union(excludedTags, tags, true), requiredCategories, excludedCategories, predicate, newerPosts, maxAge);
  }

  /**
   * Returns this filter also requiring each related post to be in all these categories.
   *
   * @param categories categories, in any case; none may be null
   * @return the new filter
   */
  public Filter requireCategories(String... categories) {
    return new Filter(limit, excludedIds, requiredTags, excludedTags, union(requiredCategories, categories, true), excludedCategories, predicate, newerPosts, maxAge);
  }

  /**
   * Returns this filter also excluding posts in any of these categories.
   *
   * @param categories categories, in any case; none may be null
   * @return the new filter
   */
  public Filter excludeCategories(String... categories) {
    return new Filter(limit, excludedIds, requiredTags, excludedTags, requiredCategories, union(excludedCategories, categories, true), predicate, newerPosts, maxAge);
  }

  /**
   * Returns this filter also requiring each related post to pass {@code test}.
   *
   * @param test a thread-safe, side-effect-free predicate; it is called for many candidates
   * @return the new filter
   */
  public Filter where(Predicate<Article> test) {
    checkNotNull(test, "test");
    return new Filter(limit, excludedIds, requiredTags, excludedTags, requiredCategories, excludedCategories, predicate.and(test), newerPosts, maxAge);
  }

  /**
   * Returns the list length this filter sets.
   *
   * @return the length, from 1 to {@value #MAX_LIMIT}; empty when the engine's {@code maxResults} applies
   */
  public OptionalInt limit() {
    return limit == NO_LIMIT ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /**
   * Returns the rule for newer posts this filter sets.
   *
   * @return the rule; empty when the engine's {@link Options#newerPosts()} applies
   */
  public Optional<NewerPosts> newerPosts() {
    return Optional.ofNullable(newerPosts);
  }

  /**
   * Returns the age limit this filter sets.
   *
   * @return the limit; empty when the engine's {@link Options#maxAge()} applies
   */
  public Optional<Duration> maxAge() {
    return Optional.ofNullable(maxAge);
  }

  /** Returns the list length, or {@code fallback} (the engine's) when this filter sets none. */
  int limitOr(int fallback) {
    return limit == NO_LIMIT ? fallback : limit;
  }

  /** Returns whether this filter lets every post through (date rules aside). */
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

  /**
   * Returns what this filter sets: list length, exclusions, requirements and date rules.
   *
   * @return the filter as text
   */
  @Override
  public String toString() {
    return "Filter[limit=" + (limit == NO_LIMIT ? "default" : limit) + ", excludedIds=" + excludedIds
        + ", requiredTags=" + requiredTags + ", excludedTags=" + excludedTags + ", requiredCategories=" + requiredCategories
        + ", excludedCategories=" + excludedCategories + ", newerPosts=" + (newerPosts == null ? "default" : newerPosts)
        + ", maxAge=" + (maxAge == null ? "default" : maxAge) + "]";
  }
}
