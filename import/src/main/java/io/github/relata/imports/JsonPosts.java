package io.github.relata.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.relata.Article;
import io.github.relata.ArticleBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Posts as JSON: JSON Lines (one object per line) and a JSON array of objects, with the fields {@code id}
 * and {@code title} (required), {@code date}, {@code excerpt} (or {@code summary}), {@code body}, {@code
 * tags}, {@code categories}, {@code author}, {@code url} and {@code lang}. Other fields are read only when
 * the import asks for them ({@link ImportOptions#extraFields()}), such as the evaluation corpora's {@code
 * labels}, which the bench reads and the engine never sees.
 */
final class JsonPosts {

  /** The fields an article is read from. */
  static final Set<String> ARTICLE_FIELDS =
      Set.of("id", "title", "date", "excerpt", "summary", "body", "tags", "categories", "author", "url", "lang");

  private JsonPosts() {}

  /** Returns a mapper whose limits are the import's: a string may be as long as a post, a document as an import. */
  private static ObjectMapper mapper(ImportOptions options) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength((int) Math.min(Integer.MAX_VALUE - 16, options.maxPostBytes()))
            .maxDocumentLength(options.maxImportBytes())
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    return new ObjectMapper(factory);
  }

  static ImportResult readLines(InputStream in, Results results) throws ImportException {
    ObjectMapper json = mapper(results.options());
    ByteLines lines = new ByteLines(in, (int) Math.min(Integer.MAX_VALUE - 16, results.options().maxPostBytes()));
    String source = results.source();
    try {
      while (lines.next()) {
        String where = source + ":" + lines.number();
        if (lines.tooLong()) {
          results.skip(where, SkipReason.TOO_LARGE, "line " + results.tooLarge(lines.fullLength()));
          continue;
        }
        try {
          String line = Utf8.decode(lines.bytes(), lines.length(), lines.number());
          if (line.isBlank()) {
            continue;
          }
          JsonNode node = parseLine(json, line);
          results.add(new ImportedPost(article(node), where, null, null, extraFields(node, results.options())));
          warnLanguage(node, where, results);
        } catch (BadItem e) {
          results.skip(where, SkipReason.INVALID, e.getMessage().replaceFirst(" at line \\d+, column", " at column"));
        }
      }
    } catch (IOException e) {
      throw failure(results, source + ":" + (lines.number() + 1), e);
    }
    return results.result();
  }

  private static JsonNode parseLine(ObjectMapper json, String line) throws BadItem {
    try (JsonParser parser = json.createParser(line)) {
      JsonNode node = json.readTree(parser);
      if (node == null || !node.isObject()) {
        throw new BadItem("expected a JSON object, found: " + abbreviate(line));
      }
      if (parser.nextToken() != null) {
        throw new BadItem("more than one JSON value on the line (a missing line break?): " + abbreviate(line));
      }
      return node;
    } catch (StreamConstraintsException e) {
      throw new BadItem(constraint(e));
    } catch (JsonProcessingException e) {
      throw new BadItem("not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BadItem("not valid JSON: " + e.getMessage());
    }
  }

  static ImportResult readArray(InputStream in, Results results) throws ImportException {
    ObjectMapper json = mapper(results.options());
    String source = results.source();
    try (JsonParser parser = json.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_ARRAY) {
        throw new ImportException(source, first == null
            ? "empty: no JSON array of posts"
            : "not a JSON array of posts: it starts with " + (first == JsonToken.START_OBJECT
                ? "an object (one post per line is JSON Lines: use jsonl)"
                : parser.getText()));
      }
      int item = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        item++;
        JsonLocation start = parser.currentTokenLocation();
        String where = source + ": item " + item + ", line " + start.getLineNr();
        JsonNode node = json.readTree(parser);
        long bytes = parser.currentLocation().getByteOffset() - start.getByteOffset();
        if (bytes > results.options().maxPostBytes()) {
          results.skip(where, SkipReason.TOO_LARGE, results.tooLarge(bytes));
          continue;
        }
        try {
          if (node == null || !node.isObject()) {
            throw new BadItem("expected a JSON object, found: " + abbreviate(String.valueOf(node)));
          }
          results.add(new ImportedPost(article(node), where, null, null, extraFields(node, results.options())));
          warnLanguage(node, where, results);
        } catch (BadItem e) {
          results.skip(where, SkipReason.INVALID, e.getMessage());
        }
      }
      if (parser.nextToken() != null) {
        throw new ImportException(source + ":" + parser.currentTokenLocation().getLineNr(), "more JSON after the array of posts");
      }
    } catch (StreamConstraintsException e) {
      throw new ImportException(source, constraint(e) + "; the file was not read", e);
    } catch (JsonProcessingException e) {
      if (results.overLimit()) {
        throw results.limitExceeded();
      }
      JsonLocation at = e.getLocation();
      throw new ImportException(source + (at != null && at.getLineNr() > 0 ? ":" + at.getLineNr() : ""),
          "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw failure(results, source, e);
    }
    return results.result();
  }

  private static ImportException failure(Results results, String where, IOException e) {
    return results.overLimit() ? results.limitExceeded() : new ImportException(where, "cannot read: " + Results.reason(e), e);
  }

  /** Returns a parser limit that was passed, in Relata's words (Jackson's name its own internals). */
  private static String constraint(StreamConstraintsException e) {
    String message = String.valueOf(e.getMessage());
    if (message.startsWith("String value length")) {
      return "a string longer than the post limit (maxPostSize)";
    }
    if (message.startsWith("Number value length")) {
      return "a number longer than " + StreamReadConstraints.DEFAULT_MAX_NUM_LEN + " digits";
    }
    if (message.startsWith("Document nesting depth")) {
      return "nested more than " + StreamReadConstraints.DEFAULT_MAX_DEPTH + " levels deep";
    }
    if (message.startsWith("Document length")) {
      return "larger than the import limit (maxImportSize)";
    }
    return "a value beyond the JSON parser's limits";
  }

  /** Warns when a post's language is not an ISO 639 code; the article then has none, and the engine detects it. */
  private static void warnLanguage(JsonNode node, String where, Results results) {
    JsonNode lang = node.get("lang");
    if (lang != null && lang.isTextual() && !lang.asText().isBlank() && !LanguageCodes.isKnown(lang.asText())) {
      results.warn(where, "lang '" + lang.asText() + "' is not an ISO 639 language code (such as sv or en); the language will be detected");
    }
  }

  /**
   * Returns the post a JSON object describes.
   *
   * @param node the object
   * @throws BadItem if a field is missing, of the wrong type or has an invalid value
   */
  static Article article(JsonNode node) throws BadItem {
    String id = text(node, "id", true);
    String title = text(node, "title", true);
    try {
      ArticleBuilder post = Article.builder(id, title);
      String excerpt = text(node, node.has("excerpt") ? "excerpt" : "summary", false);
      if (excerpt != null) {
        post.summary(excerpt);
      }
      String body = text(node, "body", false);
      if (body != null) {
        post.body(body);
      }
      String date = text(node, "date", false);
      if (date != null && !date.isBlank()) {
        try {
          post.published(Dates.parse(date));
        } catch (DateTimeException e) {
          throw new BadItem("date must be YYYY-MM-DD or an ISO-8601 date-time: '" + date + "'");
        }
      }
      post.tags(strings(node, "tags"));
      post.categories(strings(node, "categories"));
      String author = text(node, "author", false);
      if (author != null) {
        post.author(author);
      }
      String url = text(node, "url", false);
      if (url != null) {
        post.url(url);
      }
      String lang = text(node, "lang", false);
      if (lang != null && !lang.isBlank()) {
        LanguageCodes.primary(lang).ifPresent(post::language);
      }
      return post.build();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new BadItem(String.valueOf(e.getMessage()));
    }
  }

  /** Returns the extra fields the import asks for that {@code node} has, each an array of strings. */
  private static Map<String, List<String>> extraFields(JsonNode node, ImportOptions options) throws BadItem {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (String field : options.extraFields()) {
      if (node.has(field) && !node.get(field).isNull()) {
        fields.put(field, strings(node, field));
      }
    }
    return fields;
  }

  private static @Nullable String text(JsonNode node, String field, boolean required) throws BadItem {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw new BadItem("missing field '" + field + "'");
      }
      return null;
    }
    if (!value.isTextual()) {
      throw new BadItem("field '" + field + "' must be a string, found: " + abbreviate(value.toString()));
    }
    return value.asText();
  }

  private static List<String> strings(JsonNode node, String field) throws BadItem {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new BadItem("field '" + field + "' must be an array of strings, found: " + abbreviate(value.toString()));
    }
    List<String> strings = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw new BadItem("field '" + field + "' must hold only strings, found: " + abbreviate(item.toString()));
      }
      strings.add(item.asText());
    }
    return strings;
  }

  static String abbreviate(String text) {
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
  }
}
