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
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A post as the engine sees it: an immutable summary of one article on a site. Thread-safe.
 *
 * <p>Only {@code id} and {@code title} are required; {@link #builder(String, String)} is the one way to make
 * an article. Article is a final class rather than a record so that a new field is a new builder method, not a
 * change to a public constructor every caller would have to follow; two articles are equal when every field
 * is. When {@code summary} is empty and there is a body, the summary is derived from the body: its plain
 * text, cut at a word boundary near {@value #DEFAULT_EXCERPT_LENGTH} characters and ended with "…" ({@link
 * Builder#excerptLength} changes the length). Text fields may hold HTML; the engine analyses their plain text.
 *
 * <pre>{@code
 * Article post = Article.builder("tfidf", "TF-IDF explained")
 *     .summary("Weighting terms by rarity")
 *     .published(LocalDate.of(2024, 3, 1))
 *     .tags("search", "ranking")
 *     .language("en")
 *     .build();
 * }</pre>
 */
public final class Article {

  /** The length, in characters, of summaries derived from the body. */
  public static final int DEFAULT_EXCERPT_LENGTH = 220;

  private final String id;
  private final String title;
  private final String summary;
  private final String body;
  private final @Nullable Instant published;
  private final Set<String> tags;
  private final Set<String> categories;
  private final @Nullable String author;
  private final @Nullable String url;
  private final @Nullable String language;

  /**
   * Checks and normalises the fields; the builder, the snapshot reader and the index (which drops bodies)
   * call it.
   *
   * @throws IllegalArgumentException if {@code id} is blank, a tag or category is blank, or {@code
   *     language} is not a known ISO 639 code
   * @throws NullPointerException if a required field is null
   */
  Article(
      String id,
      String title,
      String summary,
      String body,
      @Nullable Instant published,
      Set<String> tags,
      Set<String> categories,
      @Nullable String author,
      @Nullable String url,
      @Nullable String language) {
    checkNotNull(id, "id");
    checkArgument(!id.isBlank(), "id must not be blank: '%s'", id);
    this.id = id;
    this.title = checkNotNull(title, "title must not be null (article %s)", id);
    checkNotNull(summary, "summary must not be null (article %s); use \"\" for none", id);
    this.body = checkNotNull(body, "body must not be null (article %s); use \"\" for none", id);
    this.published = published;
    this.tags = cleanLabels(tags, "tags", id);
    this.categories = cleanLabels(categories, "categories", id);
    this.author = author == null || author.isBlank() ? null : author.strip();
    this.url = url == null || url.isBlank() ? null : url.strip();
    this.language = normalizeLanguage(language, id);
    this.summary = summary.isBlank() && !body.isBlank() ? PlainText.excerpt(PlainText.of(body), DEFAULT_EXCERPT_LENGTH) : summary;
  }

  /**
   * Returns the site's unique, stable identifier for the post.
   *
   * @return the id; not blank
   */
  public String id() {
    return id;
  }

  /**
   * Returns the headline.
   *
   * @return the title; may be empty, never null
   */
  public String title() {
    return title;
  }

  /**
   * Returns the excerpt shown under the title in a related list.
   *
   * @return the summary as given, or derived from the body; may be empty
   */
  public String summary() {
    return summary;
  }

  /**
   * Returns the article text, HTML or plain.
   *
   * @return the body; may be empty, and is empty in an index that drops bodies ({@link Options.Bodies})
   */
  public String body() {
    return body;
  }

  /**
   * Returns when the post was published.
   *
   * @return the instant, or null for an undated post
   */
  public @Nullable Instant published() {
    return published;
  }

  /**
   * Returns the author's tags.
   *
   * @return an immutable set, in order, trimmed, without blanks or repeats
   */
  public Set<String> tags() {
    return tags;
  }

  /**
   * Returns the site's categories for the post.
   *
   * @return an immutable set, in order, trimmed, without blanks or repeats
   */
  public Set<String> categories() {
    return categories;
  }

  /**
   * Returns the author's name.
   *
   * @return the name, or null when the post names none
   */
  public @Nullable String author() {
    return author;
  }

  /**
   * Returns the post's address.
   *
   * @return the address, or null when the post has none
   */
  public @Nullable String url() {
    return url;
  }

  /**
   * Returns the post's language.
   *
   * @return the lowercase ISO 639 code ("sv", "en"), or null when the post declares none and the engine
   *     detects it
   */
  public @Nullable String language() {
    return language;
  }

  /**
   * Returns a builder for an article with the given id and title.
   *
   * @param id the post's unique identifier; not blank
   * @param title the headline
   * @return a new builder
   */
  public static Builder builder(String id, String title) {
    return new Builder(id, title);
  }

  /**
   * Returns the publication day in UTC.
   *
   * @return the day, or null for an undated post
   */
  public @Nullable LocalDate publishedDate() {
    return published == null ? null : LocalDate.ofInstant(published, ZoneOffset.UTC);
  }

  /**
   * Returns a builder that starts from this article's values, to make a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, title).summary(summary).body(body).tags(tags).categories(categories);
    b.published = published;
    b.author = author;
    b.url = url;
    b.language = language;
    return b;
  }

  private static Set<String> cleanLabels(Set<String> labels, String what, String id) {
    checkNotNull(labels, "%s must not be null (article %s)", what, id);
    ImmutableSet.Builder<String> clean = ImmutableSet.builder();
    for (String label : labels) {
      checkArgument(label != null && !label.isBlank(), "%s of article %s must not contain blank values: %s", what, id, labels);
      clean.add(label.strip());
    }
    return clean.build();
  }

  private static @Nullable String normalizeLanguage(@Nullable String language, String id) {
    if (language == null || language.isBlank()) {
      return null;
    }
    return LanguageCodes.primary(language, "language of article " + id);
  }

  /**
   * Returns whether {@code o} is an article with every field equal to this one's.
   *
   * @param o the object to compare with
   * @return true when every field is equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return this == o || o instanceof Article a && id.equals(a.id) && title.equals(a.title) && summary.equals(a.summary)
        && body.equals(a.body) && Objects.equals(published, a.published) && tags.equals(a.tags)
        && categories.equals(a.categories) && Objects.equals(author, a.author) && Objects.equals(url, a.url)
        && Objects.equals(language, a.language);
  }

  /**
   * Returns a hash code of every field.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(id, title, summary, body, published, tags, categories, author, url, language);
  }

  /**
   * Returns every field, by name: {@code Article[id=..., title=..., ...]}.
   *
   * @return the article as text
   */
  @Override
  public String toString() {
    return "Article[id=" + id + ", title=" + title + ", summary=" + summary + ", body=" + body + ", published="
        + published + ", tags=" + tags + ", categories=" + categories + ", author=" + author + ", url=" + url
        + ", language=" + language + "]";
  }

  /** Builds an {@link Article}; not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String title;
    private String summary = "";
    private String body = "";
    private @Nullable Instant published;
    private Set<String> tags = Set.of();
    private Set<String> categories = Set.of();
    private @Nullable String author;
    private @Nullable String url;
    private @Nullable String language;
    private int excerptLength = DEFAULT_EXCERPT_LENGTH;

    private Builder(String id, String title) {
      this.id = checkNotNull(id, "id");
      this.title = checkNotNull(title, "title must not be null (article %s)", id);
    }

    /**
     * Sets the excerpt shown under the title; when empty, one is derived from the body.
     *
     * @param summary the excerpt, HTML or plain; may be empty
     * @return this builder
     */
    public Builder summary(String summary) {
      this.summary = checkNotNull(summary, "summary");
      return this;
    }

    /**
     * Sets the article text.
     *
     * @param body the text, HTML or plain; may be empty
     * @return this builder
     */
    public Builder body(String body) {
      this.body = checkNotNull(body, "body");
      return this;
    }

    /**
     * Sets the publication day, taken as the start of that day in UTC.
     *
     * @param date the day
     * @return this builder
     */
    public Builder published(LocalDate date) {
      this.published = checkNotNull(date, "date").atStartOfDay(ZoneOffset.UTC).toInstant();
      return this;
    }

    /**
     * Sets the publication instant.
     *
     * @param instant when the post was published
     * @return this builder
     */
    public Builder published(Instant instant) {
      this.published = checkNotNull(instant, "instant");
      return this;
    }

    /**
     * Sets the tags, in display order; they are trimmed and repeats dropped.
     *
     * @param tags the tags; none may be null or blank
     * @return this builder
     */
    public Builder tags(Collection<String> tags) {
      this.tags = copyInOrder(tags, "tags");
      return this;
    }

    /**
     * Sets the tags, in display order; they are trimmed and repeats dropped.
     *
     * @param tags the tags; none may be null or blank
     * @return this builder
     */
    public Builder tags(String... tags) {
      return tags(Arrays.asList(tags));
    }

    /**
     * Sets the categories, in display order; they are trimmed and repeats dropped.
     *
     * @param categories the categories; none may be null or blank
     * @return this builder
     */
    public Builder categories(Collection<String> categories) {
      this.categories = copyInOrder(categories, "categories");
      return this;
    }

    /**
     * Sets the categories, in display order; they are trimmed and repeats dropped.
     *
     * @param categories the categories; none may be null or blank
     * @return this builder
     */
    public Builder categories(String... categories) {
      return categories(Arrays.asList(categories));
    }

    /**
     * Sets the author's name.
     *
     * @param author the name; blank for none
     * @return this builder
     */
    public Builder author(String author) {
      this.author = checkNotNull(author, "author");
      return this;
    }

    /**
     * Sets the post's address.
     *
     * @param url the address; blank for none
     * @return this builder
     */
    public Builder url(String url) {
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
    public Builder language(String language) {
      checkNotNull(language, "language");
      this.language = normalizeLanguage(language, id);
      return this;
    }

    /**
     * Sets the length of a summary derived from the body.
     *
     * @param length at least 10 characters; the default is {@value Article#DEFAULT_EXCERPT_LENGTH}
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is less than 10
     */
    public Builder excerptLength(int length) {
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
}
