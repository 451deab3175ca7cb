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
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A post as the engine sees it: an immutable summary of one article on a site.
 *
 * <p>Only {@code id} and {@code title} are required. When {@code summary} is empty and there is a body,
 * the summary is derived from the body: its plain text, cut at a word boundary near {@value
 * #DEFAULT_EXCERPT_LENGTH} characters and ended with "…" ({@link Builder#excerptLength} changes the
 * length). Text fields may hold HTML; the engine analyses their plain text.
 *
 * @param id the site's unique, stable identifier for the post; not blank
 * @param title the headline; may be empty, never null
 * @param summary the excerpt shown under the title in a related list; may be empty
 * @param body the article text, HTML or plain; may be empty
 * @param published when the post was published, or null for an undated post
 * @param tags the author's tags, in order, trimmed, without blanks or repeats
 * @param categories the site's categories, in order, trimmed, without blanks or repeats
 * @param author the author's name, or null
 * @param url the post's address, or null
 * @param language the ISO 639-1 code of the post's language ("sv", "en"), or null to detect it
 */
public record Article(
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

  /** The length, in characters, of summaries derived from the body. */
  public static final int DEFAULT_EXCERPT_LENGTH = 220;

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  /**
   * Checks and normalises the components.
   *
   * @throws IllegalArgumentException if {@code id} is blank, a tag or category is blank, or {@code
   *     language} is not an ISO 639 code
   * @throws NullPointerException if a required component is null
   */
  public Article {
    checkNotNull(id, "id");
    checkArgument(!id.isBlank(), "id must not be blank: '%s'", id);
    checkNotNull(title, "title must not be null (article %s)", id);
    checkNotNull(summary, "summary must not be null (article %s); use \"\" for none", id);
    checkNotNull(body, "body must not be null (article %s); use \"\" for none", id);
    tags = cleanLabels(tags, "tags", id);
    categories = cleanLabels(categories, "categories", id);
    author = author == null || author.isBlank() ? null : author.strip();
    url = url == null || url.isBlank() ? null : url.strip();
    language = normalizeLanguage(language, id);
    if (summary.isBlank() && !body.isBlank()) {
      summary = PlainText.excerpt(PlainText.of(body), DEFAULT_EXCERPT_LENGTH);
    }
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

  /** Returns the publication day in UTC, or null for an undated post. */
  public @Nullable LocalDate publishedDate() {
    return published == null ? null : LocalDate.ofInstant(published, ZoneOffset.UTC);
  }

  /** Returns a builder that starts from this article's values. */
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
    String primary = language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    checkArgument(
        LANGUAGE.matcher(primary).matches(),
        "language of article %s must be an ISO 639 code such as \"sv\" or \"en\": %s",
        id,
        language);
    return primary;
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

    /** Sets the excerpt; when empty, one is derived from the body. */
    public Builder summary(String summary) {
      this.summary = checkNotNull(summary, "summary");
      return this;
    }

    /** Sets the article text, HTML or plain. */
    public Builder body(String body) {
      this.body = checkNotNull(body, "body");
      return this;
    }

    /** Sets the publication day (taken as the start of that day in UTC). */
    public Builder published(LocalDate date) {
      this.published = checkNotNull(date, "date").atStartOfDay(ZoneOffset.UTC).toInstant();
      return this;
    }

    /** Sets the publication instant. */
    public Builder published(Instant instant) {
      this.published = checkNotNull(instant, "instant");
      return this;
    }

    /** Sets the tags, in display order. */
    public Builder tags(Collection<String> tags) {
      this.tags = copyInOrder(tags, "tags");
      return this;
    }

    /** Sets the tags, in display order. */
    public Builder tags(String... tags) {
      return tags(Arrays.asList(tags));
    }

    /** Sets the categories, in display order. */
    public Builder categories(Collection<String> categories) {
      this.categories = copyInOrder(categories, "categories");
      return this;
    }

    /** Sets the categories, in display order. */
    public Builder categories(String... categories) {
      return categories(Arrays.asList(categories));
    }

    /** Sets the author's name. */
    public Builder author(String author) {
      this.author = checkNotNull(author, "author");
      return this;
    }

    /** Sets the post's address. */
    public Builder url(String url) {
      this.url = checkNotNull(url, "url");
      return this;
    }

    /** Sets the ISO 639-1 code of the post's language, such as "sv" or "en". */
    public Builder language(String language) {
      this.language = checkNotNull(language, "language");
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
     * Returns the article.
     *
     * @throws IllegalArgumentException if a value breaks a rule of {@link Article}
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
