package io.github.relata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable snapshot of a site's posts, ready to answer "which posts are related to this one?".
 * Thread-safe: any number of threads may query one snapshot.
 *
 * <p>Changes return a new snapshot and leave this one as it was, so pages being rendered keep a consistent
 * view while a writer updates. A change costs work proportional to the changed post, not a rebuild: the
 * snapshots share everything else. Term statistics (document frequencies, the number of posts) are
 * always those of the snapshot being queried, so adding posts one by one and building from scratch give
 * the same text scores. What is learned from all posts at once is the exception: new posts are folded into
 * the latent space learned when the index was built, and get neighbourhood densities of their own (their
 * neighbours' are updated, a removed post's are not), until {@link #rebuilt()} learns both anew ({@link
 * LiveIndex} does that in the background when a fifth of the posts have changed).
 *
 * <p>A built or rebuilt index is a function of its set of posts and the engine's settings: the same posts
 * in any order give the same lists, scores and explanations. An update compacts the index when the slots of
 * removed and replaced posts outnumber the live posts (and are at least 64), so an index edited for months
 * stays as small as its posts.
 */
public interface ArticleIndex {

  /**
   * Returns the number of posts.
   *
   * @return the number of posts, at least 0
   */
  int size();

  /**
   * Returns whether the index has no posts.
   *
   * @return true when {@link #size()} is 0
   */
  default boolean isEmpty() {
    return size() == 0;
  }

  /**
   * Returns whether a post with this id is in the index.
   *
   * @param id a post id
   * @return true if present
   */
  boolean contains(String id);

  /**
   * Returns the post with this id, if present.
   *
   * @param id a post id
   * @return the post as indexed: with its derived summary, and without its body unless the engine retains
   *     bodies ({@link RelatedPostsBuilder#bodies})
   */
  Optional<Article> article(String id);

  /**
   * Returns all posts: those of the last build or rebuild in the order of their ids (an index depends on its
   * set of posts, not on the order they came in), then those added since, in the order they were added.
   *
   * @return an immutable list
   */
  List<Article> articles();

  /**
   * Returns the posts most related to the post with id {@code id}, best first, at most the engine's
   * {@code maxResults}.
   *
   * @param id the id of a post in this index
   * @return an immutable list; empty when nothing is related
   * @throws java.util.NoSuchElementException if no post has this id
   */
  default List<RelatedPost> relatedTo(String id) {
    return relatedTo(id, Filter.none());
  }

  /**
   * Returns the posts most related to the post with id {@code id} that pass {@code filter}, best first.
   *
   * @param id the id of a post in this index
   * @param filter which posts may appear, how many, and the date rules
   * @return an immutable list; empty when nothing is related
   * @throws java.util.NoSuchElementException if no post has this id
   */
  List<RelatedPost> relatedTo(String id, Filter filter);

  /**
   * Returns the posts most related to the post with id {@code id} that pass {@code filter}, if the index has
   * it: {@link #relatedTo(String, Filter)} without an exception for an unknown id.
   *
   * @param id a post id
   * @param filter which posts may appear, how many, and the date rules
   * @return the related posts, an immutable list, best first; empty when no post has this id
   */
  default Optional<List<RelatedPost>> relatedToIfPresent(String id, Filter filter) {
    Objects.requireNonNull(filter, "filter");
    return contains(Objects.requireNonNull(id, "id")) ? Optional.of(relatedTo(id, filter)) : Optional.empty();
  }

  /**
   * Returns the posts most related to a post that need not be in the index (a draft, say), best first. The
   * draft is scored as if it were added: an indexed post with the same id is replaced for this query.
   *
   * @param draft the post to find relatives for
   * @return an immutable list; empty when nothing is related
   * @throws IllegalArgumentException if the draft is over one of the engine's {@link Limits}
   */
  default List<RelatedPost> relatedTo(Article draft) {
    return relatedTo(draft, Filter.none());
  }

  /**
   * Returns the posts most related to a post that need not be in the index, that pass {@code filter}.
   *
   * @param draft the post to find relatives for
   * @param filter which posts may appear, how many, and the date rules
   * @return an immutable list; empty when nothing is related
   */
  List<RelatedPost> relatedTo(Article draft, Filter filter);

  /**
   * Returns a snapshot with {@code article} added, replacing any post with the same id.
   *
   * @param article the post to add or update
   * @return the new snapshot
   */
  ArticleIndex with(Article article);

  /**
   * Returns a snapshot with all these posts added or updated, in order.
   *
   * @param articles the posts
   * @return the new snapshot
   */
  ArticleIndex withAll(Collection<Article> articles);

  /**
   * Returns a snapshot without the post with this id; this snapshot when there is none.
   *
   * @param id a post id
   * @return the new snapshot
   */
  ArticleIndex without(String id);

  /**
   * Returns a snapshot with the same posts, rebuilt from their analysed form: the latent space learned anew
   * from all posts, and storage compacted. Costs about as much as building the index, less the analysis.
   *
   * @return the rebuilt snapshot
   */
  ArticleIndex rebuilt();

  /**
   * Saves this snapshot to a file, which {@link RelatedPosts#load(Path)} reads back into an index that gives
   * the same related lists and explanations, and changes as this one would. The file is replaced atomically:
   * the snapshot is written to a temporary file in the same directory, forced to disk and moved over {@code
   * file}, and the directory is forced too, so that a crash while saving leaves the previous file whole.
   * The articles are saved with the index: title, summary, body (when retained), date, tags, categories,
   * author, url and language.
   *
   * @param file where to save; its directory must exist
   * @throws IOException if the file cannot be written; an existing file is then left as it was
   */
  void save(Path file) throws IOException;

  /**
   * Writes this snapshot to a stream, as {@link #save(Path)} writes it to a file; flushes the stream and
   * leaves it open. Durability is the caller's: nothing is forced to disk.
   *
   * @param out where to write
   * @throws IOException if the stream fails
   */
  void save(OutputStream out) throws IOException;
}
