package io.github.relata.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.relata.RelatedPost;
import io.github.relata.imports.ImportedPost;
import io.github.relata.imports.RelatedListsWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Writes related lists in one of the {@link OutputFormat}s. JSON goes through Jackson and YAML through
 * SnakeYAML Engine, which escape and quote whatever the posts hold. Line formats are written as posts come;
 * data files, which are one object, when {@link #finish()} is called. Not thread-safe.
 */
abstract class RelatedWriter {

  private static final ObjectMapper JSON = new ObjectMapper(
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build())
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  /** Writes one post's list, in display order. */
  abstract void write(ImportedPost post, List<RelatedPost> related) throws IOException;

  /** Writes what is left and flushes. */
  abstract void finish() throws IOException;

  /**
   * Returns a writer of {@code format} to {@code out}.
   *
   * @param entries the posts, for the fields of each entry
   * @param defaultLanguage the language of posts that have none, for the Hugo data file's keys
   */
  static RelatedWriter of(OutputFormat format, Writer out, RelatedEntries entries, String defaultLanguage) throws IOException {
    return switch (format) {
      case IDS -> new Ids(out);
      case RICH -> new Rich(out, entries);
      case HUGO -> new Hugo(out, entries, defaultLanguage);
      case JEKYLL -> new Jekyll(out, entries);
    };
  }

  /** The related-lists format: {@code {"id": ..., "related": [{"id": ..., "score": ...}]}} per line. */
  private static final class Ids extends RelatedWriter {
    private final RelatedListsWriter lines;

    Ids(Writer out) throws IOException {
      this.lines = new RelatedListsWriter(out, RelatedListsWriter.Detail.SCORES);
    }

    @Override
    void write(ImportedPost post, List<RelatedPost> related) throws IOException {
      lines.write(post.id(), related);
    }

    @Override
    void finish() throws IOException {
      lines.flush();
    }
  }

  /** One JSON object per line: the post's own fields, then {@code related} with every entry's fields. */
  private static final class Rich extends RelatedWriter {
    private final Writer out;
    private final RelatedEntries entries;

    Rich(Writer out, RelatedEntries entries) {
      this.out = out;
      this.entries = entries;
    }

    @Override
    void write(ImportedPost post, List<RelatedPost> related) throws IOException {
      Map<String, @Nullable Object> line = entries.post(post.article());
      line.put("related", entries.entries(related));
      out.write(JSON.writeValueAsString(line));
      out.write('\n');
    }

    @Override
    void finish() throws IOException {
      out.flush();
    }
  }

  /** {@code {"en": {"posts/a.md": [entries]}}}: Hugo looks a page's list up with {@code index site.Data.related .Lang .File.Path}. */
  private static final class Hugo extends RelatedWriter {
    private final Writer out;
    private final RelatedEntries entries;
    private final String defaultLanguage;
    private final Map<String, Map<String, Object>> byLanguage = new LinkedHashMap<>();

    Hugo(Writer out, RelatedEntries entries, String defaultLanguage) {
      this.out = out;
      this.entries = entries;
      this.defaultLanguage = defaultLanguage;
    }

    @Override
    void write(ImportedPost post, List<RelatedPost> related) {
      byLanguage.computeIfAbsent(entries.language(post.article(), defaultLanguage), l -> new LinkedHashMap<>())
          .put(entries.path(post.article()), entries.entries(related));
    }

    @Override
    void finish() throws IOException {
      try (JsonGenerator json = JSON.createGenerator(out)) {
        json.useDefaultPrettyPrinter();
        JSON.writeValue(json, byLanguage);
      }
      out.write('\n');
      out.flush();
    }
  }

  /** {@code _posts/2018-03-14-a.md: [entries]}: Liquid looks a post's list up with {@code site.data.related[page.path]}. */
  private static final class Jekyll extends RelatedWriter {
    private final Writer out;
    private final RelatedEntries entries;
    private final Map<String, Object> byPath = new LinkedHashMap<>();

    Jekyll(Writer out, RelatedEntries entries) {
      this.out = out;
      this.entries = entries;
    }

    @Override
    void write(ImportedPost post, List<RelatedPost> related) {
      byPath.put(entries.path(post.article()), entries.entries(related));
    }

    @Override
    void finish() throws IOException {
      DumpSettings settings = DumpSettings.builder()
          .setDefaultFlowStyle(FlowStyle.BLOCK)
          .setWidth(Integer.MAX_VALUE)
          .setSplitLines(false)
          .build();
      out.write("# Related posts written by relata; look a post's list up with site.data.related[page.path].\n");
      out.write(new Dump(settings).dumpToString(byPath));
      out.flush();
    }
  }
}
