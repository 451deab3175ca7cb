package io.github.relata.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A Markdown file's front matter and body. YAML between {@code ---} lines, TOML between {@code +++} lines
 * (Hugo), or a JSON object (Hugo). YAML is loaded with at most {@value #MAX_ALIASES} aliases to
 * collections and no recursive keys, so an alias bomb is refused, and with duplicate keys refused.
 *
 * @param values the keys and values, in file order
 * @param body the text after the front matter
 * @param bodyLine the 1-based line on which the body starts
 * @param lines the front matter's lines, for finding the line of a key
 * @param firstLine the 1-based line of the front matter's first line of values
 */
record FrontMatter(Map<String, Object> values, String body, int bodyLine, List<String> lines, int firstLine) {

  /** The most YAML aliases to collections one front matter may use. */
  static final int MAX_ALIASES = 50;

  private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final TomlMapper TOML = new TomlMapper();
  private static final Pattern LINE = Pattern.compile("\r\n|\r|\n");

  /**
   * Splits a file's text into front matter and body.
   *
   * @param text the file's text
   * @return the front matter, or null when the file has none
   * @throws BadItem if the front matter never closes or is not valid YAML, TOML or JSON
   */
  static @Nullable FrontMatter parse(String text) throws BadItem {
    String[] lines = LINE.split(text, -1);
    if (lines.length == 0) {
      return null;
    }
    String open = lines[0].strip();
    if (open.startsWith("{")) {
      return json(text);
    }
    if (!open.equals("---") && !open.equals("+++")) {
      return null;
    }
    int close = -1;
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.equals(open) || (open.equals("---") && line.equals("..."))) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      throw new BadItem(1, "the front matter opened with " + open + " on line 1 never closes (no " + open + " line after it)");
    }
    List<String> matter = List.of(lines).subList(1, close);
    String source = String.join("\n", matter);
    Map<String, Object> values = open.equals("---") ? yaml(source) : toml(source);
    String body = String.join("\n", List.of(lines).subList(close + 1, lines.length));
    return new FrontMatter(values, body, close + 2, matter, 2);
  }

  /**
   * Parses a whole configuration document.
   *
   * @param text the document
   * @param extension {@code toml}, {@code yaml}, {@code yml} or {@code json}
   * @return its top-level keys and values
   * @throws BadItem if it is not valid
   */
  static Map<String, Object> document(String text, String extension) throws BadItem {
    return switch (extension) {
      case "toml" -> toml(text);
      case "json" -> json(text).values();
      default -> yaml(text);
    };
  }

  private static Map<String, Object> yaml(String source) throws BadItem {
    LoadSettings settings = LoadSettings.builder()
        .setMaxAliasesForCollections(MAX_ALIASES)
        .setAllowRecursiveKeys(false)
        .setAllowDuplicateKeys(false)
        .setCodePointLimit(Math.max(source.length() + 1, 1024))
        .build();
    Object data;
    try {
      data = new Load(settings).loadFromString(source);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 2).orElse(0);
      throw new BadItem(line, "front matter is not valid YAML: " + e.getProblem()
          + e.getProblemMark().map(m -> " (line " + (m.getLine() + 2) + ", column " + (m.getColumn() + 1) + ")").orElse(""));
    } catch (YamlEngineException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("aliases")) {
        throw new BadItem(2, "front matter uses more than " + MAX_ALIASES + " YAML aliases to collections (an alias bomb?); it was not read");
      }
      throw new BadItem(2, "front matter is not valid YAML: " + message);
    }
    return mapping(data, "YAML");
  }

  private static Map<String, Object> toml(String source) throws BadItem {
    try {
      return mapping(TOML.readValue(source, Map.class), "TOML");
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr() + 1;
      throw new BadItem(line, "front matter is not valid TOML: " + e.getOriginalMessage());
    }
  }

  private static FrontMatter json(String text) throws BadItem {
    try (JsonParser parser = JSON.createParser(text)) {
      Object data = JSON.readValue(parser, Map.class);
      long end = parser.currentLocation().getCharOffset();
      int bodyLine = parser.currentLocation().getLineNr() + 1;
      String matter = text.substring(0, (int) end);
      return new FrontMatter(mapping(data, "JSON"), text.substring((int) end), bodyLine, List.of(LINE.split(matter, -1)), 1);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new BadItem(line, "front matter is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BadItem(1, "front matter is not valid JSON: " + e.getMessage());
    }
  }

  private static Map<String, Object> mapping(@Nullable Object data, String language) throws BadItem {
    if (data == null) {
      return Map.of();
    }
    if (!(data instanceof Map<?, ?> map)) {
      throw new BadItem(2, "front matter is " + language + " but not a mapping of keys to values");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (e.getKey() != null && e.getValue() != null) {
        values.put(String.valueOf(e.getKey()), e.getValue());
      }
    }
    return values;
  }

  /** Returns the 1-based file line that sets {@code key}, or the front matter's first line when it cannot be told. */
  int lineOf(String key) {
    Pattern setting = Pattern.compile("^\\s*\"?" + Pattern.quote(key) + "\"?\\s*[:=].*");
    for (int i = 0; i < lines.size(); i++) {
      if (setting.matcher(lines.get(i)).matches()) {
        return firstLine + i;
      }
    }
    return firstLine;
  }
}
