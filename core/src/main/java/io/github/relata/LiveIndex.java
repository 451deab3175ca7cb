package io.github.relata;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * An updatable index for a running site: thread-safe, with writes serialised and reads always served from
 * the latest immutable {@link ArticleIndex} snapshot, so a page being rendered never sees half an update.
 *
 * <p>Queries answer as {@link ArticleIndex} does, from one snapshot each; to ask several questions of one
 * consistent state, take a {@link #snapshot()}.
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

    /**
     * Returns whether the last rebuild, if any, succeeded.
     *
     * @return true when no rebuild has failed since the last one that succeeded
     */
    public boolean healthy() {
      return lastFailure == null;
    }
  }

  private final LiveState state;

  LiveIndex(IndexSnapshot initial) {
    this(initial, IndexSnapshot::rebuilt);
  }

  /** Makes a live index that rebuilds with {@code rebuild}: {@link ArticleIndex#rebuilt()}, or another function in tests. */
  LiveIndex(IndexSnapshot initial, UnaryOperator<IndexSnapshot> rebuild) {
    this.state = new LiveState(initial, rebuild);
  }

  /**
   * Adds a listener for background rebuilds.
   *
   * @param listener called after each background or explicit rebuild
   */
  public void addListener(Listener listener) {
    state.addListener(checkNotNull(listener, "listener"));
  }

  /**
   * Returns when the index was built or last rebuilt (by {@link #rebuild()} or in the background): when the
   * latent space in use was learned. For monitoring.
   *
   * @return the time of the last successful build
   */
  public Instant lastBuilt() {
    return state.lastBuilt();
  }

  /**
   * Returns what the index is doing and whether its last rebuild failed.
   *
   * @return the index's health, as of this call
   */
  public Health health() {
    return state.health();
  }

  /**
   * Returns the current snapshot.
   *
   * @return an immutable snapshot, unaffected by later changes
   */
  public ArticleIndex snapshot() {
    return state.current();
  }

  /**
   * Returns the number of posts in the current snapshot.
   *
   * @return the number of posts
   */
  public int size() {
    return state.current().size();
  }

  /**
   * Returns whether the current snapshot has a post with this id.
   *
   * @param id a post id
   * @return whether it is there
   */
  public boolean contains(String id) {
    return state.current().contains(id);
  }

  /**
   * Returns the post with this id in the current snapshot, if present.
   *
   * @param id a post id
   * @return the post, or empty
   */
  public Optional<Article> article(String id) {
    return state.current().article(id);
  }

  /**
   * Returns the posts most related to a post, from the current snapshot, at most the engine's {@code
   * maxResults}; see {@link ArticleIndex#relatedTo(String)}.
   *
   * @param id the id of a post in the index
   * @return an immutable list, best first; empty when nothing is related
   * @throws java.util.NoSuchElementException if no post has this id
   */
  public List<RelatedPost> relatedTo(String id) {
    return state.current().relatedTo(id);
  }

  /**
   * Returns the posts most related to a post that pass {@code filter}, from the current snapshot; see {@link
   * ArticleIndex#relatedTo(String, Filter)}.
   *
   * @param id the id of a post in the index
   * @param filter which posts may appear, how many, and the date rules
   * @return an immutable list, best first; empty when nothing is related
   * @throws java.util.NoSuchElementException if no post has this id
   */
  public List<RelatedPost> relatedTo(String id, Filter filter) {
    return state.current().relatedTo(id, filter);
  }

  /**
   * Returns the posts most related to a post, if the current snapshot has it: {@link #relatedTo(String,
   * Filter)} without an exception for an unknown id, asked of one snapshot (so a post removed between a
   * {@link #contains} and a {@code relatedTo} cannot make it throw).
   *
   * @param id a post id
   * @param filter which posts may appear, how many, and the date rules
   * @return the related posts, an immutable list, best first; empty when no post has this id
   */
  public Optional<List<RelatedPost>> relatedToIfPresent(String id, Filter filter) {
    return state.current().relatedToIfPresent(id, filter);
  }

  /**
   * Returns the posts most related to a post that is not in the index, such as a draft being edited, from
   * the current snapshot; see {@link ArticleIndex#relatedTo(Article)}.
   *
   * @param draft the post
   * @return an immutable list, best first; empty when nothing is related
   * @throws IllegalArgumentException if the draft is over one of the engine's {@link Limits}
   */
  public List<RelatedPost> relatedTo(Article draft) {
    return state.current().relatedTo(draft);
  }

  /**
   * Returns the posts most related to a post that is not in the index that pass {@code filter}, from the
   * current snapshot; see {@link ArticleIndex#relatedTo(Article, Filter)}.
   *
   * @param draft the post
   * @param filter which posts may appear, how many, and the date rules
   * @return an immutable list, best first; empty when nothing is related
   * @throws IllegalArgumentException if the draft is over one of the engine's {@link Limits}
   */
  public List<RelatedPost> relatedTo(Article draft, Filter filter) {
    return state.current().relatedTo(draft, filter);
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
    return state.change(s -> s.with(article));
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
    return state.change(s -> s.withAll(copy));
  }

  /**
   * Removes the post with this id, if present.
   *
   * @param id a post id
   * @return whether a post was removed
   */
  public boolean remove(String id) {
    checkNotNull(id, "id");
    return state.remove(id);
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
    return state.rebuild();
  }

  /** Waits for a running background rebuild, if any; for tests and orderly shutdown. */
  void awaitRebuild() throws Exception {
    state.awaitRebuild();
  }

  /**
   * Stops background rebuilding: after this returns no rebuild is started or swapped in (one still running
   * is discarded when it ends; this waits up to five seconds for it). The index stays usable for reads and
   * changes, without further rebuilds.
   */
  @Override
  public void close() {
    state.close();
  }
}
