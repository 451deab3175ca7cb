package io.github.relata.imports;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The shapes in which sites keep their posts, each with the name the command line gives it. */
public enum ImportFormat {
  /** A Hugo site (or its {@code content} folder): Markdown files with YAML, TOML or JSON front matter. */
  HUGO("hugo", "a Hugo site or content folder", true),
  /** A Jekyll site: Markdown files with YAML front matter in {@code _posts}, drafts in {@code _drafts}. */
  JEKYLL("jekyll", "a Jekyll site folder", true),
  /** A WordPress export file (WXR, "WordPress eXtended RSS"), as Tools → Export writes it. */
  WORDPRESS("wxr", "a WordPress export (WXR) file", false),
  /** An RSS (0.9x, 1.0, 2.0) or Atom (0.3, 1.0) feed. */
  FEED("feed", "an RSS or Atom feed", false),
  /** One JSON object per line, the format of the command-line tool and the evaluation corpora. */
  JSON_LINES("jsonl", "a JSON Lines file of posts", false),
  /** A JSON array of post objects, with the fields of {@link #JSON_LINES}. */
  JSON_ARRAY("json", "a JSON array of posts", false);

  private final String label;
  private final String description;
  private final boolean folder;

  ImportFormat(String label, String description, boolean folder) {
    this.label = label;
    this.description = description;
    this.folder = folder;
  }

  /** Returns the short name used on the command line, such as {@code hugo} or {@code jsonl}. */
  public String label() {
    return label;
  }

  /** Returns what the format is, in words, such as "a WordPress export (WXR) file". */
  public String description() {
    return description;
  }

  /** Returns whether the format is a folder of files rather than one file or stream. */
  public boolean isFolder() {
    return folder;
  }

  /**
   * Returns the format with this short name, ignoring case.
   *
   * @param label a name such as {@code hugo}, {@code jekyll}, {@code wxr}, {@code feed}, {@code jsonl} or {@code json}
   * @return the format, or empty if no format has that name
   */
  public static Optional<ImportFormat> ofLabel(String label) {
    checkNotNull(label, "label");
    String name = label.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.label.equals(name)).findFirst();
  }

  /** Returns every short name, comma-separated, for messages: {@code hugo, jekyll, wxr, feed, jsonl, json}. */
  public static String labels() {
    return Arrays.stream(values()).map(ImportFormat::label).collect(Collectors.joining(", "));
  }
}
