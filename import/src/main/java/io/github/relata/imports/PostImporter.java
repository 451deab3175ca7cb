package io.github.relata.imports;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a site's posts from the shapes sites keep them in: Hugo and Jekyll content folders, WordPress
 * exports, RSS and Atom feeds, JSON Lines and JSON arrays. Every importer reports what it read and what it
 * skipped and why ({@link ImportResult}); one bad item never loses the others. XML is parsed with DTDs
 * refused (no external entities, no entity expansion), YAML with aliases limited, and each post and each
 * whole import is bounded in size.
 *
 * <pre>{@code
 * PostImporter importer = PostImporter.builder().maxPostSize(5_000_000).build();
 * ImportResult site = importer.read(ImportFormat.HUGO, Path.of("my-site"));
 * System.out.println(site.summary());
 * for (Skipped problem : site.problems()) {
 *   System.out.println(problem);
 * }
 * ArticleIndex index = RelatedPosts.withDefaults().index(site.articles());
 * }</pre>
 *
 * <p>({@code ReadmeExampleTest} runs this code.)
 *
 * <p>Immutable and thread-safe; one importer may run any number of imports at once.
 */
public final class PostImporter {

  private static final PostImporter DEFAULTS = builder().build();

  private final ImportOptions options;

  private PostImporter(ImportOptions options) {
    this.options = options;
  }

  /** Returns a builder with every setting at its default. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns an importer with the default settings. */
  public static PostImporter withDefaults() {
    return DEFAULTS;
  }

  /** Returns this importer's settings. */
  public ImportOptions options() {
    return options;
  }

  /**
   * Reads the posts of a file or folder.
   *
   * @param format what {@code path} holds
   * @param path a file, or for {@link ImportFormat#isFolder() folder formats} the site's folder
   * @return the posts, the skipped items and the warnings
   * @throws ImportException if {@code path} is missing or unreadable, is not of {@code format}, exceeds the
   *     import limit, or (XML) declares a DOCTYPE
   */
  public ImportResult read(ImportFormat format, Path path) throws ImportException {
    checkNotNull(format, "format");
    checkNotNull(path, "path");
    if (format.isFolder()) {
      if (!Files.isDirectory(path)) {
        throw new ImportException(path.toString(), Files.exists(path)
            ? "is a file, not a folder (" + format.label() + " reads " + format.description() + ")"
            : "no such folder");
      }
      Results results = new Results(format, path.toString(), options);
      return format == ImportFormat.HUGO ? new HugoSite(path, results).read() : new JekyllSite(path, results).read();
    }
    if (Files.isDirectory(path)) {
      throw new ImportException(path.toString(), "is a folder, not " + format.description());
    }
    try (InputStream in = Files.newInputStream(path)) {
      return read(format, in, path.toString());
    } catch (NoSuchFileException e) {
      throw new ImportException(path.toString(), "no such file", e);
    } catch (IOException e) {
      throw new ImportException(path.toString(), "cannot read: " + Results.reason(e), e);
    }
  }

  /**
   * Reads the posts of a stream holding one file's content.
   *
   * @param format what the stream holds; not a folder format
   * @param in the content; read to its end, not closed
   * @param source the name to give in locations and messages, such as the file name or {@code stdin}
   * @return the posts, the skipped items and the warnings
   * @throws ImportException if the stream cannot be read, is not of {@code format}, exceeds the import
   *     limit, or (XML) declares a DOCTYPE
   * @throws IllegalArgumentException if {@code format} is a folder format
   */
  public ImportResult read(ImportFormat format, InputStream in, String source) throws ImportException {
    return read(format, in, source, null);
  }

  /**
   * Reads a feed from a stream, resolving relative links against {@code base} where the feed gives no base
   * of its own ({@code xml:base}, the channel's link).
   *
   * @param in the feed; read to its end, not closed
   * @param source the name to give in messages
   * @param base the address the feed was fetched from, or null
   * @return the posts, the skipped items and the warnings
   * @throws ImportException as {@link #read(ImportFormat, InputStream, String)}
   */
  public ImportResult readFeed(InputStream in, String source, @Nullable URI base) throws ImportException {
    return read(ImportFormat.FEED, in, source, base);
  }

  private ImportResult read(ImportFormat format, InputStream in, String source, @Nullable URI base) throws ImportException {
    checkNotNull(format, "format");
    checkNotNull(in, "in");
    checkNotNull(source, "source");
    checkArgument(!format.isFolder(), "%s is a folder format: read(format, path) reads it", format.label());
    Results results = new Results(format, source, options);
    InputStream limited = results.limit(in);
    return switch (format) {
      case JSON_LINES -> JsonPosts.readLines(limited, results);
      case JSON_ARRAY -> JsonPosts.readArray(limited, results);
      case WORDPRESS -> new WxrReader(results).read(limited);
      case FEED -> new FeedReader(results, base).read(limited);
      case HUGO, JEKYLL -> throw new AssertionError(format);
    };
  }

  @Override
  public String toString() {
    return "PostImporter" + options;
  }

  /**
   * Configures a {@link PostImporter}. Each setting may be made once; {@link #build()} may be called any
   * number of times and does not change the builder. Not thread-safe.
   */
  public static final class Builder {
    private long maxPostBytes = -1;
    private long maxImportBytes = -1;
    private @Nullable Boolean includeDrafts;
    private @Nullable Boolean includeFuture;
    private @Nullable List<String> wordpressPostTypes;
    private @Nullable Clock clock;
    private @Nullable List<String> extraFields;

    private Builder() {}

    /**
     * Sets the largest item that becomes a post; larger items are skipped as {@link SkipReason#TOO_LARGE}.
     *
     * @param bytes at least 1,000; default {@value ImportOptions#DEFAULT_MAX_POST_BYTES}
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is less than 1,000
     * @throws IllegalStateException if it was already set
     */
    public Builder maxPostSize(long bytes) {
      checkArgument(bytes >= 1_000, "maxPostSize must be at least 1000 bytes: %s", bytes);
      checkState(maxPostBytes == -1, "maxPostSize was already set to %s", maxPostBytes);
      this.maxPostBytes = bytes;
      return this;
    }

    /**
     * Sets the most bytes one import reads; past it the import fails with an {@link ImportException}.
     *
     * @param bytes at least 1,000; default {@value ImportOptions#DEFAULT_MAX_IMPORT_BYTES}
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is less than 1,000
     * @throws IllegalStateException if it was already set
     */
    public Builder maxImportSize(long bytes) {
      checkArgument(bytes >= 1_000, "maxImportSize must be at least 1000 bytes: %s", bytes);
      checkState(maxImportBytes == -1, "maxImportSize was already set to %s", maxImportBytes);
      this.maxImportBytes = bytes;
      return this;
    }

    /**
     * Sets whether drafts become posts (default false: they are skipped and counted).
     *
     * @param include true to import drafts
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder includeDrafts(boolean include) {
      checkState(includeDrafts == null, "includeDrafts was already set to %s", includeDrafts);
      this.includeDrafts = include;
      return this;
    }

    /**
     * Sets whether posts dated in the future become posts (default false, as Hugo and Jekyll build them).
     *
     * @param include true to import them
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder includeFuture(boolean include) {
      checkState(includeFuture == null, "includeFuture was already set to %s", includeFuture);
      this.includeFuture = include;
      return this;
    }

    /**
     * Sets the WordPress item types that become posts, such as {@code post} and a custom type.
     *
     * @param types one or more {@code wp:post_type} values; default {@code post}
     * @return this builder
     * @throws IllegalArgumentException if no type or a blank type is given
     * @throws IllegalStateException if they were already set
     */
    public Builder wordpressPostTypes(String... types) {
      checkNotNull(types, "types");
      checkArgument(types.length > 0, "wordpressPostTypes needs at least one type");
      for (String type : types) {
        checkArgument(type != null && !type.isBlank(), "wordpressPostTypes must not be blank: %s", Arrays.toString(types));
      }
      checkState(wordpressPostTypes == null, "wordpressPostTypes were already set to %s", wordpressPostTypes);
      this.wordpressPostTypes = Arrays.stream(types).map(String::strip).toList();
      return this;
    }

    /**
     * Sets the clock that tells what "now" is, for future and expired posts (default: the system clock, UTC).
     *
     * @param clock the clock
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder clock(Clock clock) {
      checkNotNull(clock, "clock");
      checkState(this.clock == null, "clock was already set to %s", this.clock);
      this.clock = clock;
      return this;
    }

    /**
     * Sets fields of JSON posts (JSON Lines and arrays) that an {@link io.github.relata.Article} does not hold
     * but the caller wants, such as ground-truth {@code labels}: each post's values, an array of strings, are
     * kept on its {@link ImportedPost#extraField(String)}. A value of another type makes the post invalid.
     * Other formats ignore the setting.
     *
     * @param fields one or more field names, none of them a field an article is read from ({@code id},
     *     {@code title}, {@code date}, {@code excerpt}, {@code summary}, {@code body}, {@code tags}, {@code
     *     categories}, {@code author}, {@code url}, {@code lang})
     * @return this builder
     * @throws IllegalArgumentException if no field, a blank field or an article's field is given
     * @throws IllegalStateException if they were already set
     */
    public Builder extraFields(String... fields) {
      checkNotNull(fields, "fields");
      checkArgument(fields.length > 0, "extraFields needs at least one field");
      for (String field : fields) {
        checkArgument(field != null && !field.isBlank(), "extraFields must not be blank: %s", Arrays.toString(fields));
        checkArgument(!JsonPosts.ARTICLE_FIELDS.contains(field), "extraFields must not name a field an article is read from: %s", field);
      }
      checkState(extraFields == null, "extraFields were already set to %s", extraFields);
      this.extraFields = List.of(fields);
      return this;
    }

    /** Returns the settings the builder holds, with defaults for those not made. */
    public ImportOptions options() {
      return new ImportOptions(
          maxPostBytes == -1 ? ImportOptions.DEFAULT_MAX_POST_BYTES : maxPostBytes,
          maxImportBytes == -1 ? ImportOptions.DEFAULT_MAX_IMPORT_BYTES : maxImportBytes,
          includeDrafts != null && includeDrafts,
          includeFuture != null && includeFuture,
          wordpressPostTypes == null ? ImportOptions.DEFAULT_WORDPRESS_POST_TYPES : wordpressPostTypes,
          clock == null ? Clock.systemUTC() : clock,
          extraFields == null ? List.of() : extraFields);
    }

    /** Returns an importer with these settings. */
    public PostImporter build() {
      return new PostImporter(options());
    }
  }
}
