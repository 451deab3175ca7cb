package io.github.relata.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes related lists in the related-lists format of {@code corpora/README.md}, one line per post. */
final class RelatedListWriter {

  private static final JsonFactory JSON = new JsonFactory();

  private RelatedListWriter() {}

  /**
   * Writes {@code file}, replacing it: one line {@code {"id": ..., "related": [{"id": ..., "score": ...}]}}
   * per post of {@code ids} that has a list, in that order.
   */
  static void write(Path file, List<String> ids, Map<String, List<RankedPost>> related) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String id : ids) {
        List<RankedPost> list = related.get(id);
        if (list != null) {
          out.write(line(id, list));
          out.write('\n');
        }
      }
    }
  }

  private static String line(String id, List<RankedPost> list) throws IOException {
    StringWriter buffer = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(buffer)) {
      json.writeStartObject();
      json.writeStringField("id", id);
      json.writeArrayFieldStart("related");
      for (RankedPost post : list) {
        json.writeStartObject();
        json.writeStringField("id", post.id());
        json.writeNumberField("score", post.score());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    return buffer.toString();
  }
}
