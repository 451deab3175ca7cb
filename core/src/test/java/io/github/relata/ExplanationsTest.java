package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a related post's explanation names: shared tags rarest first, shared terms a reader can read. */
final class ExplanationsTest {

  @Test
  void sharedTags_rarestFirst_thenByName() {
    List<Article> site = new ArrayList<>();
    site.add(Article.builder("q", "Rail freight through the Öresund bridge").tags("Transport", "Öresund", "Rail", "Bridges").build());
    site.add(Article.builder("a", "Rail freight volumes on the Öresund bridge").tags("transport", "rail", "öresund", "bridges").build());
    // Transport is on every post, rail on four, the bridge and the strait on two each (a tie: by name).
    for (int i = 0; i < 3; i++) {
      site.add(Article.builder("t" + i, "Rail timetables, part " + i).tags("Transport", "Rail").build());
    }
    site.add(Article.builder("u", "Bus lanes in Malmö").tags("Transport").build());
    RelatedPost a = RelatedPosts.builder().build().index(site).relatedTo("q").stream()
        .filter(r -> r.article().id().equals("a")).findFirst().orElseThrow();
    assertEquals(List.of("Bridges", "Öresund", "Rail", "Transport"), a.sharedTags(), "as the query post writes them");
  }

  @Test
  void sharedTerms_leaveOutShortLowerCaseWordsAndRomanNumeralsAndPhrasesOfThemOnly_keepAcronyms() {
    List<Article> site = new ArrayList<>(List.of(
        Article.builder("q", "EU cohesion funds XIV ok regional innovation").summary("EU cohesion funds: chapter XIV, ok for regional innovation.").language("en").build(),
        Article.builder("a", "EU cohesion funds XIV ok regional innovation review").summary("Chapter XIV of the EU cohesion funds, ok for regional innovation.").language("en").build()));
    String[] others = {"Harbour cranes in Gothenburg", "Tulips in the botanical garden", "Ferry timetables to Denmark", "Snow on the mountain passes",
        "A new library in Umeå", "Salmon in the northern rivers"};
    for (int i = 0; i < others.length; i++) {
      site.add(Article.builder("o" + i, others[i]).build());
    }
    RelatedPost a = RelatedPosts.builder().build().index(site).relatedTo("q").get(0);
    assertEquals("a", a.article().id());
    List<String> lower = a.sharedTerms().stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).toList();
    // Not "ok" or "XIV" alone, nor the phrase of the two; a phrase with one word that explains something stays.
    assertFalse(lower.contains("ok") || lower.contains("xiv") || lower.contains("xiv ok"), a.sharedTerms().toString());
    assertEquals(true, a.sharedTerms().contains("chapter XIV"), a.sharedTerms().toString());
    assertEquals(true, a.sharedTerms().stream().anyMatch(t -> t.contains("EU")), a.sharedTerms().toString());
  }
}
