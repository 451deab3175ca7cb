package io.github.relata.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Parses one line of a corpus file into a {@link CorpusPost}, reporting errors with file and line. */
final class PostParser {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private final Path file;

  PostParser(Path file) {
    this.file = file;
  }

  /** Returns the post on {@code line}, the {@code lineNumber}th line of the file. */
  CorpusPost parse(String line, int lineNumber) throws CorpusFormatException {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new CorpusFormatException(file, lineNumber, "malformed JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw error(lineNumber, "expected a JSON object, got: " + abbreviate(line));
    }
    String id = requiredString(node, "id", lineNumber);
    if (id.isBlank()) {
      throw error(lineNumber, "id must not be blank");
    }
    String title = requiredString(node, "title", lineNumber);
    return new CorpusPost(
        id,
        title,
        optionalString(node, "body", lineNumber),
        date(node, lineNumber),
        optionalString(node, "lang", lineNumber),
        strings(node, "tags", lineNumber),
        new LinkedHashSet<>(strings(node, "labels", lineNumber)));
  }

  private String requiredString(JsonNode node, String field, int lineNumber) throws CorpusFormatException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw error(lineNumber, "missing " + field);
    }
    if (!value.isTextual()) {
      throw error(lineNumber, field + " must be a string: " + value);
    }
    return value.textValue();
  }

  private String optionalString(JsonNode node, String field, int lineNumber) throws CorpusFormatException {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : requiredString(node, field, lineNumber);
  }

  private LocalDate date(JsonNode node, int lineNumber) throws CorpusFormatException {
    String text = optionalString(node, "date", lineNumber);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CorpusFormatException(file, lineNumber, "date must be YYYY-MM-DD: " + text, e);
    }
  }

  private List<String> strings(JsonNode node, String field, int lineNumber) throws CorpusFormatException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw error(lineNumber, field + " must be an array of strings: " + value);
    }
    List<String> result = new ArrayList<>(value.size());
    for (JsonNode element : value) {
      if (!element.isTextual()) {
        throw error(lineNumber, field + " must be an array of strings: " + value);
      }
      result.add(element.textValue());
    }
    return result;
  }

  private CorpusFormatException error(int lineNumber, String reason) {
    return new CorpusFormatException(file, lineNumber, reason, null);
  }

  private static String abbreviate(String line) {
    return line.length() <= 60 ? line : line.substring(0, 57) + "...";
  }
}
