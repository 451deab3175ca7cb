package io.github.relata.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.relata.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads posts from JSON Lines: one JSON object per line, UTF-8, with the fields {@code id} and {@code title}
 * (required), {@code date} ({@code YYYY-MM-DD}, an ISO-8601 instant or offset date-time, or null), {@code
 * excerpt} (or {@code summary}), {@code body}, {@code tags}, {@code categories}, {@code author}, {@code url}
 * and {@code lang}. Other fields, such as the evaluation corpora's {@code labels}, are never read. Blank
 * lines are skipped. Every problem is reported with the file and line; nothing is skipped silently.
 */
public final class PostsFile {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PostsFile() {}

  /**
   * Reads every post of a file.
   *
   * @param file a JSON Lines file
   * @return the posts, in file order
   * @throws PostsFileException if the file is missing or unreadable, a line is not a JSON object, a field
   *     has the wrong type or an invalid value, or two posts share an id
   */
  public static List<Article> read(Path file) throws PostsFileException {
    if (Files.isDirectory(file)) {
      throw new PostsFileException(file, 0, "is a directory, not a posts file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(file, in);
    } catch (NoSuchFileException e) {
      throw new PostsFileException(file, 0, "no such file", e);
    } catch (IOException e) {
      throw new PostsFileException(file, 0, "cannot read: " + UserError.reason(e), e);
    }
  }

  /**
   * Reads every post from a stream, naming {@code source} in errors.
   *
   * @param source the name used in error messages, such as the file the stream comes from
   * @param in UTF-8 JSON Lines; not closed
   * @return the posts, in order
   * @throws PostsFileException as {@link #read(Path)}
   */
  public static List<Article> read(Path source, InputStream in) throws PostsFileException {
    Reader reader =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    BufferedReader lines = new BufferedReader(reader, 1 << 16);
    List<Article> posts = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    int number = 0;
    try {
      String line;
      while ((line = lines.readLine()) != null) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        Article post = parse(source, number, line);
        Integer previous = firstLine.putIfAbsent(post.id(), number);
        if (previous != null) {
          throw new PostsFileException(source, number, "duplicate id '" + post.id() + "' (first on line " + previous + ")");
        }
        posts.add(post);
      }
    } catch (CharacterCodingException e) {
      throw new PostsFileException(source, number + 1, "not valid UTF-8", e);
    } catch (IOException e) {
      throw new PostsFileException(source, number + 1, "cannot read: " + UserError.reason(e), e);
    }
    return posts;
  }

  /**
   * Parses one line.
   *
   * @param source the file, for error messages
   * @param number the 1-based line number, for error messages
   * @param line one JSON object
   * @return the post
   * @throws PostsFileException if the line is not a valid post
   */
  public static Article parse(Path source, int number, String line) throws PostsFileException {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new PostsFileException(source, number, "not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new PostsFileException(source, number, "expected a JSON object, found: " + abbreviate(line));
    }
    String id = text(source, number, node, "id", true);
    String title = text(source, number, node, "title", true);
    try {
      Article.Builder post = Article.builder(id, title);
      String excerpt = text(source, number, node, node.has("excerpt") ? "excerpt" : "summary", false);
      if (excerpt != null) {
        post.summary(excerpt);
      }
      String body = text(source, number, node, "body", false);
      if (body != null) {
        post.body(body);
      }
      String date = text(source, number, node, "date", false);
      if (date != null && !date.isBlank()) {
        setDate(post, date.strip(), source, number);
      }
      post.tags(strings(source, number, node, "tags"));
      post.categories(strings(source, number, node, "categories"));
      String author = text(source, number, node, "author", false);
      if (author != null) {
        post.author(author);
      }
      String url = text(source, number, node, "url", false);
      if (url != null) {
        post.url(url);
      }
      String lang = text(source, number, node, "lang", false);
      if (lang != null && !lang.isBlank()) {
        post.language(lang);
      }
      return post.build();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new PostsFileException(source, number, e.getMessage(), e);
    }
  }

  private static void setDate(Article.Builder post, String date, Path source, int number) throws PostsFileException {
    try {
      if (date.length() == 10) {
        post.published(LocalDate.parse(date));
      } else if (date.endsWith("Z")) {
        post.published(Instant.parse(date));
      } else {
        post.published(OffsetDateTime.parse(date).toInstant());
      }
    } catch (DateTimeParseException e) {
      throw new PostsFileException(source, number, "date must be YYYY-MM-DD or an ISO-8601 date-time: '" + date + "'", e);
    }
  }

  private static @Nullable String text(Path source, int number, JsonNode node, String field, boolean required) throws PostsFileException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw new PostsFileException(source, number, "missing field '" + field + "'");
      }
      return null;
    }
    if (!value.isTextual()) {
      throw new PostsFileException(source, number, "field '" + field + "' must be a string, found: " + abbreviate(value.toString()));
    }
    return value.asText();
  }

  private static List<String> strings(Path source, int number, JsonNode node, String field) throws PostsFileException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new PostsFileException(source, number, "field '" + field + "' must be an array of strings, found: " + abbreviate(value.toString()));
    }
    List<String> strings = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw new PostsFileException(source, number, "field '" + field + "' must hold only strings, found: " + abbreviate(item.toString()));
      }
      strings.add(item.asText());
    }
    return strings;
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
