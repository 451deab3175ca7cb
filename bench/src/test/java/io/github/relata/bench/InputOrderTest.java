package io.github.relata.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.Article;
import io.github.relata.ArticleIndex;
import io.github.relata.RelatedPost;
import io.github.relata.RelatedPosts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The same posts in another order give the same lists, on a whole real site: the BBC news corpus indexed
 * as read, reversed and shuffled, every post's list compared entry by entry (ids, scores to the bit, shared
 * terms and tags, contributions). Skipped, with a message, where {@code ../shared/corpora} is missing.
 */
final class InputOrderTest {

  @Test
  void bbcNewsInAnyOrderGivesTheSameLists() throws Exception {
    Path file = CorpusFiles.orSkip("bbc_news_en.jsonl");

    List<Article> forward = new ArrayList<>();
    for (CorpusPost post : Corpus.read(file).unlabelledPosts()) {
      forward.add(RelataRanker.toArticle(post));
    }
    List<Article> reversed = new ArrayList<>(forward);
    Collections.reverse(reversed);
    List<Article> shuffled = new ArrayList<>(forward);
    Collections.shuffle(shuffled, new Random(2026));

    RelatedPosts engine = RelatedPosts.withDefaults();
    ArticleIndex expected = engine.index(forward);
    int entries = 0;
    for (List<Article> order : List.of(reversed, shuffled)) {
      ArticleIndex other = engine.index(order);
      for (Article post : forward) {
        List<String> a = describe(expected.relatedTo(post.id()));
        assertEquals(a, describe(other.relatedTo(post.id())), post.id());
        entries += a.size();
      }
    }
    assertTrue(entries > 2 * forward.size(), "the lists are not empty: " + entries);
    System.out.printf("InputOrderTest: %,d BBC posts as read, reversed and shuffled: %,d list entries identical%n", forward.size(), entries);
  }

  private static List<String> describe(List<RelatedPost> list) {
    List<String> out = new ArrayList<>(list.size());
    for (RelatedPost r : list) {
      out.add(r.article().id() + " " + Double.doubleToLongBits(r.score()) + " " + r.contributions() + " " + r.sharedTerms() + " " + r.sharedTags()
          + " " + r.exposure());
    }
    return out;
  }
}
