package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What must hold for every site and every post. */
final class RankingProperties {

  private static final RelatedPosts ENGINE = RelatedPosts.builder().maxResults(8).build();
  /** No latent space and no neighbourhood densities: nothing learned from the whole index, so updates are exact. */
  private static final RelatedPosts TEXT_ONLY =
      RelatedPosts.builder().maxResults(8).latentDimensions(0).exposureCorrection(0).minRelativeScore(0).build();

  @Test
  void aPostIsNeverItsOwnRelative() {
    qt().withExamples(150).forAll(Generators.sites()).checkAssert(site -> {
      ArticleIndex index = ENGINE.index(site);
      for (Article a : site) {
        assertTrue(index.relatedTo(a.id()).stream().noneMatch(r -> r.article().id().equals(a.id())), a.id());
      }
    });
  }

  @Test
  void scoresAreInRangeAndSortedAndContributionsAddUp() {
    qt().withExamples(150).forAll(Generators.sites()).checkAssert(site -> {
      ArticleIndex index = ENGINE.index(site);
      for (Article a : site) {
        List<RelatedPost> related = index.relatedTo(a.id());
        assertTrue(related.size() <= 8);
        for (int i = 0; i < related.size(); i++) {
          RelatedPost r = related.get(i);
          assertTrue(r.score() > 0 && r.score() <= 1, "score " + r.score());
          double sum = r.contributions().values().stream().mapToDouble(Double::doubleValue).sum();
          assertEquals(r.score(), sum, 1e-9, "contributions add up to the score");
          if (i > 0) {
            assertTrue(related.get(i - 1).score() >= r.score(), "sorted best first");
          }
        }
      }
    });
  }

  @Test
  void resultsAreDeterministic() {
    qt().withExamples(100).forAll(Generators.sites()).checkAssert(site -> {
      ArticleIndex first = ENGINE.index(site);
      ArticleIndex second = ENGINE.index(site);
      for (Article a : site) {
        assertEquals(first.relatedTo(a.id()), first.relatedTo(a.id()), "same snapshot, same answer");
        assertEquals(first.relatedTo(a.id()), second.relatedTo(a.id()), "same posts, same answer");
      }
    });
  }

  @Test
  void textAndTitleSignalsAreSymmetric() {
    qt().withExamples(150).forAll(Generators.sites()).checkAssert(site -> {
      IndexData index = ((IndexSnapshot) ENGINE.index(site)).data();
      TermWeights weights = new TermWeights(index);
      for (int i = 0; i < site.size(); i++) {
        Signals fromI = new Signals(index, weights, new QueryVector(index.doc(i), i, weights, false));
        for (int j = i + 1; j < site.size(); j++) {
          Signals fromJ = new Signals(index, weights, new QueryVector(index.doc(j), j, weights, false));
          ScoredCandidate ij = fromI.of(j, index.doc(j));
          ScoredCandidate ji = fromJ.of(i, index.doc(i));
          for (Signal signal : List.of(Signal.TEXT, Signal.TITLE, Signal.TAGS, Signal.DATE, Signal.LATENT)) {
            assertEquals(ij.value(signal), ji.value(signal), 1e-6, signal + " of " + site.get(i).id() + " and " + site.get(j).id());
            assertTrue(ij.value(signal) >= 0 && ij.value(signal) <= 1, signal + ": " + ij.value(signal));
          }
        }
      }
    });
  }

  @Test
  void addingPostsOneByOneEqualsBuildingFromScratch() {
    qt().withExamples(100).forAll(Generators.sites()).checkAssert(site -> {
      ArticleIndex scratch = TEXT_ONLY.index(site);
      ArticleIndex incremental = TEXT_ONLY.emptyIndex();
      for (Article a : site) {
        incremental = incremental.with(a);
      }
      assertEquals(scratch.size(), incremental.size());
      for (Article a : site) {
        assertSameRanking(scratch.relatedTo(a.id()), incremental.relatedTo(a.id()));
      }
    });
  }

  @Test
  void rebuildingAnIndexMadeOneByOneEqualsBuildingFromScratch() {
    qt().withExamples(60).forAll(Generators.sites()).checkAssert(site -> {
      ArticleIndex incremental = ENGINE.emptyIndex();
      for (Article a : site) {
        incremental = incremental.with(a);
      }
      ArticleIndex scratch = ENGINE.index(site);
      ArticleIndex rebuilt = incremental.rebuilt();
      for (Article a : site) {
        assertSameRanking(scratch.relatedTo(a.id()), rebuilt.relatedTo(a.id()));
      }
    });
  }

  @Test
  void removingAndReAddingEqualsBuildingFromScratch() {
    qt().withExamples(80).forAll(Generators.sites()).checkAssert(site -> {
      if (site.isEmpty()) {
        return;
      }
      ArticleIndex scratch = TEXT_ONLY.index(site);
      ArticleIndex churned = TEXT_ONLY.index(site);
      for (int i = 0; i < site.size(); i += 3) {
        churned = churned.without(site.get(i).id());
      }
      for (int i = 0; i < site.size(); i += 3) {
        churned = churned.with(site.get(i));
      }
      for (Article a : site) {
        assertSameRanking(scratch.relatedTo(a.id()), churned.relatedTo(a.id()));
      }
    });
  }

  /**
   * With the latent space on, posts added later are folded into the space learned at build time, so scores
   * may differ from a fresh build; the difference is bounded by the weight of the latent signals, and a
   * rebuild removes it.
   */
  @Test
  void foldedInPostsStayWithinTheLatentBoundAndARebuildRemovesIt() {
    Weights w = ENGINE.options().weights();
    double bound = (w.latent() + w.neighbours()) / (w.text() + w.latent() + w.neighbours());
    qt().withExamples(8).forAll(Generators.sites(2 * LatentSpace.MIN_POSTS, 2 * LatentSpace.MIN_POSTS + 40, 5)).checkAssert(site -> {
      int half = site.size() / 2;
      ArticleIndex scratch = ENGINE.index(site);
      ArticleIndex folded = ENGINE.index(site.subList(0, half)).withAll(site.subList(half, site.size()));
      ArticleIndex rebuilt = folded.rebuilt();
      for (Article a : site.subList(0, 40)) {
        java.util.Map<String, Double> fresh = scores(scratch.relatedTo(a.id(), Filter.none().limit(50)));
        java.util.Map<String, Double> approx = scores(folded.relatedTo(a.id(), Filter.none().limit(50)));
        for (String id : fresh.keySet()) {
          if (approx.containsKey(id)) {
            assertTrue(Math.abs(fresh.get(id) - approx.get(id)) <= bound + 1e-9, id);
          }
        }
        assertSameRanking(scratch.relatedTo(a.id()), rebuilt.relatedTo(a.id()));
      }
    });
  }

  @Test
  void arbitraryTextNeverCrashesIndexingOrRanking() {
    qt().withExamples(200).forAll(Generators.nastyText(), Generators.nastyText()).checkAssert((title, body) -> {
      List<Article> site = List.of(
          Article.builder("a", title).body(body).build(),
          Article.builder("b", body).body(title).tags("x").build(),
          Article.builder("c", "Smart specialisering").body(title + body).build());
      ArticleIndex index = ENGINE.index(site);
      for (Article a : site) {
        assertFalse(index.relatedTo(a.id()).stream().anyMatch(r -> r.article().id().equals(a.id())));
      }
      index.relatedTo(Article.builder("draft", body).body(title).build());
    });
  }

  private static java.util.Map<String, Double> scores(List<RelatedPost> related) {
    java.util.Map<String, Double> scores = new java.util.HashMap<>();
    for (RelatedPost r : related) {
      scores.put(r.article().id(), r.score());
    }
    return scores;
  }

  /** Same posts in the same order with the same scores, up to floating-point summation order. */
  @Test
  void inputOrderDoesNotChangeRanking() {
    qt().withExamples(8).forAll(Generators.realisticSites(120, 260), longs().all()).checkAssert((site, seed) -> {
      List<Article> shuffled = new java.util.ArrayList<>(site);
      java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
      ArticleIndex forward = ENGINE.index(site);
      ArticleIndex other = ENGINE.index(shuffled);
      assertTrue(((IndexSnapshot) forward).data().latent() != null, "the site is big enough for a latent space");
      for (Article a : site) {
        List<RelatedPost> expected = forward.relatedTo(a.id());
        List<RelatedPost> actual = other.relatedTo(a.id());
        assertEquals(summary(expected), summary(actual), "the list of " + a.id());
        assertEquals(expected, actual, "the explanations of " + a.id());
      }
    });
  }

  /** Each entry's id and exact score, for short failure messages. */
  static List<String> summary(List<RelatedPost> related) {
    return related.stream().map(r -> r.article().id() + " " + r.score()).toList();
  }

  static void assertSameRanking(List<RelatedPost> expected, List<RelatedPost> actual) {
    assertEquals(expected.stream().map(r -> r.article().id()).toList(), actual.stream().map(r -> r.article().id()).toList());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).score(), actual.get(i).score(), 1e-6);
      assertEquals(expected.get(i).sharedTerms(), actual.get(i).sharedTerms());
    }
  }
}
