package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A loaded snapshot is the saved index: the same related lists with the same explanations, the same lists
 * again after the same changes to both, and the same bytes when saved again.
 */
final class SnapshotProperties {

  /** Engines whose snapshots differ in kind: defaults; no densities, BM25, few latent dimensions and bodies kept; no latent space. */
  static final List<RelatedPosts> ENGINES = List.of(
      RelatedPosts.withDefaults(),
      RelatedPosts.builder().exposureCorrection(0).minRelativeScore(0).termWeighting(TermWeighting.BM25).latentDimensions(12)
          .bodies(Options.Bodies.RETAINED).maxResults(8).build(),
      RelatedPosts.builder().latentDimensions(0).newerPosts(Options.NewerPosts.EXCLUDED).maxAge(Duration.ofDays(900)).build());

  /** A change: add or replace post {@code "p" + post} with {@code text} as its title and body, or remove it. */
  record Change(boolean remove, int post, String text, int day) {
    ArticleIndex apply(ArticleIndex index) {
      String id = "p" + post;
      if (remove) {
        return index.without(id);
      }
      ArticleBuilder b = Article.builder(id, text).body(text + " " + text).language(day % 2 == 0 ? "sv" : "en");
      if (day % 5 != 0) {
        b.published(java.time.LocalDate.of(2016, 1, 1).plusDays(day));
      }
      if (day % 3 == 0) {
        b.tags("kluster");
      }
      return index.with(b.build());
    }
  }

  static Gen<List<Change>> changes(int max) {
    Gen<Change> change = integers().between(0, 2).zip(integers().between(0, 260), Generators.words(2), integers().between(0, 2000),
        (kind, post, text, day) -> new Change(kind == 0, post, text, day));
    return lists().of(change).ofSizeBetween(0, max);
  }

  /** Small sites and sites large enough for a latent space ({@link LatentSpace#MIN_POSTS}). */
  static Gen<List<Article>> sites() {
    return Generators.sites(0, 45, 0).mix(Generators.sites(LatentSpace.MIN_POSTS, 180, 4), 50);
  }

  @Test
  void loadedSnapshotsAnswerAndChangeAsTheSavedIndex() {
    qt().withExamples(PropertyExamples.scaled(14)).withShrinkCycles(10)
        .forAll(sites(), integers().between(0, ENGINES.size() - 1), changes(12), changes(12))
        .checkAssert((site, engineIndex, before, after) -> {
          RelatedPosts engine = ENGINES.get(engineIndex);
          ArticleIndex saved = engine.index(site);
          for (Change c : before) {
            saved = c.apply(saved); // folded posts, removed ordinals and overlays in the saved index
          }
          byte[] bytes = bytes(saved);
          ArticleIndex loaded = load(engine, bytes);

          assertSameAnswers(saved, loaded);
          assertArrayEquals(bytes, bytes(loaded), "a loaded snapshot saves to the same bytes");
          for (Change c : after) {
            saved = c.apply(saved);
            loaded = c.apply(loaded);
          }
          assertSameAnswers(saved, loaded);
          assertSameAnswers(saved.rebuilt(), loaded.rebuilt());
        });
  }

  @Test
  void aLatentSpaceSurvivesTheRoundTrip() {
    ArticleIndex index = RelatedPosts.withDefaults().index(LatentSpaceTest.site(260, 3)).without("p7").with(LatentSpaceTest.site(270, 4).get(265));
    IndexSnapshot loaded = (IndexSnapshot) load(RelatedPosts.withDefaults(), bytes(index));
    assertNotNull(loaded.data().latent(), "latent space");
    assertEquals(((IndexSnapshot) index).data().latent().toString(), loaded.data().latent().toString());
    assertEquals(((IndexSnapshot) index).folded(), loaded.folded());
    assertSameAnswers(index, loaded);
  }

  /** Every post's list, at the default length and at 20, and a draft's, compared whole: scores to the bit, contributions, terms, tags, exposure. */
  static void assertSameAnswers(ArticleIndex expected, ArticleIndex actual) {
    assertEquals(expected.size(), actual.size());
    assertEquals(expected.articles(), actual.articles());
    assertEquals(expected.articles().toString(), actual.articles().toString(), "tags and categories in their order");
    for (Article a : expected.articles()) {
      assertEquals(expected.relatedTo(a.id()), actual.relatedTo(a.id()), a.id());
      assertEquals(expected.relatedTo(a.id(), Filter.none().limit(20)), actual.relatedTo(a.id(), Filter.none().limit(20)), a.id());
    }
    Article draft = Article.builder("draft", "smart specialisering kluster region").body("Stockholm innovation strategi testbäddar").build();
    assertEquals(expected.relatedTo(draft), actual.relatedTo(draft));
  }

  static byte[] bytes(ArticleIndex index) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      index.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static ArticleIndex load(RelatedPosts engine, byte[] bytes) {
    try {
      return engine.load(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The answers as one list, to compare indexes loaded in another JVM. */
  static List<List<RelatedPost>> answers(ArticleIndex index) {
    List<List<RelatedPost>> answers = new ArrayList<>();
    for (Article a : index.articles()) {
      answers.add(index.relatedTo(a.id()));
    }
    return answers;
  }
}
