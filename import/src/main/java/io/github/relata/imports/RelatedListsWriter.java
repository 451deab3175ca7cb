package io.github.relata.imports;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.relata.RelatedPost;
import io.github.relata.Signal;
import java.io.Flushable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes related lists in the related-lists format, the one {@code relata related} writes and the evaluation
 * corpora's ground truth uses: one JSON object a line, {@code {"id": ..., "related": [{"id": ..., "score":
 * ...}]}}, best first, scores rounded to four decimals. With {@link Detail#EXPLANATIONS} each entry also has
 * {@code contributions} (each signal's share of the score, by the signal's name in lower case), {@code
 * sharedTerms}, {@code sharedTags} and {@code exposure}.
 *
 * <p>Jackson writes every id and term, so quotes and control characters in them (line breaks included) are
 * escaped and a list is always one line. Not thread-safe.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(path)) {
 *   RelatedListsWriter lists = new RelatedListsWriter(out, RelatedListsWriter.Detail.SCORES);
 *   for (Article post : index.articles()) {
 *     lists.write(post.id(), index.relatedTo(post.id()));
 *   }
 *   lists.flush();
 * }
 * }</pre>
 */
public final class RelatedListsWriter implements Flushable {

  /** What each entry of a list holds besides the related post's id. */
  public enum Detail {
    /** The score only. */
    SCORES,
    /** The score, each signal's share of it, the shared terms and tags, and the exposure factor. */
    EXPLANATIONS
  }

  private static final JsonFactory JSON =
      new JsonFactoryBuilder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          // Lines end with '\n' (written below), not with the default separator, a space.
          .rootValueSeparator((String) null)
          .build();

  private final JsonGenerator json;
  private final Detail detail;

  /**
   * Returns a writer of lines to {@code out}, which stays open when the writer is done.
   *
   * @param out where the lines go
   * @param detail what each entry holds
   * @throws IOException if the JSON generator cannot be set up over {@code out}
   * @throws NullPointerException if an argument is null
   */
  public RelatedListsWriter(Writer out, Detail detail) throws IOException {
    this.json = JSON.createGenerator(checkNotNull(out, "out"));
    this.detail = checkNotNull(detail, "detail");
  }

  /**
   * Writes one post's list as a line ending in {@code '\n'}.
   *
   * @param id the id of the post the list is for
   * @param related its related posts, best first
   * @throws IOException if the underlying writer fails
   * @throws NullPointerException if an argument is null
   */
  public void write(String id, List<RelatedPost> related) throws IOException {
    checkNotNull(id, "id");
    checkNotNull(related, "related");
    json.writeStartObject();
    json.writeStringField("id", id);
    json.writeArrayFieldStart("related");
    for (RelatedPost post : related) {
      writeEntry(post);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
  }

  /**
   * Returns one post's list as a line, without the {@code '\n'}: for jobs that produce lines as values, such
   * as a Spark dataset of strings.
   *
   * @param id the id of the post the list is for
   * @param related its related posts, best first
   * @param detail what each entry holds
   * @return the line
   * @throws NullPointerException if an argument is null
   */
  public static String line(String id, List<RelatedPost> related, Detail detail) {
    StringWriter out = new StringWriter();
    try {
      RelatedListsWriter writer = new RelatedListsWriter(out, detail);
      writer.write(id, related);
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return out.getBuffer().substring(0, out.getBuffer().length() - 1);
  }

  /**
   * Flushes the lines written so far to the underlying writer.
   *
   * @throws IOException if the underlying writer fails
   */
  @Override
  public void flush() throws IOException {
    json.flush();
  }

  private void writeEntry(RelatedPost post) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", post.article().id());
    json.writeNumberField("score", rounded(post.score()));
    if (detail == Detail.EXPLANATIONS) {
      json.writeObjectFieldStart("contributions");
      for (Map.Entry<Signal, Double> e : post.contributions().entrySet()) {
        json.writeNumberField(e.getKey().name().toLowerCase(Locale.ROOT), rounded(e.getValue()));
      }
      json.writeEndObject();
      writeStrings("sharedTerms", post.sharedTerms());
      writeStrings("sharedTags", post.sharedTags());
      json.writeNumberField("exposure", rounded(post.exposure()));
    }
    json.writeEndObject();
  }

  private void writeStrings(String field, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  private static double rounded(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
