package io.github.relata.cli;

import io.github.relata.Limits;
import io.github.relata.imports.ImportException;
import io.github.relata.imports.ImportFormat;
import io.github.relata.imports.ImportResult;
import io.github.relata.imports.ImportWarning;
import io.github.relata.imports.PostImporter;
import io.github.relata.imports.Skipped;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Where the posts come from, shared by the subcommands: {@code --in FILE} (JSON Lines) or {@code --from
 * FORMAT:PATH}, with the importers' settings. Reading reports every item that could not be read, one line
 * each, and stops before any output unless {@code --skip-invalid}; skipped drafts, pages and the like are
 * counted in the summary.
 */
final class InputOptions {

  /** At most this many problem lines are printed; the rest are counted. */
  static final int MAX_LISTED = 20;

  private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(|b|kb|mb|gb|kib|mib|gib)", Pattern.CASE_INSENSITIVE);

  @Option(names = "--in", paramLabel = "FILE", order = 1,
      description = "Posts as JSON Lines (id, title, date, body, tags, lang, ...); - reads standard input. The same as --from jsonl:FILE.")
  @Nullable String in;

  @Option(names = "--from", paramLabel = "FORMAT:PATH", order = 2,
      description = "Posts from hugo:DIR, jekyll:DIR, wxr:FILE (a WordPress export), feed:FILE (RSS or Atom), jsonl:FILE or json:FILE (a JSON array); - as the file reads standard input.")
  @Nullable String from;

  @Option(names = "--skip-invalid", order = 50,
      description = "Leave out posts that cannot be read (each is still reported) instead of stopping.")
  boolean skipInvalid;

  @Option(names = "--include-drafts", order = 51, description = "Read drafts as posts (default: skipped and counted).")
  boolean includeDrafts;

  @Option(names = "--include-future", order = 52, description = "Read posts dated in the future (default: skipped and counted, as Hugo and Jekyll do).")
  boolean includeFuture;

  @Option(names = "--wordpress-post-types", paramLabel = "TYPE", split = ",", order = 53,
      description = "WordPress item types to read as posts (default: post), e.g. post,page.")
  @Nullable List<String> wordpressPostTypes;

  @Option(names = "--max-post-size", paramLabel = "SIZE", order = 54,
      description = "Skip posts larger than this, e.g. 10MB (default: 10MB; kB, MB and GB are powers of 1000, KiB, MiB and GiB of 1024).")
  @Nullable String maxPostSize;

  @Option(names = "--max-import-size", paramLabel = "SIZE", order = 55,
      description = "Stop when the input is larger than this in all (default: 1GB).")
  @Nullable String maxImportSize;

  /** The format and path given, checked. */
  record Source(ImportFormat format, String path) {
    boolean isStandardInput() {
      return path.equals(RelataCommand.STANDARD_STREAM);
    }

    /** Returns the name messages give the source: the path, or {@code stdin}. */
    String name() {
      return isStandardInput() ? "stdin" : path;
    }
  }

  /**
   * Returns the source the options name.
   *
   * @throws UserError a usage error if neither or both of {@code --in} and {@code --from} are given, or
   *     {@code --from} names no format
   */
  Source source() {
    if ((in == null) == (from == null)) {
      throw UserError.usage(in == null ? "Missing required option: '--in=FILE' or '--from=FORMAT:PATH'" : "--in and --from name the input twice: give one");
    }
    if (in != null) {
      return new Source(ImportFormat.JSON_LINES, in);
    }
    int colon = from.indexOf(':');
    ImportFormat format = colon < 0 ? null : ImportFormat.ofLabel(from.substring(0, colon)).orElse(null);
    if (format == null || colon == from.length() - 1) {
      throw UserError.usage("--from must be FORMAT:PATH, FORMAT one of " + ImportFormat.labels() + ": " + from);
    }
    String path = from.substring(colon + 1);
    if (format.isFolder() && path.equals(RelataCommand.STANDARD_STREAM)) {
      throw UserError.usage("--from " + from + ": " + format.label() + " reads a folder, not standard input");
    }
    return new Source(format, path);
  }

  /**
   * Returns the engine's limits for these input options: a post may have as many characters as {@code
   * --max-post-size} lets it have bytes, when that is more than the engine's default.
   */
  Limits limits() {
    long bytes = maxPostSize == null ? 0 : size("--max-post-size", maxPostSize);
    int text = (int) Math.min(Integer.MAX_VALUE, Math.max(Limits.DEFAULT_MAX_TEXT_LENGTH, bytes));
    Limits d = Limits.DEFAULT;
    return new Limits(text, d.maxLabels(), d.maxResults(), d.maxPosts());
  }

  /** Returns the importer these options configure; a bad size is a usage error naming the option. */
  PostImporter importer() {
    PostImporter.Builder importer = PostImporter.builder().includeDrafts(includeDrafts).includeFuture(includeFuture);
    if (maxPostSize != null) {
      importer.maxPostSize(size("--max-post-size", maxPostSize));
    }
    if (maxImportSize != null) {
      importer.maxImportSize(size("--max-import-size", maxImportSize));
    }
    if (wordpressPostTypes != null) {
      importer.wordpressPostTypes(wordpressPostTypes.stream().map(String::strip).toArray(String[]::new));
    }
    return importer.build();
  }

  /**
   * Reads the posts, printing each problem (and each warning) on {@code err}, and the summary unless {@code
   * quiet}.
   *
   * @param stdin what {@code -} reads
   * @return what was read; never empty
   * @throws UserError an input error if nothing could be read, no post was read, or (without {@code
   *     --skip-invalid}) some posts could not be read
   */
  ImportResult read(InputStream stdin, PrintWriter err, boolean quiet) {
    Source source = source();
    PostImporter importer = importer();
    ImportResult result;
    try {
      if (source.isStandardInput()) {
        result = importer.read(source.format(), stdin, "stdin");
      } else {
        Path path = RelataCommand.path(source.path(), source.format().isFolder() ? "--from" : "--in");
        if (!source.format().isFolder() && !Files.exists(path)) {
          throw UserError.input(path + ": no such file");
        }
        result = importer.read(source.format(), path);
      }
    } catch (ImportException e) {
      throw UserError.input(cliWords(e.getMessage()));
    }
    List<Skipped> problems = result.problems();
    for (int i = 0; i < Math.min(problems.size(), MAX_LISTED); i++) {
      err.println("relata: " + cliWords(problems.get(i).toString()));
    }
    if (problems.size() > MAX_LISTED) {
      err.println("relata: ... and " + (problems.size() - MAX_LISTED) + " more posts that could not be read");
    }
    for (ImportWarning warning : result.warnings()) {
      err.println("relata: warning: " + warning);
    }
    err.flush();
    if (!problems.isEmpty() && !skipInvalid) {
      throw UserError.input(source.name() + ": " + problems.size() + (problems.size() == 1 ? " post" : " posts")
          + " could not be read (listed above); nothing was written (--skip-invalid leaves them out)");
    }
    if (result.posts().isEmpty()) {
      throw UserError.input(source.name() + ": no posts read" + (result.skipped().isEmpty()
          ? (source.format().isFolder() ? "" : " (the input is empty)")
          : " (" + result.summary().replaceFirst("^.*; ", "") + ")"));
    }
    if (!quiet) {
      err.println(cliWords(result.summary()));
      err.flush();
    }
    return result;
  }

  /** Returns an importer's message with its settings named as this tool's options. */
  static String cliWords(String message) {
    return message.replace("(maxPostSize)", "(--max-post-size)").replace("(maxImportSize)", "(--max-import-size)");
  }

  /** Parses a size such as {@code 10MB}, {@code 512KiB} or {@code 2000000}. */
  static long size(String option, String text) {
    Matcher m = SIZE.matcher(text.strip());
    if (!m.matches()) {
      throw UserError.usage(option + " must be a size such as 10MB, 512KiB or 2000000 (bytes): " + text);
    }
    double value = Double.parseDouble(m.group(1));
    long unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "kb" -> 1_000L;
      case "mb" -> 1_000_000L;
      case "gb" -> 1_000_000_000L;
      case "kib" -> 1L << 10;
      case "mib" -> 1L << 20;
      case "gib" -> 1L << 30;
      default -> 1L;
    };
    double bytes = value * unit;
    if (bytes < 1_000) {
      throw UserError.usage(option + " must be at least 1kB: " + text);
    }
    if (bytes > Long.MAX_VALUE / 2) {
      throw UserError.usage(option + " is too large: " + text);
    }
    return (long) bytes;
  }
}
