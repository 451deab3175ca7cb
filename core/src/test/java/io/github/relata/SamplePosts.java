package io.github.relata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The built-in sample posts of the relata-samples module, read for tests. */
final class SamplePosts {

  private static final String RESOURCE = "/io/github/relata/samples/posts.jsonl";

  private SamplePosts() {}

  static List<Article> all() {
    ObjectMapper json = new ObjectMapper();
    List<Article> posts = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(SamplePosts.class.getResourceAsStream(RESOURCE), RESOURCE), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode n = json.readTree(line);
        List<String> tags = new ArrayList<>();
        n.get("tags").forEach(t -> tags.add(t.asText()));
        List<String> categories = new ArrayList<>();
        n.get("categories").forEach(t -> categories.add(t.asText()));
        posts.add(Article.builder(n.get("id").asText(), n.get("title").asText())
            .summary(n.get("excerpt").asText())
            .body(n.get("body").asText())
            .published(LocalDate.parse(n.get("date").asText()))
            .author(n.get("author").asText())
            .url(n.get("url").asText())
            .language(n.get("lang").asText())
            .tags(tags)
            .categories(categories)
            .build());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return posts;
  }
}
