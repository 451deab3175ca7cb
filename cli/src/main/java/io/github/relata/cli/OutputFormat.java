package io.github.relata.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What {@code relata related} writes. */
enum OutputFormat {
  /** JSON Lines of ids and scores, the related-lists format of the evaluation corpora. */
  IDS("ids"),
  /** JSON Lines with each entry's title, url, date, excerpt, score and reasons, for any template engine. */
  RICH("rich"),
  /** A Hugo data file ({@code data/related.json}) keyed by language and then by the page's {@code .File.Path}. */
  HUGO("hugo"),
  /** A Jekyll data file ({@code _data/related.yml}) keyed by the post's {@code page.path}. */
  JEKYLL("jekyll");

  private final String label;

  OutputFormat(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** Returns the format with this name, or a usage error naming the value and the choices. */
  static OutputFormat of(String name) {
    return Arrays.stream(values()).filter(f -> f.label.equals(name.strip().toLowerCase(Locale.ROOT))).findFirst()
        .orElseThrow(() -> UserError.usage("--format must be one of " + labels() + ": " + name));
  }

  static String labels() {
    return Arrays.stream(values()).map(OutputFormat::label).collect(Collectors.joining(", "));
  }
}
