package io.github.relata;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import io.github.relata.analysis.PlainText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * ArticleBuilder#excerptLength} changes the length). Text fields may hold HTML; the engine analyses their plain text.
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
  public static ArticleBuilder builder(String id, String title) {
    return new ArticleBuilder(id, title);
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
  public ArticleBuilder toBuilder() {
    ArticleBuilder b = new ArticleBuilder(id, title).summary(summary).body(body).tags(tags).categories(categories);
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

  /** Returns the primary ISO 639 code of {@code language}, or null when it is blank. */
  static @Nullable String normalizeLanguage(@Nullable String language, String id) {
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
}
