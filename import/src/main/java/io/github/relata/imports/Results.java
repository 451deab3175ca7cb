package io.github.relata.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One import's outcome as it is read: the posts (with ids checked for uniqueness), the skipped items and
 * the warnings, and the bytes read against the import limit. Not thread-safe: one per import.
 */
final class Results {

  /** Thrown through parsers when the import limit is passed; the reader turns it into an {@link ImportException}. */
  static final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;

    LimitExceeded(String message) {
      super(message);
    }
  }

  private final ImportFormat format;
  private final String source;
  private final ImportOptions options;
  private final long start = System.nanoTime();
  private final List<ImportedPost> posts = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();
  private final List<ImportWarning> warnings = new ArrayList<>();
  private final Map<String, String> firstLocation = new HashMap<>();
  private long bytes;
  private boolean overLimit;

  Results(ImportFormat format, String source, ImportOptions options) {
    this.format = format;
    this.source = source;
    this.options = options;
  }

  ImportOptions options() {
    return options;
  }

  String source() {
    return source;
  }

  /** Adds a post, or skips it as a duplicate when an earlier post has its id. */
  void add(ImportedPost post) {
    String first = firstLocation.putIfAbsent(post.id(), post.location());
    if (first != null) {
      int colon = first.lastIndexOf(':');
      boolean sameFile = colon > 0 && post.location().startsWith(first.substring(0, colon + 1)) && first.substring(colon + 1).matches("\\d+");
      skip(post.location(), SkipReason.DUPLICATE_ID,
          "duplicate id '" + post.id() + "' (first " + (sameFile ? "on line " + first.substring(colon + 1) : "at " + first) + ")");
    } else {
      posts.add(post);
    }
  }

  void skip(String location, SkipReason reason, String detail) {
    skipped.add(new Skipped(location, reason, detail));
  }

  void warn(String location, String message) {
    warnings.add(new ImportWarning(location, message));
  }

  /** Returns {@code in}, counting what is read against the import limit. */
  InputStream limit(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          charge(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          charge(n);
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long skippedBytes = super.skip(n);
        charge(skippedBytes);
        return skippedBytes;
      }
    };
  }

  /** Counts {@code n} bytes read; throws once the import limit is passed. */
  void charge(long n) throws LimitExceeded {
    bytes += n;
    if (bytes > options.maxImportBytes()) {
      overLimit = true;
      throw new LimitExceeded(limitMessage());
    }
  }

  /** Returns whether the import limit was passed (parsers may wrap the exception that said so). */
  boolean overLimit() {
    return overLimit;
  }

  /** Returns the error for an import over its limit. */
  ImportException limitExceeded() {
    return new ImportException(source, limitMessage());
  }

  private String limitMessage() {
    return "larger than the import limit of " + size(options.maxImportBytes()) + " (maxImportSize); nothing was imported";
  }

  /** Returns the reason an item is too large, naming the limit. */
  String tooLarge(long itemBytes) {
    return "larger than the post limit of " + size(options.maxPostBytes()) + " (maxPostSize)"
        + (itemBytes > 0 ? ": " + size(itemBytes) : "");
  }

  /** Returns the outcome; warnings are about posts that were kept, so those about items skipped after all (duplicate ids) go. */
  ImportResult result() {
    java.util.Set<String> skippedAt = new java.util.HashSet<>();
    skipped.forEach(s -> skippedAt.add(s.location()));
    List<ImportWarning> kept = warnings.stream().filter(w -> !skippedAt.contains(w.location())).toList();
    return new ImportResult(format, source, posts, skipped, kept, bytes, Duration.ofNanos(System.nanoTime() - start));
  }

  /** Returns a size in words: {@code 10 MB}, {@code 1.5 GB}, {@code 900 bytes} (decimal units). */
  static String size(long bytes) {
    if (bytes < 1_000) {
      return bytes + " bytes";
    }
    String[] units = {"kB", "MB", "GB", "TB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1_000 && unit < units.length - 1) {
      value /= 1_000;
      unit++;
    }
    String number = String.format(Locale.ROOT, "%.1f", value);
    return (number.endsWith(".0") ? number.substring(0, number.length() - 2) : number) + " " + units[unit];
  }

  /** Returns why an I/O operation failed, in words: file-system exceptions' messages are just the path. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
