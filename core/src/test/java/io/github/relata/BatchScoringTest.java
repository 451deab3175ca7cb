package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The batch steps, run in memory ({@link BatchPipeline}), give every list of an index of the same posts:
 * ids, scores, each signal's share, shared terms and tags, exposure; and the densities to the bit.
 */
final class BatchScoringTest {

  /** The lists as text: ids, scores, contributions, shared terms and tags, exposure. */
  static String describe(List<RelatedPost> list) {
    StringBuilder s = new StringBuilder();
    for (RelatedPost r : list) {
      s.append(r.article().id()).append(' ').append(r.score()).append(' ').append(r.contributions()).append(' ')
          .append(r.sharedTerms()).append(' ').append(r.sharedTags()).append(' ').append(r.exposure()).append('\n');
    }
    return s.toString();
  }

  private static void assertSameLists(RelatedPosts engine, List<Article> posts) throws IOException {
    ArticleIndex index = engine.index(posts);
    BatchPipeline.Result batch = BatchPipeline.run(engine, posts);
    assertEquals(index.size(), batch.lists().size());
    IndexData data = ((IndexSnapshot) index).data();
    for (int o = 0; o < data.ordinalCount(); o++) {
      Doc d = data.doc(o);
      assertEquals(d.density, batch.densities().get(d.id()), "density of " + d.id());
    }
    // The batch's index, saved and loaded as a web server would, answers as the index does.
    ByteArrayOutputStream snapshot = new ByteArrayOutputStream();
    batch.index().save(snapshot);
    ArticleIndex loaded = engine.load(new ByteArrayInputStream(snapshot.toByteArray()));
    int entries = 0;
    for (Article a : posts) {
      List<RelatedPost> expected = index.relatedTo(a.id());
      assertEquals(describe(expected), describe(batch.lists().get(a.id())), "list of " + a.id());
      assertEquals(describe(expected), describe(batch.index().relatedTo(a.id())), "list of " + a.id() + " from the batch's index");
      assertEquals(describe(expected), describe(loaded.relatedTo(a.id())), "list of " + a.id() + " from the batch's snapshot");
      entries += expected.size();
    }
    assertTrue(entries > posts.size(), "the lists are not empty: " + entries);
  }

  @Test
  void batchListsEqualTheIndexs_samplePosts() throws Exception {
    assertSameLists(RelatedPosts.builder().maxResults(10).build(), SamplePosts.all());
  }

  @Test
  void batchListsEqualTheIndexs_withLatentSpaceAndScan() throws Exception {
    assertSameLists(RelatedPosts.builder().maxResults(10).build(), Generators.realisticPosts(600, 7));
  }

  /** Tagged {@code large}: thousands of posts' lists three ways, which mutation testing leaves out. */
  @Test
  @Tag("large")
  void batchListsEqualTheIndexs_aboveTheLatentScanLimit() throws Exception {
    assertSameLists(RelatedPosts.builder().maxResults(10).build(), Generators.realisticPosts(Scorer.LATENT_SCAN_LIMIT + 100, 11));
  }

  @Test
  void of_dateRules_throwNamingThem() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BatchScoring.of(RelatedPosts.builder().maxAge(Duration.ofDays(30)).build()));
    assertTrue(e.getMessage().contains("maxAge PT720H"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> BatchScoring.of(RelatedPosts.builder().newerPosts(Options.NewerPosts.EXCLUDED).build()));
    assertTrue(e.getMessage().contains("newerPosts EXCLUDED"), e.getMessage());
  }

  @Test
  void model_badCounts_throwNamingThem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BatchModel.of(2, 10, Map.of("en", 2L), Map.of("word", 3L)));
    assertTrue(e.getMessage().contains("'word'") && e.getMessage().contains("3"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> BatchModel.of(2, 10, Map.of("en", 1L), Map.of()));
    assertTrue(e.getMessage().contains("add up to 1"), e.getMessage());
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void postsSurviveSerialization() throws Exception {
    BatchScoring batch = BatchScoring.of(RelatedPosts.withDefaults());
    BatchPost post = batch.analyse(SamplePosts.all().get(0));
    BatchPost back = roundTrip(post);
    assertEquals(post.article(), back.article());
    assertEquals(new ArrayList<>(post.termKeys()), new ArrayList<>(back.termKeys()));
    assertEquals(post.wordCounts(), back.wordCounts());

    BatchModel model = BatchModel.of(1, post.length(), Map.of(post.language(), 1L),
        post.termKeys().stream().collect(java.util.stream.Collectors.toMap(k -> k, k -> 1L)));
    EncodedPost encoded = batch.encoded(model, post);
    EncodedPost encodedBack = roundTrip(encoded);
    Doc d = encoded.doc();
    Doc e = encodedBack.doc();
    assertEquals(d.article(), e.article());
    assertEquals(d.language, e.language);
    assertEquals(d.day, e.day);
    assertEquals(d.length, e.length);
    assertEquals(d.stableNorm, e.stableNorm);
    assertTrue(java.util.Arrays.equals(d.encodedBytes(), e.encodedBytes()), "the analysed form's bytes");
  }
}
