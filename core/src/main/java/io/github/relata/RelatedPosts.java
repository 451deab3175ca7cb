package io.github.relata;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;

/**
 * The related-posts engine: configured once with {@link #builder()}, then used to index a site's posts
 * and ask which of them a reader should see next. Immutable and thread-safe.
 *
 * <pre>{@code
 * RelatedPosts engine = RelatedPosts.builder().maxResults(3).build();
 * ArticleIndex index = engine.index(articles);
 * for (RelatedPost r : index.relatedTo("smart-specialisation-stockholm")) {
 *   System.out.printf("%s %.2f %s%n", r.article().title(), r.score(), r.sharedTerms());
 * }
 * }</pre>
 */
public final class RelatedPosts {

  private final EngineContext engine;

  RelatedPosts(Options options) {
    this.engine = EngineContext.of(options);
  }

  /**
   * Returns a builder with every setting at its default.
   *
   * @return a new builder
   */
  public static RelatedPostsBuilder builder() {
    return new RelatedPostsBuilder();
  }

  /**
   * Returns an engine with every setting at its default.
   *
   * @return the engine
   */
  public static RelatedPosts withDefaults() {
    return builder().build();
  }

  /**
   * Returns this engine's settings.
   *
   * @return the settings, each one checked
   */
  public Options options() {
    return engine.options();
  }

  /** What the engine's snapshots share, for {@link BatchScoring}. */
  EngineContext context() {
    return engine;
  }

  /**
   * Indexes posts: analyses them (in parallel), builds the postings and learns the latent space.
   *
   * @param articles the posts; ids must be unique
   * @return an immutable snapshot
   * @throws IllegalArgumentException if two posts share an id
   */
  public ArticleIndex index(Collection<Article> articles) {
    return IndexSnapshot.build(engine, articles);
  }

  /**
   * Returns an index with no posts, to add posts to one by one.
   *
   * @return the empty index
   */
  public ArticleIndex emptyIndex() {
    return IndexSnapshot.empty(engine);
  }

  /**
   * Returns a thread-safe, updatable index that starts with these posts and keeps its latent space fresh
   * in the background.
   *
   * @param articles the initial posts; ids must be unique
   * @return the live index; close it to stop its background work
   * @throws IllegalArgumentException if two posts share an id
   */
  public LiveIndex liveIndex(Collection<Article> articles) {
    return new LiveIndex(IndexSnapshot.build(engine, articles));
  }

  /**
   * Returns a thread-safe, updatable index that starts from {@code initial}, such as a snapshot loaded with
   * {@link #load(Path)}, and keeps its latent space fresh in the background. Its {@link LiveIndex#lastBuilt()}
   * is the time it is made, and it rebuilds when a fifth of the posts have changed since {@code initial} was
   * built, counting the changes made to {@code initial} before it was saved.
   *
   * @param initial an index made by this engine, or by one with the same settings
   * @return the live index; close it to stop its background work
   * @throws IllegalArgumentException if {@code initial} was made by an engine with other settings
   */
  public LiveIndex liveIndex(ArticleIndex initial) {
    checkNotNull(initial, "initial");
    checkArgument(initial instanceof IndexSnapshot, "initial must be an index made by a RelatedPosts engine: %s", initial.getClass().getName());
    IndexSnapshot snapshot = (IndexSnapshot) initial;
    EngineContext made = snapshot.engine();
    checkArgument(made == engine || made.options().equals(engine.options()),
        "initial was made by an engine with other settings: %s, not %s", made.options(), engine.options());
    return new LiveIndex(snapshot);
  }

  /**
   * Loads an index saved with {@link ArticleIndex#save(Path)}, without analysing the posts again or learning
   * anything anew: the loaded index gives the same related lists and explanations as the saved one, and
   * changes as it would. The engine must have the settings that shaped the index (the analysis, field
   * weights, latent dimensions, and those the neighbourhood densities depend on); maxResults and minScore
   * may differ, as may the strengths of minRelativeScore and exposureCorrection.
   *
   * @param file a snapshot file
   * @return the index
   * @throws SnapshotException if the file is truncated, corrupt, of another format version, not a snapshot,
   *     or made with other settings; the message says which, and names the file
   * @throws IOException if the file cannot be read
   */
  public ArticleIndex load(Path file) throws IOException {
    checkNotNull(file, "file");
    return new IndexSnapshot(SnapshotFiles.load(engine, file));
  }

  /**
   * Loads an index written with {@link ArticleIndex#save(java.io.OutputStream)}, as {@link #load(Path)}
   * does; reads the stream to its end, which must be the snapshot's, and leaves it open.
   *
   * @param in the snapshot's bytes
   * @return the index
   * @throws SnapshotException if the bytes are not a whole snapshot this engine can load, saying why
   * @throws IOException if the stream fails
   */
  public ArticleIndex load(InputStream in) throws IOException {
    checkNotNull(in, "in");
    return new IndexSnapshot(SnapshotReader.read(engine, in, "the stream", -1, null));
  }

  /**
   * Returns the engine's name and every setting.
   *
   * @return {@code RelatedPosts} followed by {@link Options#toString()}
   */
  @Override
  public String toString() {
    return "RelatedPosts" + engine.options();
  }
}
