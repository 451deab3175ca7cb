package io.github.relata.imports;

import java.time.Clock;
import java.util.List;

/**
 * The settings of a {@link PostImporter}; {@code toString()} prints every one.
 *
 * @param maxPostBytes the largest item, in bytes, that becomes a post: a JSON line, a JSON array element, a
 *     Markdown file, the text of a WordPress or feed item; larger ones are skipped as {@link SkipReason#TOO_LARGE}
 * @param maxImportBytes the most bytes one import reads in all; past it the import fails
 * @param includeDrafts whether drafts become posts
 * @param includeFuture whether posts dated after {@code clock}'s now become posts
 * @param wordpressPostTypes the WordPress item types ({@code wp:post_type}) that become posts
 * @param clock what "now" is for {@code includeFuture} and Hugo's {@code expiryDate}
 * @param extraFields the fields of JSON posts beyond an article's that are kept, as lists of strings, on each
 *     {@link ImportedPost} (such as the evaluation corpora's {@code labels}); empty by default
 */
public record ImportOptions(
    long maxPostBytes,
    long maxImportBytes,
    boolean includeDrafts,
    boolean includeFuture,
    List<String> wordpressPostTypes,
    Clock clock,
    List<String> extraFields) {

  /** The default {@code maxPostBytes}: 10 MB, far more than the longest article. */
  public static final long DEFAULT_MAX_POST_BYTES = 10_000_000L;
  /** The default {@code maxImportBytes}: 1 GB. */
  public static final long DEFAULT_MAX_IMPORT_BYTES = 1_000_000_000L;
  /** The default {@code wordpressPostTypes}: posts only. */
  public static final List<String> DEFAULT_WORDPRESS_POST_TYPES = List.of("post");

  /** Copies the lists. */
  public ImportOptions {
    wordpressPostTypes = List.copyOf(wordpressPostTypes);
    extraFields = List.copyOf(extraFields);
  }
}
