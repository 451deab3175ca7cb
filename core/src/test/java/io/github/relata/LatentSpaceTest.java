package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class LatentSpaceTest {

  private static final String[] WORDS = {
    "smart", "specialisering", "kluster", "region", "innovation", "Interreg", "Europe", "Nordregio", "Stockholm",
    "strategi", "cluster", "regions", "strategy", "funding", "tomato", "garden", "bread", "skiing", "football", "telescope"};

  static List<Article> site(int size, long seed) {
    Random random = new Random(seed);
    List<Article> site = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      StringBuilder title = new StringBuilder();
      StringBuilder body = new StringBuilder();
      for (int k = 0; k < 5; k++) {
        title.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
      }
      for (int k = 0; k < 30; k++) {
        body.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
      }
      site.add(Article.builder("p" + i, title.toString()).body(body.toString()).language(i % 3 == 0 ? "en" : "sv").build());
    }
    return site;
  }

  @Test
  void smallSitesGetNoSpace() {
    assertNull(((IndexSnapshot) RelatedPosts.withDefaults().index(site(LatentSpace.MIN_POSTS - 1, 1))).data().latent());
  }

  @Test
  void postsAreUnitVectorsInTheSpace() {
    IndexData index = ((IndexSnapshot) RelatedPosts.withDefaults().index(site(220, 1))).data();
    assertNotNull(index.latent());
    for (int i = 0; i < index.ordinalCount(); i++) {
      byte[] v = index.doc(i).latent();
      assertNotNull(v);
      assertEquals(1.0, LatentVector.dot(v, v), 0.06, "a unit vector, to the rounding of five bits a component");
    }
  }

  /**
   * The space is a function of the terms, not of how the index numbers them: with the term ids permuted
   * (and the posts' forms with them) the basis names the same words and pairs in the same order, and the
   * posts' vectors have the same dot products, so that a bulk build (ids by how many posts use a term) and the
   * batch path learn one space.
   */
  @Test
  void theSpaceDoesNotDependOnHowTermsAreNumbered() {
    IndexData index = ((IndexSnapshot) RelatedPosts.withDefaults().index(site(220, 3))).data();
    List<Doc> training = LatentSpace.sample(index.liveDocs(), 1_000);
    String[] keys = IndexBuilder.keys(index);
    int n = keys.length;
    List<Integer> order = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      order.add(t);
    }
    java.util.Collections.shuffle(order, new Random(11));
    int[] newId = new int[n];
    String[] newKeys = new String[n];
    for (int t = 0; t < n; t++) {
      newId[t] = order.get(t);
      newKeys[newId[t]] = keys[t];
    }
    List<Doc> renumbered = training.stream().map(d -> d.remapped(newId)).toList();
    List<Long> basis = LatentSpace.basis(training, LatentColumns.ranks(keys, n));
    List<Long> renumberedBasis = LatentSpace.basis(renumbered, LatentColumns.ranks(newKeys, n));
    assertEquals(named(basis, keys), named(renumberedBasis, newKeys));
    LatentSpace space = LatentSpace.learn(training, n, keys, 40);
    LatentSpace renumberedSpace = LatentSpace.learn(renumbered, n, newKeys, 40);
    assertNotNull(space);
    assertNotNull(renumberedSpace);
    assertEquals(space.dimensions(), renumberedSpace.dimensions());
    // A dimension's sign is the SVD's to choose, and a sum in another order may choose the other one: the
    // same space, whose dot products are the same.
    float[] mean = space.mean();
    float[] renumberedMean = renumberedSpace.mean();
    for (int d = 0; d < mean.length; d++) {
      assertEquals(Math.abs(mean[d]), Math.abs(renumberedMean[d]), 1e-5, "mean, dimension " + d);
    }
    for (int i = 0; i + 1 < training.size(); i++) {
      byte[] v = space.project(training.get(i));
      byte[] next = space.project(training.get(i + 1));
      byte[] w = renumberedSpace.project(renumbered.get(i));
      byte[] renumberedNext = renumberedSpace.project(renumbered.get(i + 1));
      assertEquals(LatentVector.dot(v, next), LatentVector.dot(w, renumberedNext), 0.02, "posts " + i + " and " + (i + 1));
    }
  }

  /** Each basis feature by its key (a word) or hash (a pair, already of the words' ranks). */
  private static List<String> named(List<Long> basis, String[] keys) {
    return basis.stream().map(f -> LatentColumns.isPairFeature(f) ? "pair " + f : keys[(int) (long) f]).toList();
  }

  /**
   * Folding posts in approximates only what is learned from all posts: every other signal is exact, and the
   * scores stay close to a fresh build's (on this site a mean difference of 0.04 against 0.45 for latent
   * signals that disagreed completely); a rebuild removes the difference.
   */
  @Test
  void foldedInPostsChangeOnlyTheLatentSignalsAndStayCloseToAFreshBuild() {
    RelatedPosts engine = RelatedPosts.builder().maxResults(8).build();
    List<Article> site = site(220, 7);
    ArticleIndex scratch = engine.index(site);
    ArticleIndex folded = engine.index(site.subList(0, 110)).withAll(site.subList(110, 220));
    assertNotNull(((IndexSnapshot) folded).data().latent());
    assertEquals(110, ((IndexSnapshot) folded).data().folded());
    assertEquals(60 * 219, RankingProperties.assertOnlyLatentSignalsDiffer((IndexSnapshot) scratch, (IndexSnapshot) folded, site.subList(0, 60)));
    ArticleIndex rebuilt = folded.rebuilt();
    double difference = 0;
    int compared = 0;
    for (Article a : site.subList(0, 60)) {
      Map<String, Double> approx = new HashMap<>();
      folded.relatedTo(a.id(), Filter.none().limit(50)).forEach(r -> approx.put(r.article().id(), r.score()));
      for (RelatedPost r : scratch.relatedTo(a.id(), Filter.none().limit(50))) {
        if (approx.containsKey(r.article().id())) {
          difference += Math.abs(r.score() - approx.get(r.article().id()));
          compared++;
        }
      }
      RankingProperties.assertSameRanking(scratch.relatedTo(a.id()), rebuilt.relatedTo(a.id()));
    }
    assertTrue(compared > 1000, "compared " + compared);
    assertTrue(difference / compared < 0.08, "mean score difference " + difference / compared);
  }

  /** A post folded in is projected with the weights the space was learned with, as the posts it learned from. */
  @Test
  void theNeighbourhoodSignalCountsWhereTheWordsSayLittleAndNotForACopy() {
    List<Article> site = new ArrayList<>(site(220, 5));
    Article original = site.get(3);
    site.add(Article.builder("copy-of-3", original.title()).body(original.body()).language(original.language()).build());
    ArticleIndex index = RelatedPosts.builder().maxResults(20).build().index(site);
    int entries = 0;
    int withNeighbours = 0;
    for (Article a : site.subList(0, 40)) {
      for (RelatedPost r : index.relatedTo(a.id())) {
        entries++;
        withNeighbours += r.contribution(Signal.NEIGHBOURS) > 0 ? 1 : 0;
      }
    }
    assertTrue(withNeighbours * 2 > entries, withNeighbours + " of " + entries + " entries with a neighbourhood share");
    RelatedPost copy = index.relatedTo(original.id()).stream().filter(r -> r.article().id().equals("copy-of-3")).findFirst().orElseThrow();
    assertTrue(copy.contribution(Signal.TEXT) > 0, "the copy is listed for its words");
    assertEquals(0, copy.contribution(Signal.NEIGHBOURS), 1e-6, "identical words: the neighbourhood adds nothing");
  }

  @Test
  void aFoldedInCopyOfAPostGetsThatPostsVector() {
    List<Article> site = site(150, 11);
    IndexSnapshot index = (IndexSnapshot) RelatedPosts.withDefaults().index(site);
    Article original = site.get(17);
    IndexData withCopy = index.with(Article.builder("copy", original.title()).body(original.body()).language(original.language()).build()).data();
    assertEquals(1, withCopy.folded());
    byte[] trained = withCopy.doc(withCopy.ordinals().get(original.id())).latent();
    byte[] copy = withCopy.doc(withCopy.ordinals().get("copy")).latent();
    assertNotNull(copy);
    assertEquals(1.0, LatentVector.dot(copy, copy), 0.06, "a unit vector, to the rounding of five bits a component");
    assertEquals(LatentVector.dot(trained, trained), LatentVector.dot(trained, copy), 1e-6, "the same vector as the post it copies");
  }

  @Test
  void anIndexLearnsFromAtMostTheTrainingPostsItIsGiven_andTheBatchTakesTheSamePosts() {
    List<Article> posts = site(450, 3);
    IndexData all = ((IndexSnapshot) RelatedPosts.withDefaults().index(posts)).data();
    RelatedPosts sampled = RelatedPosts.builder().latentTrainingPosts(150).build();
    IndexData some = ((IndexSnapshot) sampled.index(posts)).data();
    assertEquals(450, all.latent().trainedOn());
    assertEquals(150, some.latent().trainedOn());
    assertEquals(List.of(0L, 3L, 6L, 447L), java.util.Arrays.stream(BatchScoring.of(sampled).trainingRanks(450)).boxed()
        .filter(r -> r <= 6 || r >= 447).toList(), "every third post");
    assertEquals(450, BatchScoring.of(RelatedPosts.withDefaults()).trainingRanks(450).length);
  }

  @Test
  void trainingPosts_everyPostUpToTheCap_thenAnEvenSampleOfTheCap() {
    int cap = LatentSpace.MAX_TRAINING_POSTS;
    assertEquals(List.of(0, 1, 2), java.util.Arrays.stream(LatentSpace.samplePositions(3)).boxed().toList());
    int[] all = LatentSpace.samplePositions(cap);
    assertEquals(cap, all.length);
    assertEquals(cap - 1, all[cap - 1]);
    int[] twice = LatentSpace.samplePositions(2 * cap);
    assertEquals(cap, twice.length);
    for (int i = 0; i < cap; i++) {
      assertEquals(2 * i, twice[i], "every second post");
    }
    int[] justOver = LatentSpace.samplePositions(cap + 1);
    assertEquals(cap, justOver.length);
    assertEquals(0, justOver[0]);
    assertTrue(justOver[cap - 1] <= cap && justOver[cap - 1] >= cap - 1, "spread to the end: " + justOver[cap - 1]);
    for (int i = 1; i < cap; i++) {
      assertTrue(justOver[i] > justOver[i - 1], "ascending, no post twice");
    }
  }
}
