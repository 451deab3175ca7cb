package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a reader would check by eye on the built-in sample posts (Swedish and English, several topics). */
final class SampleCorpusTest {

  private static final List<Article> POSTS = SamplePosts.all();
  private static final ArticleIndex INDEX = RelatedPosts.builder().maxResults(5).build().index(POSTS);

  private static final Set<String> SMART_SPECIALISATION_SV =
      Set.of(
          "smarta-specialiseringsstrategier-ostra-mellansverige-2018",
          "specialiseringsstrategin-norrbotten-2019",
          "nationell-s3-konferens-umea-2018",
          "smart-specialisering-skane-livsmedel-2020",
          "entreprenoriell-upptackt-stockholm-2019",
          "innovation-summit-vasteras-smart-specialisering-2019");

  private static final Set<String> GARDENING = Set.of("kompost-for-nyborjare-2020", "raised-bed-vegetable-garden-2018", "overwintering-dahlias-2021");

  @Test
  void smartSpecialisationInStockholmFindsTheOtherSmartSpecialisationPostsFirst() {
    List<RelatedPost> related = INDEX.relatedTo("smart-specialisering-stockholm-2017");
    List<String> ids = related.stream().map(r -> r.article().id()).toList();
    assertTrue(SMART_SPECIALISATION_SV.contains(ids.get(0)) && SMART_SPECIALISATION_SV.contains(ids.get(1)), ids.toString());
    assertTrue(ids.stream().filter(SMART_SPECIALISATION_SV::contains).count() >= 3, ids.toString());
    for (RelatedPost r : related.subList(0, 2)) {
      String reasons = (String.join(", ", r.sharedTags()) + ", " + String.join(", ", r.sharedTerms())).toLowerCase(Locale.ROOT);
      assertTrue(reasons.contains("smart specialisering") || reasons.contains("specialiseringsstrategi"), reasons);
    }
  }

  @Test
  void compoundsMeetTheirParts() {
    // "Norrbotten skärper specialiseringsstrategin ..." shares compounds, not the phrase, with the Stockholm post.
    List<String> ids = INDEX.relatedTo("specialiseringsstrategin-norrbotten-2019").stream().map(r -> r.article().id()).toList();
    assertTrue(ids.stream().filter(id -> SMART_SPECIALISATION_SV.contains(id) || id.equals("smart-specialisering-stockholm-2017")).count() >= 3, ids.toString());
  }

  @Test
  void relativesAreInThePostsLanguage() {
    for (Article post : POSTS) {
      for (RelatedPost r : INDEX.relatedTo(post.id())) {
        assertEquals(post.language(), r.article().language(), post.id() + " -> " + r.article().id());
      }
    }
  }

  @Test
  void unrelatedTopicsStayApart() {
    List<RelatedPost> related = INDEX.relatedTo("tomatodling-i-vaxthus-2019");
    assertEquals("kompost-for-nyborjare-2020", related.get(0).article().id());
    assertTrue(RelatedPosts.builder().minScore(0.1).build().index(POSTS).relatedTo("tomatodling-i-vaxthus-2019").stream()
        .allMatch(r -> r.article().id().equals("kompost-for-nyborjare-2020")), "nothing else clears a 0.1 threshold");
    List<String> english = INDEX.relatedTo("raised-bed-vegetable-garden-2018").stream().map(r -> r.article().id()).toList();
    assertTrue(GARDENING.contains(english.get(0)), english.toString());
  }

  @Test
  void excerptsAreDerivedWhereMissing() {
    Article derived = INDEX.article("nationell-s3-konferens-umea-2018").orElseThrow();
    assertTrue(derived.summary().endsWith("…"), derived.summary());
    Article html = INDEX.article("entreprenoriell-upptackt-stockholm-2019").orElseThrow();
    assertTrue(!html.summary().contains("<") && !html.summary().contains("&nbsp;"), html.summary());
  }
}
