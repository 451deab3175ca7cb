package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A live index survives rebuilds that fail, take long, or are still running when it is closed. */
final class LiveIndexFaultsTest {

  private static final RelatedPosts ENGINE = RelatedPosts.builder().latentDimensions(0).build();

  private static Article post(int i) {
    return Article.builder("p" + i, "cluster policy " + i).body("regional clusters and innovation " + (i % 7))
        .published(LocalDate.of(2020, 1, 1).plusDays(i)).language("en").build();
  }

  private static List<Article> posts(int n) {
    List<Article> posts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      posts.add(post(i));
    }
    return posts;
  }

  /** A live index of 120 posts, with this way of rebuilding. */
  private static LiveIndex live(UnaryOperator<IndexSnapshot> rebuild) {
    return new LiveIndex((IndexSnapshot) ENGINE.index(posts(120)), rebuild);
  }

  /** A rebuild that says it has started, then waits for {@code release} before it rebuilds. */
  private static UnaryOperator<IndexSnapshot> heldRebuild(CountDownLatch started, CountDownLatch release) {
    return s -> {
      started.countDown();
      await(release);
      return s.rebuilt();
    };
  }

  /** Puts posts until a background rebuild has started (drift is 100 changes for an index this small). */
  private static void drift(LiveIndex live, int from) {
    for (int i = from; i < from + LatentSpace.MIN_POSTS + 1; i++) {
      live.put(post(i));
    }
  }

  @Test
  void aFailedRebuild_isReportedAndNotRetriedOnEveryWrite() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    List<Throwable> heard = new ArrayList<>();
    // The warning goes through System.Logger, which is java.util.logging here: caught, not printed.
    java.util.logging.Logger log = java.util.logging.Logger.getLogger(LiveIndex.class.getName());
    List<java.util.logging.LogRecord> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.logging.Handler catcher = new java.util.logging.Handler() {
      @Override
      public void publish(java.util.logging.LogRecord record) {
        logged.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    log.addHandler(catcher);
    log.setUseParentHandlers(false);
    try (LiveIndex live = live(s -> {
      attempts.incrementAndGet();
      throw new IllegalStateException("disk full");
    })) {
      live.addListener(new LiveIndex.Listener() {
        @Override
        public void rebuildFailed(Throwable error) {
          heard.add(error);
        }
      });
      drift(live, 1000);
      live.awaitRebuild();
      assertEquals(1, attempts.get());
      LiveIndex.Health health = live.health();
      assertFalse(health.healthy());
      assertTrue(health.lastFailure().contains("disk full"), health.toString());
      assertNotNull(health.lastFailureAt());
      assertEquals(1, heard.size());
      for (int i = 2000; i < 2100; i++) {
        live.put(post(i)); // drifted still, but the failure puts the next attempt off
      }
      live.awaitRebuild();
      assertEquals(1, attempts.get(), "not retried on every write");
      assertEquals(120 + 101 + 100, live.size(), "the index keeps serving and taking changes");
      assertEquals(1, logged.size(), "one warning logged");
      assertEquals(java.util.logging.Level.WARNING, logged.get(0).getLevel());
      assertTrue(logged.get(0).getMessage().startsWith("rebuilding the related-posts index failed"), logged.get(0).getMessage());
    } finally {
      log.removeHandler(catcher);
      log.setUseParentHandlers(true);
    }
  }

  @Test
  void writersDoNotWaitForARebuild_andItsResultKeepsTheirChanges() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (LiveIndex live = live(heldRebuild(started, release))) {
      drift(live, 1000);
      assertTrue(started.await(10, TimeUnit.SECONDS));
      assertTrue(live.health().rebuilding());
      long start = System.nanoTime();
      live.put(post(5000));
      assertTrue(live.remove("p3"));
      assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 2_000, "writes go on while the rebuild waits");
      release.countDown();
      live.awaitRebuild();
      assertTrue(live.contains("p5000"), "a change made during the rebuild is replayed on its result");
      assertFalse(live.contains("p3"));
      assertTrue(live.health().healthy());
      assertEquals(0, live.health().changesSinceBuild() - 2, "only the replayed changes are since the rebuild");
    }
  }

  @Test
  void close_meansNoRebuildIsSwappedInAfterIt() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger finished = new AtomicInteger();
    LiveIndex live = live(s -> {
      started.countDown();
      // A rebuild deaf to interrupts, as a long computation is: close() cannot stop it, only discard it.
      com.google.common.util.concurrent.Uninterruptibles.awaitUninterruptibly(release, 30, TimeUnit.SECONDS);
      IndexSnapshot fresh = s.rebuilt();
      finished.incrementAndGet();
      return fresh;
    });
    drift(live, 1000);
    assertTrue(started.await(10, TimeUnit.SECONDS));
    ArticleIndex before = live.snapshot();
    new Thread(() -> {
      sleep(200);
      release.countDown(); // the rebuild ends while close() waits
    }).start();
    live.close();
    sleep(200);
    assertSame(before, live.snapshot(), "the rebuild's result was not swapped in");
    assertTrue(live.health().closed());
    assertThrows(IllegalStateException.class, live::rebuild);
    live.put(post(9999));
    assertTrue(live.contains("p9999"), "a closed index still takes changes");
    assertEquals(1, finished.get(), "the rebuild ran to its end");
  }

  @Test
  void rebuildNow_doesNotHoldWritersWhileItRuns() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (LiveIndex live = live(heldRebuild(started, release))) {
      Thread rebuilder = new Thread(live::rebuild);
      rebuilder.start();
      assertTrue(started.await(10, TimeUnit.SECONDS));
      long start = System.nanoTime();
      live.put(post(7000));
      assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 2_000);
      release.countDown();
      rebuilder.join(30_000);
      assertTrue(live.contains("p7000"));
      assertNull(live.health().lastFailure());
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("test latch never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
