package io.github.relata.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Small corpora in the JSON Lines posts format, written to temporary files. */
final class TestPosts {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Nine English posts on three topics, with dates, tags and the evaluation-only labels. */
  static final List<String> NINE = List.of(
      post("bread", "Baking sourdough bread at home", "2021-01-10",
          "Sourdough bread needs a lively starter, flour, water and salt. Knead the dough, let it rise overnight and bake the bread in a hot oven.",
          "baking"),
      post("pizza", "Pizza dough in a home oven", "2021-03-02",
          "A good pizza dough rises slowly. Knead flour, water, yeast and salt, then bake the pizza in the hottest oven you have.",
          "baking"),
      post("cake", "A simple sponge cake", "2021-05-20",
          "Whisk eggs and sugar, fold in flour and bake the cake in a moderate oven until it rises and turns golden.",
          "baking"),
      post("derby", "Derby ends in a late winner", "2022-02-12",
          "The football derby was decided by a late goal. The striker scored in the final minute and the home team won the match.",
          "football"),
      post("cup", "Cup final goes to penalties", "2022-05-28",
          "The cup final between the two football clubs ended level after extra time, and the goalkeeper saved two penalties to win the match.",
          "football"),
      post("transfer", "Striker signs for the champions", "2022-07-01",
          "The champions signed a striker who scored twenty goals last season. The football club paid a record fee for the goal scorer.",
          "football"),
      post("java", "Records in Java 17", "2023-01-15",
          "Java records are compact classes for immutable data. The compiler writes the constructor, accessors, equals and hashCode for each record.",
          "programming"),
      post("streams", "Parallel streams in Java", "2023-03-09",
          "Java parallel streams split work across threads. Each stream stage must be stateless, and the compiler cannot check that for you.",
          "programming"),
      post("undated", "Kotlin data classes compared with Java records", null,
          "Kotlin data classes and Java records both generate accessors, equals and hashCode for immutable data; the compiler does the work.",
          "programming"));

  private TestPosts() {}

  /** Writes {@code lines} as a UTF-8 file {@code name} in {@code dir}. */
  static Path write(Path dir, String name, List<String> lines) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  /** Writes the nine posts to {@code posts.jsonl} in {@code dir}. */
  static Path nine(Path dir) throws IOException {
    return write(dir, "posts.jsonl", NINE);
  }

  /** Returns one post as a JSON line, with tags empty and {@code label} as its only label. */
  static String post(String id, String title, @Nullable String date, String body, String label) {
    Map<String, Object> post = new LinkedHashMap<>();
    post.put("id", id);
    post.put("title", title);
    post.put("date", date);
    post.put("body", body);
    post.put("tags", List.of());
    post.put("labels", List.of(label));
    post.put("lang", "en");
    post.put("url", null);
    try {
      return JSON.writeValueAsString(post);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
