package io.github.relata.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Reads the links file of a link corpus: one {@code {"id": ..., "relevant": [...]}} line per query post. */
final class LinksParser {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private LinksParser() {}

  /**
   * Returns each query's linked posts, in file order.
   *
   * @param file the links file
   * @param ids the ids of the pool's posts; every query and linked post must be one of them
   * @throws CorpusFormatException naming the file and line of a malformed line, a repeated or unknown
   *     query, an empty list, or a link to a post that is not in the pool
   */
  static Map<String, Set<String>> read(Path file, Set<String> ids) throws IOException {
    Map<String, Set<String>> links = new LinkedHashMap<>();
    int lineNumber = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
          throw new CorpusFormatException(file, lineNumber, "malformed JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode id = node == null ? null : node.get("id");
        JsonNode relevant = node == null ? null : node.get("relevant");
        if (id == null || !id.isTextual() || relevant == null || !relevant.isArray() || relevant.isEmpty()) {
          throw error(file, lineNumber, "expected {\"id\": \"...\", \"relevant\": [\"...\", ...]} with at least one id");
        }
        String query = id.textValue();
        if (!ids.contains(query)) {
          throw error(file, lineNumber, "query post is not in the pool: " + query);
        }
        Set<String> linked = new LinkedHashSet<>();
        for (JsonNode element : relevant) {
          if (!element.isTextual() || !ids.contains(element.textValue())) {
            throw error(file, lineNumber, "linked post is not in the pool: " + element);
          }
          linked.add(element.textValue());
        }
        if (links.put(query, linked) != null) {
          throw error(file, lineNumber, "query post appears twice: " + query);
        }
      }
    } catch (CharacterCodingException e) {
      throw new CorpusFormatException(file, lineNumber + 1, "not valid UTF-8", e);
    }
    return links;
  }

  private static CorpusFormatException error(Path file, int lineNumber, String reason) {
    return new CorpusFormatException(file, lineNumber, reason, null);
  }
}
