package io.github.relata.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What Hugo and Jekyll folders share: walking a folder in path order, and reading one Markdown file within
 * the limits, strictly as UTF-8, into its front matter and body. Files and folders whose names start with
 * a dot ({@code .git}, {@code .DS_Store}) are not content and are passed over.
 */
final class ContentFiles {

  private static final Set<String> MARKDOWN = Set.of("md", "markdown", "mdown", "mkd", "mkdn");

  private ContentFiles() {}

  /** Returns the files under {@code dir}, in path order, leaving out hidden ones and what hidden folders hold. */
  static List<Path> walk(Path dir) throws ImportException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(p -> !p.equals(dir))
          .filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> !hidden(dir.relativize(p)))
          .sorted(Comparator.comparing(p -> dir.relativize(p).toString().replace('\\', '/')))
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      IOException cause = e instanceof IOException io ? io : ((java.io.UncheckedIOException) e).getCause();
      throw new ImportException(dir.toString(), "cannot read the folder: " + Results.reason(cause), cause);
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether a file name has a Markdown extension. */
  static boolean isMarkdown(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 && MARKDOWN.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** Returns a file name without its last extension. */
  static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Returns {@code file}'s path below {@code root}, with forward slashes whatever the platform. */
  static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  /**
   * Reads a file's text, or records why not: a symbolic link, a file over the post limit, bytes that are
   * not UTF-8.
   *
   * @return the text, or null when the file was skipped (and recorded)
   * @throws ImportException if the import limit is passed or the file cannot be read
   */
  static @Nullable String read(Path file, Results results) throws ImportException {
    String where = file.toString();
    if (Files.isSymbolicLink(file)) {
      results.skip(where, SkipReason.NOT_A_POST, "a symbolic link, not followed");
      return null;
    }
    try {
      long size = Files.size(file);
      if (size > results.options().maxPostBytes()) {
        results.skip(where, SkipReason.TOO_LARGE, results.tooLarge(size));
        return null;
      }
      results.charge(size);
      byte[] bytes = Files.readAllBytes(file);
      return Utf8.decode(bytes, bytes.length, 1);
    } catch (BadItem e) {
      results.skip(where + ":" + e.line(), SkipReason.INVALID, e.getMessage().replaceFirst(" at line \\d+, column", " at column"));
      return null;
    } catch (Results.LimitExceeded e) {
      throw results.limitExceeded();
    } catch (IOException e) {
      throw new ImportException(where, "cannot read: " + Results.reason(e), e);
    }
  }

  /** Returns the location of a problem in a file: {@code file:line}, or the file alone when the line is unknown. */
  static String at(Path file, int line) {
    return line > 0 ? file + ":" + line : file.toString();
  }

  /** Returns {@code text} as a URL path segment the way generators make one: lower case, spaces as hyphens. */
  static String urlize(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
  }

  /** Returns the language code of a site's language key, or null with a warning when it is no ISO 639 code. */
  static @Nullable String language(@Nullable String tag, String where, String what, Results results) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    return LanguageCodes.primary(tag).orElseGet(() -> {
      results.warn(where, what + " '" + tag + "' is not an ISO 639 language code (such as sv or en); the language will be detected");
      return null;
    });
  }
}
