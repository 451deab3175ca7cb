package io.github.relata.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.relata.Article;
import io.github.relata.ArticleIndex;
import io.github.relata.RelatedPosts;
import io.github.relata.imports.ImportFormat;
import io.github.relata.imports.PostImporter;
import io.github.relata.imports.RelatedListsWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's lists in local mode equal an index's ({@link ArticleIndex#relatedTo(String)}), post for post and
 * entry for entry (ids, scores, each signal's share, shared terms and tags, exposure), whatever the
 * partitioning and the order the posts come in: the 54 sample posts and a few hundred posts of two shared
 * corpora in the default suite, the whole of those corpora on request.
 */
final class RelatedJobEqualityTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session(2);
  }

  @AfterAll
  static void stop() throws Exception {
    spark.close();
  }

  /** Posts of the default suite's shared-corpora run: half from each of two corpora. */
  private static final int SMALL_RUN = 400;

  /** The shared corpora beside the clone, if there. */
  static Optional<Path> corpora() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolveSibling("shared").resolve("corpora");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  @Test
  void samplePosts_equalTheIndex(@TempDir Path dir) throws Exception {
    List<String> lines;
    try (var in = RelatedJobEqualityTest.class.getResourceAsStream("/io/github/relata/samples/posts.jsonl")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    assertInAnyOrderAndPartitioning(lines, dir, 3, 5);
  }

  @Test
  void snapshot_answersAsTheIndex(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("posts.jsonl");
    try (var in = RelatedJobEqualityTest.class.getResourceAsStream("/io/github/relata/samples/posts.jsonl")) {
      Files.copy(in, input);
    }
    Path snapshot = dir.resolve("site.relata");
    runJob(input, dir.resolve("out"), 2, "--snapshot", snapshot.toString());
    List<Article> posts = PostImporter.withDefaults().read(ImportFormat.JSON_LINES, input).articles();
    RelatedPosts engine = RelatedPosts.builder().maxResults(10).build();
    ArticleIndex index = engine.index(posts);
    ArticleIndex loaded = engine.load(snapshot);
    assertEquals(index.size(), loaded.size());
    for (Article a : posts) {
      assertEquals(RelatedListsWriter.line(a.id(), index.relatedTo(a.id()), RelatedListsWriter.Detail.EXPLANATIONS), RelatedListsWriter.line(a.id(), loaded.relatedTo(a.id()), RelatedListsWriter.Detail.EXPLANATIONS));
    }
  }

  @Test
  void fewHundredSharedPosts_equalTheIndex_inAnyOrderAndPartitioning(@TempDir Path dir) throws Exception {
    Optional<Path> corpora = corpora();
    assumeTrue(corpora.isPresent(), "the shared corpora (../shared/corpora) are not here");
    // Two languages (English news, Swedish government releases), enough posts for a latent space and its scan.
    List<String> lines = new ArrayList<>();
    lines.addAll(Files.readAllLines(corpora.get().resolve("bbc_news_en.jsonl")).subList(0, SMALL_RUN / 2));
    lines.addAll(Files.readAllLines(corpora.get().resolve("regeringen_sv.jsonl")).subList(0, SMALL_RUN / 2));
    assertInAnyOrderAndPartitioning(lines, dir, 3, 7);
    // A latent space learned from an even sample of the posts, as an index with the same setting learns it.
    Path input = dir.resolve("as-read.jsonl");
    compare(expected(input, RelatedPosts.builder().maxResults(10).latentTrainingPosts(150).build()),
        runJob(input, dir.resolve("out-d"), 3, "--latent-training-posts", "150"), "as read, 3 partitions, latent space from 150 posts");
  }

  /**
   * The whole of two shared corpora (3,948 posts): minutes, so not in the default suite; run with {@code
   * -Drelata.spark.full=true} (spark/README.md, "Equality on the shared corpora").
   */
  @Test
  @EnabledIfSystemProperty(named = "relata.spark.full", matches = "true",
      disabledReason = "the full shared-corpora equality run takes minutes: run it with -Drelata.spark.full=true")
  void sharedCorpora_equalTheIndex_inAnyOrderAndPartitioning(@TempDir Path dir) throws Exception {
    Optional<Path> corpora = corpora();
    assumeTrue(corpora.isPresent(), "the shared corpora (../shared/corpora) are not here");
    List<String> lines = new ArrayList<>();
    lines.addAll(Files.readAllLines(corpora.get().resolve("bbc_news_en.jsonl")));
    lines.addAll(Files.readAllLines(corpora.get().resolve("regeringen_sv.jsonl")));
    assertInAnyOrderAndPartitioning(lines, dir, 8, 19);
  }

  /**
   * The job's lines equal an index's for the posts as read in {@code asRead} partitions, and shuffled in
   * {@code shuffledIn}, with the inverted index broadcast (as these sizes choose) and joined by term.
   */
  private static void assertInAnyOrderAndPartitioning(List<String> lines, Path dir, int asRead, int shuffledIn) throws Exception {
    Path inOrder = dir.resolve("as-read.jsonl");
    Files.write(inOrder, lines);
    List<String> shuffled = new ArrayList<>(lines);
    Collections.shuffle(shuffled, new Random(13));
    Path reordered = dir.resolve("shuffled.jsonl");
    Files.write(reordered, shuffled);
    Map<String, String> expected = expected(inOrder);
    compare(expected, runJob(inOrder, dir.resolve("out-a"), asRead), "as read, " + asRead + " partitions");
    compare(expected, runJob(reordered, dir.resolve("out-b"), shuffledIn), "shuffled, " + shuffledIn + " partitions");
    compare(expected, runJob(reordered, dir.resolve("out-c"), asRead, "--candidate-join", "partitioned"),
        "shuffled, " + asRead + " partitions, joined by term");
  }

  /** Each post's line as the job writes it, from an index of the same posts. */
  static Map<String, String> expected(Path input) throws Exception {
    return expected(input, RelatedPosts.builder().maxResults(10).build());
  }

  /** Each post's line as the job writes it, from {@code engine}'s index of the same posts. */
  static Map<String, String> expected(Path input, RelatedPosts engine) throws Exception {
    List<Article> posts = PostImporter.withDefaults().read(ImportFormat.JSON_LINES, input).articles();
    ArticleIndex index = engine.index(posts);
    Map<String, String> lines = new TreeMap<>();
    for (Article a : posts) {
      lines.put(a.id(), RelatedListsWriter.line(a.id(), index.relatedTo(a.id()), RelatedListsWriter.Detail.EXPLANATIONS));
    }
    return lines;
  }

  static Map<String, String> runJob(Path input, Path output, int partitions, String... more) throws Exception {
    List<String> args = new ArrayList<>(List.of(
        "--input", input.toString(), "--output", output.toString(), "--max-results", "10", "--explain", "--partitions", String.valueOf(partitions)));
    args.addAll(List.of(more));
    RelataSpark.Options options = RelataSpark.Options.parse(args.toArray(String[]::new));
    RelataSpark.Summary summary = RelataSpark.run(spark, options);
    if (options.candidateJoin != InvertedIndexJoin.Join.AUTO) {
      assertEquals(options.candidateJoin, summary.join(), "the join asked for");
    }
    System.out.printf("%s: %,d posts in %,d ms, shuffle %,d bytes a post%n", input.getFileName(), summary.posts(), summary.wallMillis(),
        summary.shuffleBytes() / Math.max(1, summary.posts()));
    System.out.println("  passes (ms): " + summary.passMillis() + "; inverted index " + summary.indexEntries() + " entries, " + summary.join());
    Map<String, String> lines = new TreeMap<>();
    List<String> previous = new ArrayList<>();
    try (Stream<Path> parts = Files.list(output)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
          String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("id").asText();
          previous.add(id);
          lines.put(id, line);
        }
      }
    }
    List<String> sorted = new ArrayList<>(previous);
    Collections.sort(sorted);
    assertEquals(sorted, previous, "the lines are in order of post id");
    return lines;
  }

  private static void compare(Map<String, String> expected, Map<String, String> actual, String run) throws IOException {
    assertEquals(expected.keySet(), actual.keySet(), run + ": the same posts");
    int same = 0;
    int entries = 0;
    int overlap = 0;
    List<String> different = new ArrayList<>();
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    for (String id : expected.keySet()) {
      if (expected.get(id).equals(actual.get(id))) {
        same++;
      } else if (different.size() < 3) {
        different.add("expected " + expected.get(id) + "\n   but was " + actual.get(id));
      }
      List<String> e = new ArrayList<>();
      json.readTree(expected.get(id)).get("related").forEach(r -> e.add(r.get("id").asText()));
      List<String> a = new ArrayList<>();
      json.readTree(actual.get(id)).get("related").forEach(r -> a.add(r.get("id").asText()));
      entries += e.size();
      overlap += (int) e.stream().filter(a::contains).count();
    }
    System.out.printf("%s: %,d of %,d lists identical; %,d of %,d entries in both (%.4f%%)%n",
        run, same, expected.size(), overlap, entries, 100.0 * overlap / Math.max(entries, 1));
    assertTrue(entries > expected.size(), run + ": lists are not empty");
    assertEquals(expected.size(), same, run + ": every list identical, e.g.\n" + String.join("\n", different));
  }
}
