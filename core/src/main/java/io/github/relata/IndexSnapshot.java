package io.github.relata;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.relata.internal.LayeredMap;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The one implementation of {@link ArticleIndex}: one immutable snapshot's {@link IndexData}, queried with
 * the {@link Scorer}, changed with {@link Updates} and {@link IndexBuilder}, saved with the snapshot writer.
 */
final class IndexSnapshot implements ArticleIndex {

  /**
   * An update compacts the index (see {@link IndexBuilder#compact}) when more of its slots hold removed or
   * replaced posts than live ones, and at least this many: a cost proportional to the index once in as many
   * updates as it has posts, so constant per update on average.
   */
  static final int COMPACTION_MIN_DEAD = 64;

  private final IndexData data;

  IndexSnapshot(IndexData data) {
    this.data = data;
  }

  /** Returns the snapshot with no posts of an engine. */
  static IndexSnapshot empty(EngineContext engine) {
    return new IndexSnapshot(IndexData.empty(engine));
  }

  /** Returns the snapshot of {@code articles}, built in bulk. */
  static IndexSnapshot build(EngineContext engine, Collection<Article> articles) {
    return new IndexSnapshot(IndexBuilder.build(engine, articles));
  }

  /** This snapshot's data. */
  IndexData data() {
    return data;
  }

  EngineContext engine() {
    return data.engine();
  }

  /** Posts added or removed since the index was built (see {@link IndexData#folded()}). */
  int folded() {
    return data.folded();
  }

  // ---- reads ----

  @Override
  public int size() {
    return data.liveCount();
  }

  @Override
  public boolean contains(String id) {
    checkNotNull(id, "id");
    return data.ordinals().get(id) != LayeredMap.ABSENT;
  }

  @Override
  public Optional<Article> article(String id) {
    checkNotNull(id, "id");
    int ordinal = data.ordinals().get(id);
    return ordinal == LayeredMap.ABSENT ? Optional.empty() : Optional.of(data.doc(ordinal).article());
  }

  @Override
  public List<Article> articles() {
    List<Article> all = new ArrayList<>(data.liveCount());
    for (Doc doc : data.liveDocs()) {
      all.add(doc.article());
    }
    return Collections.unmodifiableList(all);
  }

  // ---- queries ----

  @Override
  public List<RelatedPost> relatedTo(String id, Filter filter) {
    checkNotNull(id, "id");
    checkNotNull(filter, "filter");
    int ordinal = data.ordinals().get(id);
    if (ordinal == LayeredMap.ABSENT) {
      throw new NoSuchElementException("unknown article id: " + id);
    }
    checkLimit(filter);
    return List.copyOf(new Scorer(data).related(ordinal, filter));
  }

  @Override
  public List<RelatedPost> relatedTo(Article draft, Filter filter) {
    checkNotNull(draft, "draft");
    checkNotNull(filter, "filter");
    checkLimit(filter);
    IndexData withDraft = added(draft);
    return List.copyOf(new Scorer(withDraft).related(withDraft.ordinals().get(draft.id()), filter));
  }

  private void checkLimit(Filter filter) {
    Options options = data.engine().options();
    options.limits().checkResults(filter.limitOr(options.maxResults()));
  }

  // ---- changes ----

  @Override
  public IndexSnapshot with(Article article) {
    return new IndexSnapshot(compactedIfCrowded(added(article)));
  }

  /** Returns this snapshot's data with the post added or replaced, not compacted. */
  private IndexData added(Article article) {
    checkNotNull(article, "article");
    Limits limits = data.engine().options().limits();
    limits.check(article);
    IndexData without = withoutUncompacted(article.id());
    limits.checkPosts(without.liveCount() + 1L);
    return Updates.add(without, data.engine().featurizer().features(article), article);
  }

  @Override
  public IndexSnapshot withAll(Collection<Article> articles) {
    checkNotNull(articles, "articles");
    data.engine().options().limits().checkAll(articles);
    IndexSnapshot snapshot = this;
    for (Article article : articles) {
      snapshot = snapshot.with(checkNotNull(article, "articles must not contain null"));
    }
    return snapshot;
  }

  @Override
  public IndexSnapshot without(String id) {
    IndexData changed = compactedIfCrowded(withoutUncompacted(id));
    return changed == data ? this : new IndexSnapshot(changed);
  }

  private IndexData withoutUncompacted(String id) {
    checkNotNull(id, "id");
    int ordinal = data.ordinals().get(id);
    return ordinal == LayeredMap.ABSENT ? data : Updates.remove(data, ordinal);
  }

  /** Returns {@code changed}, compacted when removed and replaced posts crowd it (see {@link #COMPACTION_MIN_DEAD}). */
  private static IndexData compactedIfCrowded(IndexData changed) {
    int dead = changed.ordinalCount() - changed.liveCount();
    return dead > Math.max(COMPACTION_MIN_DEAD, changed.liveCount()) ? IndexBuilder.compact(changed) : changed;
  }

  @Override
  public IndexSnapshot rebuilt() {
    return new IndexSnapshot(IndexBuilder.rebuild(data));
  }

  @Override
  public void save(Path file) throws IOException {
    checkNotNull(file, "file");
    SnapshotFiles.save(data, file);
  }

  @Override
  public void save(OutputStream out) throws IOException {
    checkNotNull(out, "out");
    SnapshotWriter.write(data, out);
  }

  /**
   * Whether so many posts were added or removed since the index was built that what it learned from all
   * posts, the latent space and the neighbourhood densities, should be learned anew: a fifth of the posts,
   * and at least {@link LatentSpace#MIN_POSTS}; or, without a latent space yet, when the index has grown
   * big enough for one.
   */
  boolean drifted() {
    Options options = data.engine().options();
    boolean latentOn = options.latentDimensions() > 0;
    if (!latentOn && !Density.used(options)) {
      return false;
    }
    if (latentOn && data.latent() == null && data.liveCount() >= LatentSpace.MIN_POSTS) {
      return true;
    }
    return data.folded() > Math.max(LatentSpace.MIN_POSTS, data.liveCount() / 5);
  }

  @Override
  public String toString() {
    return "ArticleIndex[size=" + data.liveCount() + ", terms=" + data.dictionary().size() + ", latent=" + data.latent() + "]";
  }
}
