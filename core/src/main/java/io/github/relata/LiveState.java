package io.github.relata;

import static com.google.common.base.Preconditions.checkState;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The state behind a {@link LiveIndex}: the current snapshot, the serialised writes, and the rebuilds, in the
 * background when the index has drifted or on the caller's thread when asked, with the changes made meanwhile
 * replayed on their result. Thread-safe.
 */
final class LiveState {

  private static final System.Logger LOG = System.getLogger(LiveIndex.class.getName());

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
  private final List<LiveIndex.Listener> listeners = new CopyOnWriteArrayList<>();

  /** How a snapshot is rebuilt: {@link ArticleIndex#rebuilt()}; another function only in tests. */
  private final UnaryOperator<IndexSnapshot> rebuild;

  LiveState(IndexSnapshot initial, UnaryOperator<IndexSnapshot> rebuild) {
    this.current = initial;
    this.rebuild = rebuild;
    this.lastBuilt = Instant.now();
  }

  IndexSnapshot current() {
    return current;
  }

  Instant lastBuilt() {
    return lastBuilt;
  }

  void addListener(LiveIndex.Listener listener) {
    listeners.add(listener);
  }

  LiveIndex.Health health() {
    synchronized (writeLock) {
      Throwable failure = lastFailure;
      return new LiveIndex.Health(
          current.size(), lastBuilt, current.folded(), pending != null,
          failure == null ? null : String.valueOf(failure), lastFailureAt, closed);
    }
  }

  /** Removes the post with this id, returning whether it was there, as one step under the write lock. */
  boolean remove(String id) {
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
  ArticleIndex rebuild() {
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

  ArticleIndex change(UnaryOperator<IndexSnapshot> op) {
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
    for (LiveIndex.Listener listener : listeners) {
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
    for (LiveIndex.Listener listener : listeners) {
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
  void close() {
    ExecutorService executor;
    synchronized (writeLock) {
      closed = true;
      executor = rebuilder;
    }
    if (executor != null) {
      executor.shutdownNow();
      try {
        executor.awaitTermination(LiveIndex.CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
