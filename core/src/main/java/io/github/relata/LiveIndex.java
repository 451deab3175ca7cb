package io.github.relata;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * An updatable index for a running site: thread-safe, with writes serialised and reads always served from
 * the latest immutable {@link ArticleIndex} snapshot, so a page being rendered never sees half an update.
 *
 * <p>Each change costs work proportional to the changed post. New posts are folded into the latent space
 * and given neighbourhood densities; when so many posts have changed that what was learned from all of
 * them has drifted (a fifth of the posts), the index is rebuilt on a background thread and swapped in, with
 * the changes made meanwhile replayed on top, so writers never wait for a rebuild. A rebuild that fails
 * is reported ({@link #health()}, a {@link Listener}, and a warning through {@link System.Logger} under the
 * name {@code io.github.relata.LiveIndex}) and retried only after twice as many changes again; the index
 * keeps serving the snapshot it has. {@link #close()} stops the background work: no rebuild is swapped in
 * after it returns.
 */
public final class LiveIndex implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(LiveIndex.class.getName());
  /** How long {@link #close()} waits for a running rebuild to notice it is no longer wanted. */
  static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

  /**
   * Hears of a live index's background work. Called on the rebuilding thread; implementations should be
   * quick and must not throw (what they throw is logged and ignored).
   */
  public interface Listener {
    /**
     * A rebuild finished and its snapshot (with the changes made meanwhile) is now the current one.
     *
     * @param index the new current snapshot
     * @param took how long the rebuild took
     */
    default void rebuilt(ArticleIndex index, Duration took) {}

    /**
     * A rebuild failed; the index keeps its snapshot and tries again after more changes.
     *
     * @param error what went wrong
     */
    default void rebuildFailed(Throwable error) {}
  }

  /**
   * What a live index is doing, for a health check.
   *
   * @param size the number of posts
   * @param lastBuilt when the snapshot in use was built or last rebuilt
   * @param changesSinceBuild posts added or removed since then
   * @param rebuilding whether a rebuild is running
   * @param lastFailure the message of the last rebuild's failure, when the last rebuild failed; null otherwise
   * @param lastFailureAt when it failed, or null
   * @param closed whether {@link #close()} was called
   */
  public record Health(
      int size, Instant lastBuilt, int changesSinceBuild, boolean rebuilding, @Nullable String lastFailure,
      @Nullable Instant lastFailureAt, boolean closed) {

    /** Returns whether the last rebuild, if any, succeeded. */
    public boolean healthy() {
      return lastFailure == null;
    }
  }

  private final Object writeLock = new Object();
  private volatile IndexSnapshot current;
  /** Changes made while a rebuild runs, to replay on its result; null when none runs. */
  private @Nullable List<UnaryOperator<IndexSnapshot>> pending;
  private @Nullable ExecutorService rebuilder;
  private @Nullable Future<?> rebuilding;
  private boolean closed;
  /** When the snapshot in use was built: the index built or last rebuilt. */
  private volatile Instant lastBuilt;
  private volatile @Nullable Throwable lastFailure;
  private volatile @Nullable Instant lastFailureAt;
  /** Failures in a row; each doubles the changes awaited before the next background attempt. */
  private int failures;
  /** The change count at which the next background attempt may start, after a failure. */
  private int retryAfterChanges;
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();

  /** How a snapshot is rebuilt: {@link ArticleIndex#rebuilt()}; another function only in tests. */
  private final UnaryOperator<IndexSnapshot> rebuild;

  LiveIndex(IndexSnapshot initial) {
    this(initial, s -> (IndexSnapshot) s.rebuilt());
  }

  LiveIndex(IndexSnapshot initial, UnaryOperator<IndexSnapshot> rebuild) {
    this.current = initial;
    this.rebuild = rebuild;
    this.lastBuilt = Instant.now();
  }

  /**
   * Adds a listener for background rebuilds.
   *
   * @param listener called after each background or explicit rebuild
   */
  public void addListener(Listener listener) {
    listeners.add(checkNotNull(listener, "listener"));
  }

  /**
   * Returns when the index was built or last rebuilt (by {@link #rebuild()} or in the background): when the
   * latent space in use was learned. For monitoring.
   */
  public Instant lastBuilt() {
    return lastBuilt;
  }

  /** Returns what the index is doing and whether its last rebuild failed. */
  public Health health() {
    synchronized (writeLock) {
      Throwable failure = lastFailure;
      return new Health(
          current.size(), lastBuilt, current.folded(), pending != null,
          failure == null ? null : String.valueOf(failure), lastFailureAt, closed);
    }
  }

  /** Returns the current snapshot: immutable, and unaffected by later changes. */
  public ArticleIndex snapshot() {
    return current;
  }

  /** Returns the number of posts in the current snapshot. */
  public int size() {
    return current.size();
  }

  /**
   * Returns whether the current snapshot has a post with this id.
   *
   * @param id a post id
   * @return whether it is there
   */
  public boolean contains(String id) {
    return current.contains(id);
  }

  /**
   * Returns the post with this id in the current snapshot, if present.
   *
   * @param id a post id
   * @return the post, or empty
   */
  public Optional<Article> article(String id) {
    return current.article(id);
  }

  /**
   * Returns the posts most related to a post, from the current snapshot; see {@link ArticleIndex#relatedTo(String, Filter)}.
   *
   * @param id the id of a post in the index
   * @param filter which posts may appear, and how many
   * @return the related posts
   * @throws java.util.NoSuchElementException if no post has this id
   */
  public List<RelatedPost> relatedTo(String id, Filter filter) {
    return current.relatedTo(id, filter);
  }

  /**
   * Returns the posts most related to a post, from the current snapshot.
   *
   * @param id the id of a post in the index
   * @return the related posts
   * @throws java.util.NoSuchElementException if no post has this id
   */
  public List<RelatedPost> relatedTo(String id) {
    return current.relatedTo(id);
  }

  /**
   * Returns the posts most related to a post that is not in the index, such as a draft being edited, from
   * the current snapshot; see {@link ArticleIndex#relatedTo(Article, Filter)}.
   *
   * @param draft the post
   * @param filter which posts may appear, and how many
   * @return the related posts
   */
  public List<RelatedPost> relatedTo(Article draft, Filter filter) {
    return current.relatedTo(draft, filter);
  }

  /**
   * Adds a post, or replaces the post with the same id.
   *
   * @param article the post
   * @return the new snapshot
   * @throws IllegalArgumentException if the post is over one of the engine's {@link Limits}
   */
  public ArticleIndex put(Article article) {
    checkNotNull(article, "article");
    return change(s -> s.with(article));
  }

  /**
   * Adds or replaces several posts, in order, as one change: all of them, or none when one is over a limit.
   *
   * @param articles the posts
   * @return the new snapshot
   * @throws IllegalArgumentException listing the posts over one of the engine's {@link Limits}
   */
  public ArticleIndex putAll(Collection<Article> articles) {
    List<Article> copy = List.copyOf(articles);
    return change(s -> s.withAll(copy));
  }

  /**
   * Removes the post with this id, if present.
   *
   * @param id a post id
   * @return whether a post was removed
   */
  public boolean remove(String id) {
    checkNotNull(id, "id");
    synchronized (writeLock) {
      boolean present = current.contains(id);
      change(s -> s.without(id));
      return present;
    }
  }

  /**
   * Rebuilds the index from its posts now, on the calling thread: the latent space and the neighbourhood
   * densities are learned anew and storage compacted. Writers do not wait for it: changes made meanwhile are
   * replayed on its result. Waits first for a background rebuild that is running. Usually unnecessary, as
   * drift triggers a background rebuild.
   *
   * @return the new snapshot
   * @throws IllegalStateException if the index is closed
   * @throws RuntimeException what the rebuild threw; the index keeps its snapshot
   */
  public ArticleIndex rebuild() {
    IndexSnapshot base;
    while (true) {
      Future<?> running;
      synchronized (writeLock) {
        checkState(!closed, "the live index is closed");
        running = rebuilding;
        if (pending == null) {
          pending = new ArrayList<>();
          base = current;
          break;
        }
      }
      try {
        running.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for a background rebuild", e);
      } catch (Exception e) {
        // The background rebuild's failure is recorded and reported; this rebuild tries anew.
      }
    }
    runRebuild(base);
    return current;
  }

  private ArticleIndex change(UnaryOperator<IndexSnapshot> op) {
    synchronized (writeLock) {
      current = op.apply(current);
      if (pending != null) {
        pending.add(op);
      } else if (!closed && current.drifted() && current.folded() >= retryAfterChanges) {
        startRebuild();
      }
      return current;
    }
  }

  private void startRebuild() {
    if (rebuilder == null) {
      rebuilder =
          Executors.newSingleThreadExecutor(
              r -> {
                Thread t = new Thread(r, "relata-rebuild");
                t.setDaemon(true);
                return t;
              });
    }
    IndexSnapshot base = current;
    pending = new ArrayList<>();
    rebuilding = rebuilder.submit(() -> {
      try {
        runRebuild(base);
      } catch (RuntimeException | Error e) {
        // Recorded, logged and reported by runRebuild.
      }
    });
  }

  /**
   * Rebuilds {@code base} (with {@link #pending} already set), then swaps the result in with the changes
   * made meanwhile replayed, unless the index was closed. On failure keeps the current snapshot, records and
   * reports the failure, and puts off the next background attempt.
   */
  private void runRebuild(IndexSnapshot base) {
    long start = System.nanoTime();
    IndexSnapshot fresh;
    try {
      fresh = rebuild.apply(base);
    } catch (RuntimeException | Error e) {
      failed(e);
      throw e;
    }
    ArticleIndex swapped;
    synchronized (writeLock) {
      List<UnaryOperator<IndexSnapshot>> meanwhile = pending;
      pending = null;
      if (closed) {
        return; // not wanted any more: close() means stopped
      }
      for (UnaryOperator<IndexSnapshot> op : meanwhile) {
        fresh = op.apply(fresh);
      }
      current = fresh;
      lastBuilt = Instant.now();
      lastFailure = null;
      lastFailureAt = null;
      failures = 0;
      retryAfterChanges = 0;
      swapped = fresh;
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    for (Listener listener : listeners) {
      try {
        listener.rebuilt(swapped, took);
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "a LiveIndex listener threw; ignored", e);
      }
    }
  }

  private void failed(Throwable error) {
    int changes;
    synchronized (writeLock) {
      pending = null;
      lastFailure = error;
      lastFailureAt = Instant.now();
      failures = Math.min(failures + 1, 20);
      changes = current.folded();
      // Wait for twice as many changes again for each failure in a row before the next background attempt.
      retryAfterChanges = changes + (Math.max(LatentSpace.MIN_POSTS, current.size() / 5) << Math.min(failures, 16));
    }
    LOG.log(System.Logger.Level.WARNING,
        "rebuilding the related-posts index failed; it keeps serving the last snapshot and tries again after "
            + (retryAfterChanges - changes) + " more changes", error);
    for (Listener listener : listeners) {
      try {
        listener.rebuildFailed(error);
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "a LiveIndex listener threw; ignored", e);
      }
    }
  }

  /** Waits for a running background rebuild, if any; for tests and orderly shutdown. */
  void awaitRebuild() throws Exception {
    Future<?> f;
    synchronized (writeLock) {
      f = rebuilding;
    }
    if (f != null) {
      f.get();
    }
  }

  /**
   * Stops background rebuilding: after this returns no rebuild is started or swapped in (one still running
   * is discarded when it ends; this waits up to five seconds for it). The index stays usable for reads and
   * changes, without further rebuilds.
   */
  @Override
  public void close() {
    ExecutorService executor;
    synchronized (writeLock) {
      closed = true;
      executor = rebuilder;
    }
    if (executor != null) {
      executor.shutdownNow();
      try {
        executor.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
