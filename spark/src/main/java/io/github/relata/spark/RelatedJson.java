package io.github.relata.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.relata.RelatedPost;
import io.github.relata.Signal;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * One post's list as a line of the related-lists format ({@code relata related}'s output): {@code {"id": ...,
 * "related": [{"id": ..., "score": ...}]}}, best first, scores rounded to four decimals; with explanations, each
 * entry also has each signal's share of the score, the shared terms and tags, and the exposure factor.
 */
final class RelatedJson {

  private static final JsonFactory JSON = new JsonFactory();

  private RelatedJson() {}

  static String line(String id, List<RelatedPost> related, boolean explain) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("id", id);
      json.writeArrayFieldStart("related");
      for (RelatedPost post : related) {
        json.writeStartObject();
        json.writeStringField("id", post.article().id());
        json.writeNumberField("score", Math.round(post.score() * 10_000) / 10_000.0);
        if (explain) {
          json.writeObjectFieldStart("contributions");
          for (Map.Entry<Signal, Double> e : post.contributions().entrySet()) {
            json.writeNumberField(e.getKey().name().toLowerCase(java.util.Locale.ROOT), Math.round(e.getValue() * 10_000) / 10_000.0);
          }
          json.writeEndObject();
          json.writeArrayFieldStart("sharedTerms");
          for (String term : post.sharedTerms()) {
            json.writeString(term);
          }
          json.writeEndArray();
          json.writeArrayFieldStart("sharedTags");
          for (String tag : post.sharedTags()) {
            json.writeString(tag);
          }
          json.writeEndArray();
          json.writeNumberField("exposure", Math.round(post.exposure() * 10_000) / 10_000.0);
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
