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
      LatentVector v = index.doc(i).latent;
      assertNotNull(v);
      assertEquals(1.0, v.dot(v), 0.02);
    }
  }

  @Test
  void foldedInPostsStayWithinTheDocumentedBound() {
    RelatedPosts engine = RelatedPosts.builder().maxResults(8).build();
    Weights w = engine.options().weights();
    double bound = (w.latent() + w.neighbours()) / (w.text() + w.latent() + w.neighbours());
    List<Article> site = site(220, 7);
    ArticleIndex scratch = engine.index(site);
    ArticleIndex folded = engine.index(site.subList(0, 110)).withAll(site.subList(110, 220));
    assertNotNull(((IndexSnapshot) folded).data().latent());
    assertEquals(110, ((IndexSnapshot) folded).folded());
    int compared = 0;
    for (Article a : site.subList(0, 60)) {
      Map<String, Double> approx = new HashMap<>();
      folded.relatedTo(a.id(), Filter.none().limit(50)).forEach(r -> approx.put(r.article().id(), r.score()));
      for (RelatedPost r : scratch.relatedTo(a.id(), Filter.none().limit(50))) {
        if (approx.containsKey(r.article().id())) {
          assertTrue(Math.abs(r.score() - approx.get(r.article().id())) <= bound, r.article().id());
          compared++;
        }
      }
      RankingProperties.assertSameRanking(scratch.relatedTo(a.id()), folded.rebuilt().relatedTo(a.id()));
    }
    assertTrue(compared > 1000, "compared " + compared);
  }
}
