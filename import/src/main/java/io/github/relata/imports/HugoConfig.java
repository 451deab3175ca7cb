package io.github.relata.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What Relata needs from a Hugo site's configuration ({@code hugo.toml}, {@code config.yaml}, ... in the
 * site's folder or in {@code config/_default}): the default content language, the languages with their
 * content folders, and the content folder.
 *
 * @param defaultLanguage {@code defaultContentLanguage}, or {@code en}, Hugo's default
 * @param declared whether the site declares its language ({@code defaultContentLanguage} or {@code languages})
 * @param languages each language key and its {@code contentDir}, or null when it has none
 * @param contentDir the {@code contentDir} setting, or {@code content}
 * @param file the configuration file read, or null when there is none
 */
record HugoConfig(String defaultLanguage, boolean declared, Map<String, @Nullable String> languages, String contentDir, @Nullable Path file) {

  private static final List<String> NAMES = List.of(
      "hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json");

  /** Returns the configuration of the site in {@code root}, or the defaults; a file that cannot be read is a warning. */
  static HugoConfig read(Path root, Results results) {
    Map<String, Object> settings = new LinkedHashMap<>();
    Path found = null;
    for (Path dir : List.of(root, root.resolve("config").resolve("_default"))) {
      for (String name : NAMES) {
        Path file = dir.resolve(name);
        if (Files.isRegularFile(file) && found == null) {
          settings.putAll(load(file, results));
          found = file;
        }
      }
      for (String name : List.of("languages.toml", "languages.yaml", "languages.yml", "languages.json")) {
        Path file = dir.resolve(name);
        if (Files.isRegularFile(file)) {
          settings.put("languages", load(file, results));
        }
      }
    }
    Map<String, @Nullable String> languages = new LinkedHashMap<>();
    if (settings.get("languages") instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> language : map.entrySet()) {
        String contentDir = language.getValue() instanceof Map<?, ?> values && values.get("contentDir") != null
            ? values.get("contentDir").toString() : null;
        languages.put(language.getKey().toString().toLowerCase(Locale.ROOT), contentDir);
      }
    }
    Object defaultLanguage = settings.get("defaultContentLanguage");
    Object contentDir = settings.get("contentDir");
    return new HugoConfig(
        defaultLanguage == null ? (languages.size() == 1 ? languages.keySet().iterator().next() : "en") : defaultLanguage.toString().toLowerCase(Locale.ROOT),
        defaultLanguage != null || !languages.isEmpty(),
        languages,
        contentDir == null ? "content" : contentDir.toString(),
        found);
  }

  private static Map<String, Object> load(Path file, Results results) {
    String name = file.getFileName().toString();
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text = Utf8.decode(bytes, bytes.length, 1);
      return FrontMatter.document(text, name.substring(name.lastIndexOf('.') + 1));
    } catch (IOException | BadItem e) {
      results.warn(file.toString(), "the site configuration cannot be read (" + e.getMessage() + "); languages are taken from file and folder names");
      return Map.of();
    }
  }
}
