package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.analysis.Analyzer;
import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The defects an index that runs for months must not have: each was seen, and each test failed before its fix. */
final class IndexRobustnessTest {

  /** Nothing learned from the whole index, so that every update's answers are exact. */
  private static final RelatedPosts TEXT_ONLY =
      RelatedPosts.builder().latentDimensions(0).exposureCorrection(0).minRelativeScore(0).build();

  private static Article post(int i, String body) {
    return Article.builder("p" + i, "post " + i).body(body).published(LocalDate.of(2020, 1, 1).plusDays(i % 300)).language("en").build();
  }

  @Test
  void theWordsThatExplainAList_doNotDependOnTheOrderPostsArrive() {
    // "profits" and "profit", "quarterly" and "quarter": one stem each, written two ways; the explanation
    // shows one way, and it is the same way whichever post the build met first.
    List<Article> posts = List.of(
        Article.builder("a", "Quarterly profits rise").body("The bank's quarterly profits rose on revenues from loans.").language("en").build(),
        Article.builder("b", "Profit up this quarter").body("Profit rose this quarter on revenue from loans at the bank.").language("en").build(),
        Article.builder("c", "Quarter profit and revenue").body("A quarter of profit came from the revenue of loans.").language("en").build());
    ArticleIndex forward = TEXT_ONLY.index(posts);
    ArticleIndex reversed = TEXT_ONLY.index(List.of(posts.get(2), posts.get(1), posts.get(0)));
    for (Article post : posts) {
      List<RelatedPost> expected = forward.relatedTo(post.id());
      assertFalse(expected.isEmpty(), post.id());
      assertEquals(expected.stream().map(RelatedPost::sharedTerms).toList(), reversed.relatedTo(post.id()).stream().map(RelatedPost::sharedTerms).toList(),
          post.id());
    }
  }

  @Test
  void manyEditsOfFewPosts_keepTheIndexSmallAndItsAnswersRight() {
    ArticleIndex index = TEXT_ONLY.emptyIndex();
    List<Article> last = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      last.add(post(i, "cluster policy draft 0 " + i));
    }
    index = index.withAll(last);
    for (int edit = 1; edit <= 40_000; edit++) {
      int i = edit % 50;
      Article changed = post(i, "cluster policy draft " + (edit % 13) + " " + i);
      last.set(i, changed);
      index = index.with(changed);
    }
    IndexData state = ((IndexSnapshot) index).data();
    assertEquals(50, state.liveCount());
    assertTrue(state.ordinalCount() <= 2 * 50 + IndexSnapshot.COMPACTION_MIN_DEAD + 1,
        "removed and replaced posts are cleaned up: " + state.ordinalCount() + " slots for 50 posts");
    ArticleIndex fresh = TEXT_ONLY.index(last);
    for (Article a : last) {
      RankingProperties.assertSameRanking(fresh.relatedTo(a.id()), index.relatedTo(a.id()));
    }
  }

  @Test
  void queryScratch_belongsToTheEngineAndIsBounded() throws Exception {
    RelatedPosts engine = RelatedPosts.withDefaults();
    List<Article> posts = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      posts.add(post(i, "clusters regions innovation " + (i % 17) + " strategy " + (i % 5)));
    }
    ArticleIndex index = engine.index(posts);
    ExecutorService threads = Executors.newFixedThreadPool(16);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 16; t++) {
      done.add(threads.submit(() -> {
        for (Article a : posts) {
          index.relatedTo(a.id());
        }
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    threads.shutdown();
    ScratchPool pool = ((IndexSnapshot) index).engine().scratch();
    int idle = 0;
    List<ScratchPool.Scratch> borrowed = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      ScratchPool.Scratch s = pool.borrow();
      idle += s.capacity() > 0 ? 1 : 0;
      borrowed.add(s);
    }
    assertTrue(idle <= ScratchPool.IDLE, "at most " + ScratchPool.IDLE + " idle sets are kept, however many threads queried: " + idle);
    assertTrue(Arrays.stream(Candidates.class.getDeclaredFields()).noneMatch(f -> f.getType() == ThreadLocal.class),
        "no per-thread scratch that outlives the engine and pins its class loader");
  }

  @Test
  void scratch_growsAndShrinksWithTheIndex() {
    ScratchPool.Scratch s = new ScratchPool.Scratch();
    s.fit(100_000);
    assertTrue(s.capacity() >= 100_000);
    s.fit(200);
    assertTrue(s.capacity() < 100_000, "a scratch far too big for the index is given up: " + s.capacity());
  }

  @Test
  void results_doNotKeepTheirSnapshotAlive() throws Exception {
    List<Article> posts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      posts.add(post(i, "clusters regions innovation " + (i % 7)));
    }
    ArticleIndex index = TEXT_ONLY.index(posts);
    List<RelatedPost> related = index.relatedTo("p1");
    WeakReference<ArticleIndex> snapshot = new WeakReference<>(index);
    index = null;
    for (int i = 0; i < 20 && snapshot.get() != null; i++) {
      System.gc();
      Thread.sleep(20);
    }
    assertNull(snapshot.get(), "the snapshot is collected while its results are kept");
    assertFalse(related.get(0).sharedTerms().isEmpty(), "and the results still explain themselves");
  }

  @Test
  void largeLimits_areCheckedNotOverflowed() {
    List<Article> posts = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      posts.add(post(i, "clusters " + (i % 3)));
    }
    ArticleIndex index = RelatedPosts.builder().latentDimensions(0).minRelativeScore(0).minScore(0).exposureCorrection(0).build().index(posts);
    assertEquals(1000, index.relatedTo("p1", Filter.none().limit(1000)).size(), "every post shares a word, so a list of 1000 is full");
    IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class, () -> index.relatedTo("p1", Filter.none().limit(2000)));
    assertTrue(tooLong.getMessage().contains("2000") && tooLong.getMessage().contains("Limits.maxResults"), tooLong.getMessage());
    IllegalArgumentException max = assertThrows(IllegalArgumentException.class, () -> Filter.none().limit(Integer.MAX_VALUE));
    assertTrue(max.getMessage().contains(String.valueOf(Integer.MAX_VALUE)), max.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Filter.none().limit(150_000_000));
    ArticleIndex roomy = RelatedPosts.builder().latentDimensions(0).minRelativeScore(0).minScore(0).exposureCorrection(0)
        .limits(new Limits(Limits.DEFAULT_MAX_TEXT_LENGTH, Limits.DEFAULT_MAX_LABELS, 5000, Limits.DEFAULT_MAX_POSTS)).build().index(posts);
    assertEquals(2999, roomy.relatedTo("p1", Filter.none().limit(5000)).size(), "a list asks for more than there are: every other post");
  }

  @Test
  void notANumber_neverSortsAsTheBestCandidate() {
    float[] values = {0.2f, Float.NaN, 0.5f, Float.POSITIVE_INFINITY};
    int[] touched = {10, 11, 12, 13};
    int[] best = Candidates.select(values, touched, 4, 2, null, new int[ScratchPool.BINS]);
    assertEquals(List.of(12, 10), Arrays.stream(best).boxed().toList());
  }

  @Test
  void aZeroLatentVector_givesZeroNotNotANumber() {
    byte[] zero = LatentVector.of(new float[16]);
    byte[] unit = LatentVector.of(new float[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    assertEquals(0.0, LatentVector.dot(zero, unit));
    assertEquals(0.0, LatentVector.dot(zero, new float[16]));
  }

  @Test
  void postingsBeyondWhatAnArrayHolds_areAClearError() {
    int[] df = {Integer.MAX_VALUE / 2, Integer.MAX_VALUE / 2, 100};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PostingsTable.offsets(df, new boolean[3]));
    assertTrue(e.getMessage().contains("postings entries"), e.getMessage());
    assertEquals(List.of(0, 5, 5, 12), Arrays.stream(PostingsTable.offsets(new int[] {5, 3, 7}, new boolean[] {false, true, false})).boxed().toList());
  }

  @Test
  void aStemmerThatReturnsNothing_leavesWordsUnstemmed() {
    Analyzer broken = Analyzer.builder().stemmer(word -> "").build();
    assertEquals(List.of("clusters", "regions"), broken.terms("clusters regions"));
    ArticleIndex index = RelatedPosts.builder().analyzer("en", broken).build()
        .index(List.of(post(1, "clusters regions"), post(2, "clusters policy")));
    assertEquals("p2", index.relatedTo("p1").get(0).article().id());
  }

  @Test
  void limits_nameThePostTheLimitAndTheValue_andABatchIsNotHalfApplied() {
    Limits small = new Limits(100, 3, 10, 5);
    RelatedPosts engine = RelatedPosts.builder().limits(small).maxResults(5).build();
    Article longPost = post(1, "x".repeat(200));
    IllegalArgumentException text = assertThrows(IllegalArgumentException.class, () -> engine.index(List.of(post(0, "ok"), longPost)));
    assertTrue(text.getMessage().contains("post p1") && text.getMessage().contains("Limits.maxTextLength"), text.getMessage());
    Article tagged = Article.builder("t", "tags").tags("a", "b", "c", "d").build();
    IllegalArgumentException labels = assertThrows(IllegalArgumentException.class, () -> engine.emptyIndex().with(tagged));
    assertTrue(labels.getMessage().contains("post t has 4 tags and categories") && labels.getMessage().contains("Limits.maxLabels"), labels.getMessage());
    ArticleIndex five = engine.index(List.of(post(0, "a"), post(1, "b"), post(2, "c"), post(3, "d"), post(4, "e")));
    IllegalArgumentException posts = assertThrows(IllegalArgumentException.class, () -> five.with(post(5, "f")));
    assertTrue(posts.getMessage().contains("Limits.maxPosts"), posts.getMessage());
    assertEquals(5, five.with(post(4, "replaced")).size(), "replacing a post is within the limit");
    ArticleIndex two = engine.index(List.of(post(0, "a"), post(1, "b")));
    IllegalArgumentException batch = assertThrows(IllegalArgumentException.class, () -> two.withAll(List.of(post(2, "c"), longPost, tagged)));
    assertTrue(batch.getMessage().startsWith("2 posts are over a limit, nothing was changed"), batch.getMessage());
    assertThrows(IllegalStateException.class, () -> RelatedPosts.builder().limits(small).maxResults(20).build());
    assertThrows(IllegalArgumentException.class, () -> new Limits(0, 1, 1, 1));
  }
}
