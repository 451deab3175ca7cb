package io.github.relata.bench.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.relata.bench.Corpus;
import io.github.relata.bench.CorpusPost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SyntheticCorpusTest {

  private static final SyntheticCorpus FIXTURE = SyntheticCorpus.of(FixtureCorpora.englishAndSwedish(), SyntheticCorpus.DEFAULT_SEED);

  @TempDir Path dir;

  @Test
  void post_sameSeed_samePost() {
    SyntheticCorpus again = SyntheticCorpus.of(FixtureCorpora.englishAndSwedish(), SyntheticCorpus.DEFAULT_SEED);

    for (int i = 0; i < 500; i++) {
      assertEquals(FIXTURE.post(i), again.post(i));
    }
  }

  @Test
  void post_otherSeed_otherPosts() {
    SyntheticCorpus other = SyntheticCorpus.of(FixtureCorpora.englishAndSwedish(), 7);

    long same = java.util.stream.IntStream.range(0, 200).filter(i -> FIXTURE.post(i).equals(other.post(i))).count();
    assertTrue(same < 20, "posts equal under two seeds: " + same);
  }

  @Test
  void posts_requestedSize_uniqueIdsAndText() {
    List<CorpusPost> posts = FIXTURE.posts(2000);

    assertEquals(2000, posts.size());
    Set<String> ids = new HashSet<>();
    for (CorpusPost post : posts) {
      assertTrue(ids.add(post.id()), "repeated id " + post.id());
      assertFalse(post.title().isBlank(), post.id());
      assertFalse(post.body().isBlank(), post.id());
      assertTrue(post.labels().size() == 1, post.id());
      LocalDate date = post.date();
      assertTrue(date.getYear() >= SyntheticCorpus.FIRST_YEAR && date.getYear() <= SyntheticCorpus.LAST_YEAR, date.toString());
    }
    assertEquals("synthetic-1999", posts.get(1999).id());
  }

  @Test
  void posts_languages_eightyTwentyAndOneLanguageEach() {
    Map<String, Integer> counts = new HashMap<>();
    for (CorpusPost post : FIXTURE.posts(4000)) {
      counts.merge(post.lang(), 1, Integer::sum);
      boolean swedishText = post.body().contains("Regeringen");
      boolean englishText = post.body().contains("market");
      assertTrue(post.lang().equals("sv") ? swedishText && !englishText : englishText && !swedishText, post.body());
    }
    assertEquals(Set.of("en", "sv"), counts.keySet());
    assertEquals(0.8, counts.get("en") / 4000.0, 0.03);
    assertEquals(Map.of("en", 0.8, "sv", 0.2).keySet(), FIXTURE.languageShares().keySet());
  }

  @Test
  void post_sentenceCount_withinBounds() {
    for (CorpusPost post : FIXTURE.posts(500)) {
      int sentences = post.body().split("(?<=\\.)\\s+").length;
      assertTrue(sentences >= 2 && sentences <= SyntheticCorpus.MAX_SENTENCES, sentences + ": " + post.body());
    }
  }

  @Test
  void post_negative_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FIXTURE.post(-1));
    assertTrue(e.getMessage().contains("-1"));
  }

  @Test
  void of_noUsableText_throws() {
    Corpus tiny = new Corpus("tiny", List.of(new CorpusPost("a", "A", "Too short.", null, "en", List.of(), Set.of())));

    assertThrows(IllegalArgumentException.class, () -> SyntheticCorpus.of(List.of(tiny), 1));
  }

  @Test
  void writeJsonl_readsBackAsTheSamePosts() throws IOException {
    Path file = dir.resolve("synthetic.jsonl");

    FIXTURE.writeJsonl(file, 300);

    assertEquals(FIXTURE.posts(300), Corpus.read(file).posts());
    byte[] first = Files.readAllBytes(file);
    FIXTURE.writeJsonl(file, 300);
    assertTrue(Arrays.equals(first, Files.readAllBytes(file)), "the same file twice");
  }

  @Test
  void sharedCorpora_realisticLengthAndReproducible() throws IOException {
    assumeTrue(FixtureCorpora.shared().isPresent(), "skipped: ../shared/corpora is not on this machine");
    SyntheticCorpus corpus = SyntheticCorpus.load(FixtureCorpora.shared().get(), SyntheticCorpus.DEFAULT_SEED);
    SyntheticCorpus again = SyntheticCorpus.load(FixtureCorpora.shared().get(), SyntheticCorpus.DEFAULT_SEED);

    int n = 5000;
    int[] words = new int[n];
    for (int i = 0; i < n; i++) {
      CorpusPost post = corpus.post(i);
      assertEquals(post, again.post(i));
      words[i] = post.body().split("\\s+").length;
    }
    Arrays.sort(words);
    int median = words[n / 2];
    assertTrue(median >= 80 && median <= 160, "median words " + median);
    assertEquals(Set.of("en", "sv"), corpus.languageShares().keySet());
    // The shared corpora have more Swedish source posts than English ones (the links corpus's pool), and
    // still four posts in five are English.
    assertEquals(0.8, corpus.languageShares().get("en"), 1e-9);
    long english = java.util.stream.IntStream.range(0, n).filter(i -> corpus.post(i).lang().equals("en")).count();
    assertEquals(0.8, english / (double) n, 0.03, "English share of " + n + " posts");
    assertNotEquals(corpus.post(0).body(), corpus.post(1).body());
  }
}
