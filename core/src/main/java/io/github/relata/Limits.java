package io.github.relata;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Bounds on what an index takes in and a query gives out, so that one bad or hostile post cannot make the
 * engine slow or run it out of memory. Exceeding one is an {@link IllegalArgumentException} that names the
 * limit, the post and the value; a batch ({@code index}, {@code withAll}) is checked whole before anything
 * is changed, and the error lists every post over a limit, so nothing is indexed in part or dropped silently.
 *
 * @param maxTextLength the most characters of text a post may have, title, summary and body together
 * @param maxLabels the most tags and categories a post may have, together
 * @param maxResults the longest related list a query may ask for
 * @param maxPosts the most posts an index may hold
 */
public record Limits(int maxTextLength, int maxLabels, int maxResults, int maxPosts) {

  /** Default text length: ten million characters, ten books' worth (relata-import's default post size). */
  public static final int DEFAULT_MAX_TEXT_LENGTH = 10_000_000;
  /** Default tags and categories a post. */
  public static final int DEFAULT_MAX_LABELS = 1_000;
  /** Default longest list. */
  public static final int DEFAULT_MAX_RESULTS = 1_000;
  /** Default largest index: fifty million posts. */
  public static final int DEFAULT_MAX_POSTS = 50_000_000;

  /** The defaults. */
  public static final Limits DEFAULT = new Limits(DEFAULT_MAX_TEXT_LENGTH, DEFAULT_MAX_LABELS, DEFAULT_MAX_RESULTS, DEFAULT_MAX_POSTS);

  /**
   * Checks the limits.
   *
   * @param maxTextLength the most characters of text a post may have, at least 1
   * @param maxLabels the most tags and categories a post may have, at least 1
   * @param maxResults the longest related list a query may ask for, from 1 to {@value Filter#MAX_LIMIT}
   * @param maxPosts the most posts an index may hold, at least 1
   * @throws IllegalArgumentException if a limit is less than 1, or {@code maxResults} above 100,000
   */
  public Limits {
    checkArgument(maxTextLength >= 1, "maxTextLength must be at least 1: %s", maxTextLength);
    checkArgument(maxLabels >= 1, "maxLabels must be at least 1: %s", maxLabels);
    checkArgument(maxResults >= 1 && maxResults <= Filter.MAX_LIMIT, "maxResults must be from 1 to %s: %s", Filter.MAX_LIMIT, maxResults);
    checkArgument(maxPosts >= 1, "maxPosts must be at least 1: %s", maxPosts);
  }

  /** Returns why {@code article} is over a limit, or null when it is within all of them. */
  @org.jspecify.annotations.Nullable String problem(Article article) {
    long text = (long) article.title().length() + article.summary().length() + article.body().length();
    if (text > maxTextLength) {
      return String.format(java.util.Locale.ROOT, "post %s has %,d characters of text, over the limit of %,d (Limits.maxTextLength)",
          article.id(), text, maxTextLength);
    }
    int labels = article.tags().size() + article.categories().size();
    if (labels > maxLabels) {
      return String.format(java.util.Locale.ROOT, "post %s has %,d tags and categories, over the limit of %,d (Limits.maxLabels)",
          article.id(), labels, maxLabels);
    }
    return null;
  }

  /**
   * Checks every post of a batch.
   *
   * @throws IllegalArgumentException listing each post over a limit (the first ten in full, and how many)
   */
  void checkAll(Collection<Article> articles) {
    List<String> problems = new ArrayList<>();
    int count = 0;
    for (Article article : articles) {
      if (article == null) {
        continue; // reported, with its position, where the batch is read
      }
      String problem = problem(article);
      if (problem != null) {
        count++;
        if (problems.size() < 10) {
          problems.add(problem);
        }
      }
    }
    if (count > 0) {
      throw new IllegalArgumentException(
          (count == 1 ? "" : count + " posts are over a limit, nothing was changed: ") + String.join("; ", problems)
              + (count > problems.size() ? "; and " + (count - problems.size()) + " more" : ""));
    }
  }

  /**
   * Checks one post.
   *
   * @throws IllegalArgumentException naming the post, the limit and the value
   */
  void check(Article article) {
    String problem = problem(article);
    checkArgument(problem == null, "%s", problem);
  }

  /**
   * Checks that an index of {@code size} posts is allowed.
   *
   * @throws IllegalArgumentException naming the limit and the size
   */
  void checkPosts(long size) {
    checkArgument(size <= maxPosts, "an index of %s posts is over the limit of %s (Limits.maxPosts)", size, maxPosts);
  }

  /**
   * Checks a query's list length.
   *
   * @throws IllegalArgumentException naming the limit and the length
   */
  void checkResults(int limit) {
    checkArgument(limit <= maxResults, "a list of %s posts is over the limit of %s (Limits.maxResults)", limit, maxResults);
  }
}
