package io.github.relata.imports;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Typed reading of front matter values, with errors that name the key, its line and the value. */
final class Fields {

  private final FrontMatter matter;

  Fields(FrontMatter matter) {
    this.matter = matter;
  }

  boolean has(String key) {
    return matter.values().containsKey(key);
  }

  /** Returns a text value (numbers and booleans as written), or null when the key is absent. */
  @Nullable String string(String key) throws BadItem {
    Object value = matter.values().get(key);
    if (value == null) {
      return null;
    }
    if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
      throw bad(key, "must be text, found: " + JsonPosts.abbreviate(value.toString()));
    }
    return value.toString();
  }

  /** Returns the first of these keys that is present, as text, or null. */
  @Nullable String firstString(String... keys) throws BadItem {
    for (String key : keys) {
      String value = string(key);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  /**
   * Returns a list of labels: a list of scalars, or one text value, which is split at spaces when {@code
   * splitSpaces} (Jekyll's {@code tags: a b c}).
   */
  List<String> strings(String key, boolean splitSpaces) throws BadItem {
    Object value = matter.values().get(key);
    List<String> labels = new ArrayList<>();
    if (value == null) {
      return labels;
    }
    if (value instanceof Collection<?> items) {
      for (Object item : items) {
        if (item instanceof Map<?, ?> || item instanceof Collection<?>) {
          throw bad(key, "must be a list of text values, found: " + JsonPosts.abbreviate(value.toString()));
        }
        if (item != null && !item.toString().isBlank()) {
          labels.add(item.toString().strip());
        }
      }
      return labels;
    }
    if (value instanceof Map<?, ?>) {
      throw bad(key, "must be a list of text values, found: " + JsonPosts.abbreviate(value.toString()));
    }
    for (String label : splitSpaces ? value.toString().strip().split("\\s+") : new String[] {value.toString()}) {
      if (!label.isBlank()) {
        labels.add(label.strip());
      }
    }
    return labels;
  }

  /** Returns a boolean, also written as {@code yes}/{@code no}; {@code otherwise} when absent. */
  boolean bool(String key, boolean otherwise) throws BadItem {
    Object value = matter.values().get(key);
    if (value == null) {
      return otherwise;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    return switch (value.toString().strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw bad(key, "must be true or false, found: " + JsonPosts.abbreviate(value.toString()));
    };
  }

  /** Returns a date, or null when the key is absent or empty. */
  @Nullable Instant date(String key) throws BadItem {
    String value = string(key);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Dates.parse(value);
    } catch (DateTimeException e) {
      throw bad(key, e.getMessage());
    }
  }

  /** Returns an author's name: a text value, the first of a list, or a mapping's {@code name}. */
  @Nullable String author(String... keys) throws BadItem {
    for (String key : keys) {
      Object value = matter.values().get(key);
      if (value instanceof Collection<?> items && !items.isEmpty()) {
        value = items.iterator().next();
      }
      if (value instanceof Map<?, ?> map) {
        value = map.get("name");
      }
      if (value != null && !(value instanceof Collection<?>) && !(value instanceof Map<?, ?>) && !value.toString().isBlank()) {
        return value.toString().strip();
      }
    }
    return null;
  }

  BadItem bad(String key, String problem) {
    return new BadItem(matter.lineOf(key), key + ": " + problem);
  }
}
