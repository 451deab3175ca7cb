package io.github.relata.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.relata.RelatedPost;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes related lists in the related-lists format of the corpora README, one JSON object per line:
 * {@code {"id": ..., "related": [{"id": ..., "score": ...}]}}, best first. Scores are rounded to four
 * decimals. Not thread-safe.
 */
final class RelatedLines implements Flushable {

  private static final JsonFactory JSON =
      new JsonFactoryBuilder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          // Lines end with '\n' (written below), not with the default separator, a space.
          .rootValueSeparator((String) null)
          .build();

  private final JsonGenerator json;

  /**
   * Writes to {@code out}, which stays open.
   *
   * @param out where the lines go
   * @throws IOException if the writer cannot be set up
   */
  RelatedLines(Writer out) throws IOException {
    this.json = JSON.createGenerator(out);
  }

  /**
   * Writes one post's related list as a line.
   *
   * @param id the query post's id
   * @param related its related posts, best first
   * @throws IOException if it cannot be written
   */
  void write(String id, List<RelatedPost> related) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", id);
    json.writeArrayFieldStart("related");
    for (RelatedPost post : related) {
      json.writeStartObject();
      json.writeStringField("id", post.article().id());
      json.writeNumberField("score", Math.round(post.score() * 10_000) / 10_000.0);
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
  }

  /** Flushes the lines written so far to the underlying writer. */
  @Override
  public void flush() throws IOException {
    json.flush();
  }
}
