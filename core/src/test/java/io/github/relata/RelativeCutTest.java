package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The relative cut: a candidate far weaker than what either post is usually related by (its score below
 * {@code minRelativeScore} times the larger of the two posts' densities) is left out, however far above
 * {@code minScore} it is.
 */
final class RelativeCutTest {

  /** Twelve posts about Gothenburg's harbour, and two about its botanical garden that mention the harbour once. */
  private static final List<Article> SITE = site();

  private static List<Article> site() {
    List<Article> site = new java.util.ArrayList<>();
    String[] harbour = {"cranes", "containers", "quays", "shipping lines", "tugboats", "freight", "berths", "ferries", "dockworkers",
        "terminals", "pilots", "moorings"};
    for (int i = 0; i < harbour.length; i++) {
      String id = i == 0 ? "q" : "h" + i;
      site.add(Article.builder(id, "Harbour cranes and container shipping in Gothenburg: " + harbour[i])
          .summary("Cranes, containers, shipping lines and the harbour's quays; this time the " + harbour[i] + ".").build());
    }
    site.add(Article.builder("b", "Gothenburg's botanical garden in spring")
        .summary("Tulips, magnolias and the rock garden, a walk from the harbour.").build());
    site.add(Article.builder("c", "Magnolias and tulips: a spring walk")
        .summary("The botanical garden's rock garden and its magnolias in spring.").build());
    return site;
  }

  private static List<String> ids(List<RelatedPost> list) {
    return list.stream().map(r -> r.article().id()).toList();
  }

  @Test
  void aCandidateFarWeakerThanThePostsUsualRelatives_isCut() {
    RelatedPosts uncut = RelatedPosts.builder().maxResults(20).minRelativeScore(0).exposureCorrection(0).minScore(0.01).build();
    RelatedPosts cut = RelatedPosts.builder().maxResults(20).minRelativeScore(0.4).exposureCorrection(0).minScore(0.01).build();
    ArticleIndex without = uncut.index(SITE);
    ArticleIndex with = cut.index(SITE);
    List<RelatedPost> all = without.relatedTo("q");
    assertTrue(ids(all).contains("b"), "b shares a word with q: " + all);
    double bScore = all.stream().filter(r -> r.article().id().equals("b")).findFirst().orElseThrow().score();
    IndexData data = ((IndexSnapshot) with).data();
    float qDensity = Float.NaN;
    for (int o = 0; o < data.ordinalCount(); o++) {
      if (data.doc(o).id().equals("q")) {
        qDensity = data.doc(o).density;
      }
    }
    assertTrue(bScore < 0.4 * qDensity, "b (" + bScore + ") is far below q's usual relatives (density " + qDensity + ")");
    List<RelatedPost> kept = with.relatedTo("q");
    assertTrue(ids(kept).size() >= 5 && ids(kept).stream().allMatch(id -> id.startsWith("h")), "the harbour posts stay: " + kept);
    assertTrue(!ids(kept).contains("b"), "cut: " + kept);
    // The cut leaves the scores of what it keeps as they were.
    assertEquals(all.get(0).score(), kept.get(0).score(), 1e-12);
  }
}
