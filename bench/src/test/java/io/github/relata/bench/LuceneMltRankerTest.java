package io.github.relata.bench;

import static io.github.relata.bench.TestPosts.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class LuceneMltRankerTest {

  private static final List<CorpusPost> POSTS = List.of(
      post("cat-1", "Cats sleep all day", "A cat sleeps sixteen hours; kittens sleep even longer."),
      post("cat-2", "Why cats purr", "Purring cats are often content, and kittens purr while nursing."),
      post("cat-3", "Feeding kittens", "Kittens need food four times a day; adult cats twice."),
      post("cat-4", "Cat toys", "Cats chase toys; kittens chase everything."),
      post("stock-1", "Stocks rally", "Shares rose as markets cheered the interest rate cut."),
      post("stock-2", "Markets fall", "Shares fell when the central bank raised the interest rate."),
      post("stock-3", "Bond yields", "Bond markets moved on interest rate expectations; shares were flat."),
      post("stock-4", "Earnings season", "Company shares jumped after earnings beat market forecasts."),
      post("other", "Weather", "Sunny with a chance of rain."));

  private LuceneMltRanker ranker;

  @BeforeEach
  void indexPosts() {
    ranker = new LuceneMltRanker();
    ranker.index(POSTS);
  }

  @AfterEach
  void close() {
    ranker.close();
  }

  @Test
  void related_neverReturnsTheQueryPost_andAtMostK() {
    for (CorpusPost post : POSTS) {
      for (int k : new int[] {1, 3, 10}) {
        List<String> related = ranker.related(post.id(), k);
        assertFalse(related.contains(post.id()), post.id() + " k=" + k + ": " + related);
        assertTrue(related.size() <= k, post.id() + " k=" + k + ": " + related);
      }
    }
  }

  @Test
  void related_findsPostsOnTheSameTopicFirst() {
    assertTrue(ranker.related("cat-1", 1).get(0).startsWith("cat-"), ranker.related("cat-1", 3).toString());
    assertTrue(ranker.related("stock-2", 1).get(0).startsWith("stock-"), ranker.related("stock-2", 3).toString());
  }

  @Test
  void scored_isBestFirstWithPositiveScores() {
    List<RankedPost> related = ranker.scored("stock-1", 5);

    assertFalse(related.isEmpty());
    for (int i = 0; i < related.size(); i++) {
      assertTrue(related.get(i).score() > 0);
      if (i > 0) {
        assertTrue(related.get(i - 1).score() >= related.get(i).score(), related.toString());
      }
    }
  }

  @Test
  void related_unknownId_throwsNamingId() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ranker.related("nope", 3));

    assertEquals("unknown post id: nope", e.getMessage());
  }

  @Test
  void index_afterClose_indexesAgain() {
    ranker.close();
    ranker.index(POSTS.subList(0, 4));

    assertTrue(ranker.related("cat-1", 10).stream().allMatch(id -> id.startsWith("cat-")));
  }

  @Test
  void related_afterClose_throwsIllegalState() {
    ranker.close();

    assertThrows(IllegalStateException.class, () -> ranker.related("cat-1", 3));
  }
}
