package io.github.relata;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import io.github.relata.analysis.PlainText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds an {@link Article}: {@link Article#builder(String, String)} makes one, {@link Article#toBuilder()} one
 * that starts from an article's values. Not thread-safe; {@link #build()} can be called repeatedly.
 */
public final class ArticleBuilder {
  private final String id;
  private final String title;
  private String summary = "";
  private String body = "";
  @Nullable Instant published;
  private Set<String> tags = Set.of();
  private Set<String> categories = Set.of();
  @Nullable String author;
  @Nullable String url;
  @Nullable String language;
  private int excerptLength = Article.DEFAULT_EXCERPT_LENGTH;

  ArticleBuilder(String id, String title) {
    this.id = checkNotNull(id, "id");
    this.title = checkNotNull(title, "title must not be null (article %s)", id);
  }

  /**
   * Sets the excerpt shown under the title; when empty, one is derived from the body.
   *
   * @param summary the excerpt, HTML or plain; may be empty
   * @return this builder
   */
  public ArticleBuilder summary(String summary) {
    this.summary = checkNotNull(summary, "summary");
    return this;
  }

  /**
   * Sets the article text.
   *
   * @param body the text, HTML or plain; may be empty
   * @return this builder
   */
  public ArticleBuilder body(String body) {
    this.body = checkNotNull(body, "body");
    return this;
  }

  /**
   * Sets the publication day, taken as the start of that day in UTC.
   *
   * @param date the day
   * @return this builder
   */
  public ArticleBuilder published(LocalDate date) {
    this.published = checkNotNull(date, "date").atStartOfDay(ZoneOffset.UTC).toInstant();
    return this;
  }

  /**
   * Sets the publication instant.
   *
   * @param instant when the post was published
   * @return this builder
   */
  public ArticleBuilder published(Instant instant) {
    this.published = checkNotNull(instant, "instant");
    return this;
  }

  /**
   * Sets the tags, in display order; they are trimmed and repeats dropped.
   *
   * @param tags the tags; none may be null or blank
   * @return this builder
   */
  public ArticleBuilder tags(Collection<String> tags) {
    this.tags = copyInOrder(tags, "tags");
    return this;
  }

  /**
   * Sets the tags, in display order; they are trimmed and repeats dropped.
   *
   * @param tags the tags; none may be null or blank
   * @return this builder
   */
  public ArticleBuilder tags(String... tags) {
    return tags(Arrays.asList(tags));
  }

  /**
   * Sets the categories, in display order; they are trimmed and repeats dropped.
   *
   * @param categories the categories; none may be null or blank
   * @return this builder
   */
  public ArticleBuilder categories(Collection<String> categories) {
    this.categories = copyInOrder(categories, "categories");
    return this;
  }

  /**
   * Sets the categories, in display order; they are trimmed and repeats dropped.
   *
   * @param categories the categories; none may be null or blank
   * @return this builder
   */
  public ArticleBuilder categories(String... categories) {
    return categories(Arrays.asList(categories));
  }

  /**
   * Sets the author's name.
   *
   * @param author the name; blank for none
   * @return this builder
   */
  public ArticleBuilder author(String author) {
    this.author = checkNotNull(author, "author");
    return this;
  }

  /**
   * Sets the post's address.
   *
   * @param url the address; blank for none
   * @return this builder
   */
  public ArticleBuilder url(String url) {
    this.url = checkNotNull(url, "url");
    return this;
  }

  /**
   * Sets the post's language; without one, the engine detects it from the text.
   *
   * @param language a known ISO 639 code such as "sv" or "en", or a tag such as "en-GB" whose primary code
   *     is kept; blank for none
   * @return this builder
   * @throws IllegalArgumentException if {@code language} is not a known ISO 639 code, naming it and the
   *     article
   */
  public ArticleBuilder language(String language) {
    checkNotNull(language, "language");
    this.language = Article.normalizeLanguage(language, id);
    return this;
  }

  /**
   * Sets the length of a summary derived from the body.
   *
   * @param length at least 10 characters; the default is {@value Article#DEFAULT_EXCERPT_LENGTH}
   * @return this builder
   * @throws IllegalArgumentException if {@code length} is less than 10
   */
  public ArticleBuilder excerptLength(int length) {
    checkArgument(length >= 10, "excerptLength must be at least 10: %s", length);
    this.excerptLength = length;
    return this;
  }

  /**
   * Returns the article; the builder can be used again.
   *
   * @return the article
   * @throws IllegalArgumentException if the id is blank or a tag or category is blank
   */
  public Article build() {
    String excerpt = summary;
    if (excerpt.isBlank() && !body.isBlank()) {
      excerpt = PlainText.excerpt(PlainText.of(body), excerptLength);
    }
    return new Article(id, title, excerpt, body, published, tags, categories, author, url, language);
  }

  private static Set<String> copyInOrder(Collection<String> values, String what) {
    checkNotNull(values, what);
    for (String value : values) {
      checkNotNull(value, "%s must not contain null: %s", what, values);
    }
    return ImmutableSet.copyOf(values);
  }
}
