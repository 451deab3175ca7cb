package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Limits} at their boundaries: each rule by name, a post exactly at a limit and one past it, a batch's report. */
final class LimitsTest {

  private static String error(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }

  @Test
  void eachLimitIsAtLeastOne_andListsAtMostFilterMaxLimit() {
    Limits least = new Limits(1, 1, 1, 1);
    assertEquals(new Limits(1, 1, 1, 1), least);
    assertEquals(Filter.MAX_LIMIT, new Limits(1, 1, Filter.MAX_LIMIT, 1).maxResults());
    assertEquals("maxTextLength must be at least 1: 0", error(() -> new Limits(0, 1, 1, 1)));
    assertEquals("maxLabels must be at least 1: 0", error(() -> new Limits(1, 0, 1, 1)));
    assertEquals("maxResults must be from 1 to " + Filter.MAX_LIMIT + ": 0", error(() -> new Limits(1, 1, 0, 1)));
    assertEquals("maxResults must be from 1 to " + Filter.MAX_LIMIT + ": " + (Filter.MAX_LIMIT + 1),
        error(() -> new Limits(1, 1, Filter.MAX_LIMIT + 1, 1)));
    assertEquals("maxPosts must be at least 1: 0", error(() -> new Limits(1, 1, 1, 0)));
  }

  @Test
  void aPostAtALimitIsWithinIt_oneCharacterOrLabelMoreIsNot() {
    Limits limits = new Limits(10, 2, 5, 3);
    // Title, summary and body count together.
    assertNull(limits.problem(Article.builder("a", "abc").summary("defg").body("hij").build()));
    assertEquals("post b has 11 characters of text, over the limit of 10 (Limits.maxTextLength)",
        limits.problem(Article.builder("b", "abc").summary("defg").body("hijk").build()));
    // Tags and categories count together.
    assertNull(limits.problem(Article.builder("c", "t").tags("x").categories("y").build()));
    assertEquals("post d has 3 tags and categories, over the limit of 2 (Limits.maxLabels)",
        limits.problem(Article.builder("d", "t").tags("x", "z").categories("y").build()));
    limits.checkPosts(3);
    assertEquals("an index of 4 posts is over the limit of 3 (Limits.maxPosts)", error(() -> limits.checkPosts(4)));
    limits.checkResults(5);
    assertEquals("a list of 6 posts is over the limit of 5 (Limits.maxResults)", error(() -> limits.checkResults(6)));
  }

  @Test
  void aBatchReportsEveryPostOverALimit_theFirstTenInFull() {
    Limits limits = new Limits(3, 1000, 5, 100);
    List<Article> batch = new ArrayList<>();
    batch.add(Article.builder("ok", "abc").build());
    batch.add(null); // reported where the batch is read, not here
    limits.checkAll(batch);
    batch.add(Article.builder("one", "abcd").build());
    assertEquals("post one has 4 characters of text, over the limit of 3 (Limits.maxTextLength)", error(() -> limits.checkAll(batch)));
    for (int i = 0; i < 11; i++) {
      batch.add(Article.builder("p" + i, "abcd").build());
    }
    String message = error(() -> limits.checkAll(batch));
    assertEquals(true, message.startsWith("12 posts are over a limit, nothing was changed: post one has 4 characters"), message);
    assertEquals(true, message.endsWith("post p8 has 4 characters of text, over the limit of 3 (Limits.maxTextLength); and 2 more"), message);
    assertEquals(10, message.split("; post ", -1).length, message);
  }
}
