package io.github.relata.bench.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.Article;
import io.github.relata.RelatedPost;
import io.github.relata.bench.CorpusPost;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both engines on a small synthetic corpus made from the fixture: build, query, add, all pairs. */
final class PerfEnginesTest {

  private static final SyntheticCorpus CORPUS = SyntheticCorpus.of(FixtureCorpora.englishAndSwedish(), SyntheticCorpus.DEFAULT_SEED);
  private static final int SIZE = 300;

  @ParameterizedTest
  @ValueSource(strings = {"relata", "lucene-mlt"})
  void engine_buildQueryAddAllPairs(String name) {
    try (PerfEngine engine = PerfEngine.create(name)) {
      engine.build(SitePosts.materialise(CORPUS, SIZE));

      assertEquals(SIZE, engine.size());
      for (int ord = 0; ord < SIZE; ord += 37) {
        List<?> related = engine.query(ord, IndexedPosts.K);
        assertTrue(related.size() <= IndexedPosts.K);
        assertFalse(related.isEmpty(), "post " + ord + " has relatives in this small, repetitive corpus");
      }
      engine.beginAdds();
      for (Article article : SitePosts.generated(CORPUS, SIZE, 3)) {
        assertNotNull(engine.add(article));
      }
      engine.endAdds();
      assertEquals(SIZE, engine.size());
      long found = engine.allPairs(IndexedPosts.K, 2, SIZE);
      assertTrue(found > SIZE && found <= (long) SIZE * IndexedPosts.K, "found " + found);
      long sampled = engine.allPairs(IndexedPosts.K, 2, 30);
      assertTrue(sampled > 30 && sampled <= 30L * IndexedPosts.K, "sampled " + sampled);
    }
  }

  @Test
  void relata_neverReturnsTheQueryPost() {
    try (RelataEngine engine = new RelataEngine()) {
      List<Article> articles = SitePosts.materialise(CORPUS, SIZE);
      engine.build(articles);
      for (int ord = 0; ord < SIZE; ord += 11) {
        for (Object r : engine.query(ord, 10)) {
          assertFalse(((RelatedPost) r).article().id().equals(articles.get(ord).id()));
        }
      }
    }
  }

  @Test
  void lucene_neverReturnsTheQueryPost_andStaysAsBuiltAfterAdds() {
    try (LuceneMltEngine engine = new LuceneMltEngine()) {
      engine.build(SitePosts.materialise(CORPUS, SIZE));
      List<ScoreDoc> before = engine.query(5, 10);
      engine.beginAdds();
      engine.add(SitePosts.article(CORPUS.post(SIZE)));
      engine.endAdds();
      engine.beginAdds(); // the writer opens again on the built commit
      engine.endAdds();
      assertEquals(before.size(), engine.query(5, 10).size());
      for (int ord = 0; ord < SIZE; ord += 11) {
        int ordCopy = ord;
        assertTrue(engine.query(ord, 10).stream().noneMatch(hit -> hit.doc == engine.doc(ordCopy)), "ord " + ordCopy);
      }
    }
  }

  @Test
  void create_unknownName_throws() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> PerfEngine.create("solr")).getMessage().contains("solr"));
  }

  @Test
  void article_summaryIsAnExcerptCutAtAWord() {
    String body = "word ".repeat(100);

    String summary = SitePosts.article(new CorpusPost("p", "T", body, null, "en", List.of(), Set.of())).summary();

    assertTrue(summary.length() <= SitePosts.EXCERPT_LENGTH, summary);
    assertTrue(summary.endsWith("word…"), summary);
    assertEquals("short text", SitePosts.article(new CorpusPost("q", "T", " short text ", null, "en", List.of(), Set.of())).summary());
  }
}
