package io.github.relata;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * An updatable index for a running site: thread-safe, with writes serialised and reads always served from
 * the latest immutable {@link ArticleIndex} snapshot, so a page being rendered never sees half an update.
 *
 * <p>Each change costs work proportional to the changed post. New posts are folded into the latent space
 * and given neighbourhood densities; when so many posts have changed that what was learned from all of
 * them has drifted (a fifth of the posts), the index is rebuilt on a background thread and swapped in, with
 * the changes made meanwhile replayed on top. {@link #close()} stops that thread.
 */
public final class LiveIndex implements AutoCloseable {

  private final Object writeLock = new Object();
  private volatile IndexState current;
  /** Changes made while a background rebuild runs, to replay on its result; null when none runs. */
  private @Nullable List<UnaryOperator<IndexState>> pending;
  private @Nullable ExecutorService rebuilder;
  private @Nullable Future<?> rebuilding;
  private boolean closed;
  /** When the latent space of {@link #current} was learned: the index built or last rebuilt. */
  private volatile Instant lastBuilt;

  LiveIndex(IndexState initial) {
    this.current = initial;
    this.lastBuilt = Instant.now();
  }

  /**
   * Returns when the index was built or last rebuilt (by {@link #rebuild()} or in the background): when the
   * latent space in use was learned. For monitoring.
   */
  public Instant lastBuilt() {
    return lastBuilt;
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
   * Adds a post, or replaces the post with the same id.
   *
   * @param article the post
   * @return the new snapshot
   */
  public ArticleIndex put(Article article) {
    checkNotNull(article, "article");
    return change(s -> s.with(article));
  }

  /**
   * Adds or replaces several posts, in order, as one change.
   *
   * @param articles the posts
   * @return the new snapshot
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
   * Rebuilds the index from its posts now, on the calling thread: the latent space is learned anew and
   * storage compacted. Usually unnecessary, as drift triggers a background rebuild.
   *
   * @return the new snapshot
   */
  public ArticleIndex rebuild() {
    IndexState base = current;
    IndexState fresh = (IndexState) base.rebuilt();
    synchronized (writeLock) {
      if (current == base) {
        current = fresh;
      } else {
        // Changes arrived meanwhile; replaying them needs the log, so rebuild under the lock instead.
        current = (IndexState) current.rebuilt();
      }
      lastBuilt = Instant.now();
      return current;
    }
  }

  private ArticleIndex change(UnaryOperator<IndexState> op) {
    synchronized (writeLock) {
      current = op.apply(current);
      if (pending != null) {
        pending.add(op);
      } else if (!closed && current.drifted()) {
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
    IndexState base = current;
    pending = new ArrayList<>();
    rebuilding =
        rebuilder.submit(
            () -> {
              IndexState fresh;
              try {
                fresh = (IndexState) base.rebuilt();
              } catch (RuntimeException e) {
                synchronized (writeLock) {
                  pending = null;
                }
                throw e;
              }
              synchronized (writeLock) {
                for (UnaryOperator<IndexState> op : pending) {
                  fresh = op.apply(fresh);
                }
                current = fresh;
                lastBuilt = Instant.now();
                pending = null;
              }
            });
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

  /** Stops background rebuilding; the index stays usable, without further rebuilds. */
  @Override
  public void close() {
    synchronized (writeLock) {
      closed = true;
      if (rebuilder != null) {
        rebuilder.shutdownNow();
      }
    }
  }
}
