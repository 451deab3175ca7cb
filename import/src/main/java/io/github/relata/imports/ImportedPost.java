package io.github.relata.imports;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.relata.Article;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One post read by an importer: the article for the engine, where it came from, and how its site generator
 * names it, so that related lists can be written where the generator looks them up.
 *
 * @param article the post; its id is unique within the import
 * @param location the file and line, or the item number, for messages
 * @param sitePath the post's path as its site generator names it, or null when the source has none: Hugo's
 *     {@code .File.Path} ({@code posts/my-post.md}, relative to the language's content folder), Jekyll's
 *     {@code page.path} ({@code _posts/2018-03-14-my-post.md})
 * @param siteLanguage the language the generator files the page under (Hugo's {@code .Lang}), or null;
 *     unlike {@link Article#language()} it is known even when the site never declares its language
 * @param extraFields the values of the fields named by {@link PostImporter.Builder#extraFields(String...)}
 *     that the post has, by field name; empty when none were asked for
 */
public record ImportedPost(
    Article article,
    String location,
    @Nullable String sitePath,
    @Nullable String siteLanguage,
    Map<String, List<String>> extraFields) {

  /** Checks the components and copies the fields. */
  public ImportedPost {
    checkNotNull(article, "article");
    checkNotNull(location, "location");
    checkArgument(sitePath == null || !sitePath.isBlank(), "sitePath must not be blank (post %s)", article.id());
    Map<String, List<String>> copy = new LinkedHashMap<>();
    checkNotNull(extraFields, "extraFields").forEach((field, values) -> copy.put(field, List.copyOf(values)));
    extraFields = Collections.unmodifiableMap(copy);
  }

  /** Creates a post without extra fields. */
  public ImportedPost(Article article, String location, @Nullable String sitePath, @Nullable String siteLanguage) {
    this(article, location, sitePath, siteLanguage, Map.of());
  }

  /**
   * Returns the values of an extra field of this post.
   *
   * @param field a name given to {@link PostImporter.Builder#extraFields(String...)}
   * @return the values, in source order; empty when the post lacks the field or it was not asked for
   */
  public List<String> extraField(String field) {
    checkNotNull(field, "field");
    return extraFields.getOrDefault(field, List.of());
  }

  /** Returns the post's id, which is its article's. */
  public String id() {
    return article.id();
  }
}
