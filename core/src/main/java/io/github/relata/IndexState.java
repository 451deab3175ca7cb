package io.github.relata;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The one implementation of {@link ArticleIndex}: persistent structures (posts by ordinal, ids, the term
 * dictionary and postings by term id) that each change shares with the snapshot it came from.
 */
final class IndexState implements ArticleIndex {

  final Engine engine;
  /** Term string to term id; ids are never reused within one lineage of snapshots. */
  final LayeredMap dictionary;
  final int nextTermId;
  /** How each term is written, for explanations. */
  final Surfaces surfaces;
  /** Post id to ordinal. */
  final LayeredMap ordinals;
  /** Posts by ordinal; null where a post was removed or replaced. */
  final PersistentArray<Doc> docs;
  /** Postings by term id. */
  final PostingsTable postings;
  /** Live posts per word pair. */
  final PairCounts pairCounts;
  final int liveCount;
  /** Live posts per language, to know when every post shares one language. */
  final PersistentMap<String, Integer> languages;
  final double totalLength;
  final @Nullable LatentSpace latent;
  /**
   * Posts added or removed since the index was built: folded into {@link #latent}, or given densities that
   * only approximate a rebuild's.
   */
  final int folded;

  /** The sum of the live posts' known {@link Doc#density} values, and how many are known. */
  final double densitySum;
  final int densityCount;

  /** Per-snapshot caches of values that depend on the whole index (norms under current idf). */
  private final AtomicReference<@Nullable NormCache> norms = new AtomicReference<>();

  IndexState(
      Engine engine,
      LayeredMap dictionary,
      int nextTermId,
      Surfaces surfaces,
      LayeredMap ordinals,
      PersistentArray<Doc> docs,
      PostingsTable postings,
      PairCounts pairCounts,
      int liveCount,
      PersistentMap<String, Integer> languages,
      double totalLength,
      @Nullable LatentSpace latent,
      int folded) {
    this(engine, dictionary, nextTermId, surfaces, ordinals, docs, postings, pairCounts, liveCount, languages, totalLength, latent, folded, 0, 0);
  }

  IndexState(
      Engine engine,
      LayeredMap dictionary,
      int nextTermId,
      Surfaces surfaces,
      LayeredMap ordinals,
      PersistentArray<Doc> docs,
      PostingsTable postings,
      PairCounts pairCounts,
      int liveCount,
      PersistentMap<String, Integer> languages,
      double totalLength,
      @Nullable LatentSpace latent,
      int folded,
      double densitySum,
      int densityCount) {
    this.densitySum = densitySum;
    this.densityCount = densityCount;
    this.engine = engine;
    this.dictionary = dictionary;
    this.nextTermId = nextTermId;
    this.surfaces = surfaces;
    this.ordinals = ordinals;
    this.docs = docs;
    this.postings = postings;
    this.pairCounts = pairCounts;
    this.liveCount = liveCount;
    this.languages = languages;
    this.totalLength = totalLength;
    this.latent = latent;
    this.folded = folded;
  }

  static IndexState empty(Engine engine) {
    return new IndexState(
        engine, LayeredMap.empty(), 0, Surfaces.EMPTY, LayeredMap.empty(), PersistentArray.empty(), PostingsTable.EMPTY, PairCounts.EMPTY, 0,
        PersistentMap.empty(), 0, null, 0);
  }

  /** Returns this snapshot with other posts' analysed forms (the same ids and ordinals) and density totals. */
  IndexState withDocs(PersistentArray<Doc> newDocs, double newDensitySum, int newDensityCount) {
    return new IndexState(
        engine, dictionary, nextTermId, surfaces, ordinals, newDocs, postings, pairCounts, liveCount, languages, totalLength, latent, folded,
        newDensitySum, newDensityCount);
  }

  /** The mean {@link Doc#density} of the live posts, or NaN when none is known. */
  double meanDensity() {
    return densityCount == 0 ? Double.NaN : densitySum / densityCount;
  }

  // ---- reads ----

  @Override
  public int size() {
    return liveCount;
  }

  @Override
  public boolean contains(String id) {
    checkNotNull(id, "id");
    return ordinals.get(id) != LayeredMap.ABSENT;
  }

  @Override
  public Optional<Article> article(String id) {
    checkNotNull(id, "id");
    int ordinal = ordinals.get(id);
    return ordinal == LayeredMap.ABSENT ? Optional.empty() : Optional.of(docs.get(ordinal).article);
  }

  @Override
  public List<Article> articles() {
    List<Article> all = new ArrayList<>(liveCount);
    for (int i = 0; i < docs.size(); i++) {
      Doc doc = docs.get(i);
      if (doc != null) {
        all.add(doc.article);
      }
    }
    return java.util.Collections.unmodifiableList(all);
  }

  /** Returns the live post at {@code ordinal}, or null. */
  @Nullable Doc doc(int ordinal) {
    return docs.get(ordinal);
  }

  int ordinalCount() {
    return docs.size();
  }

  /** Whether every ordinal below {@link #ordinalCount()} holds a live post. */
  boolean noneRemoved() {
    return liveCount == docs.size();
  }

  /** Whether all live posts are in one language. */
  boolean singleLanguage() {
    return languages.size() <= 1;
  }

  /** Returns the number of live posts that have the term. */
  int df(int termId) {
    return postings.df(termId);
  }

  @Nullable Postings postingsOf(int termId) {
    return postings.get(termId);
  }

  double averageLength() {
    return liveCount == 0 ? 1 : Math.max(totalLength / liveCount, 1e-9);
  }

  NormCache norms() {
    NormCache cache = norms.get();
    if (cache == null) {
      norms.compareAndSet(null, new NormCache(docs.size()));
      cache = norms.get();
    }
    return cache;
  }

  // ---- queries ----

  @Override
  public List<RelatedPost> relatedTo(String id, Filter filter) {
    checkNotNull(id, "id");
    checkNotNull(filter, "filter");
    int ordinal = ordinals.get(id);
    if (ordinal == LayeredMap.ABSENT) {
      throw new NoSuchElementException("unknown article id: " + id);
    }
    checkLimit(filter);
    return List.copyOf(new Scorer(this).related(ordinal, filter));
  }

  @Override
  public List<RelatedPost> relatedTo(Article draft, Filter filter) {
    checkNotNull(draft, "draft");
    checkNotNull(filter, "filter");
    checkLimit(filter);
    IndexState withDraft = added(draft);
    return List.copyOf(new Scorer(withDraft).related(withDraft.ordinals.get(draft.id()), filter));
  }

  // ---- changes ----

  /**
   * An update compacts the index (see {@link IndexBuilder#compact}) when more of its slots hold removed or
   * replaced posts than live ones, and at least this many: a cost proportional to the index once in as many
   * updates as it has posts, so constant per update on average.
   */
  static final int COMPACTION_MIN_DEAD = 64;

  private void checkLimit(Filter filter) {
    engine.options.limits().checkResults(filter.limitOr(engine.options.maxResults()));
  }

  @Override
  public IndexState with(Article article) {
    return added(article).compactedIfCrowded();
  }

  /** Returns this snapshot with the post added or replaced, not compacted. */
  private IndexState added(Article article) {
    checkNotNull(article, "article");
    Limits limits = engine.options.limits();
    limits.check(article);
    IndexState without = withoutUncompacted(article.id());
    limits.checkPosts(without.liveCount + 1L);
    return Updates.add(without, engine.featurizer.features(article), article);
  }

  @Override
  public IndexState withAll(Collection<Article> articles) {
    checkNotNull(articles, "articles");
    engine.options.limits().checkAll(articles);
    IndexState state = this;
    for (Article article : articles) {
      state = state.with(checkNotNull(article, "articles must not contain null"));
    }
    return state;
  }

  @Override
  public IndexState without(String id) {
    return withoutUncompacted(id).compactedIfCrowded();
  }

  private IndexState withoutUncompacted(String id) {
    checkNotNull(id, "id");
    int ordinal = ordinals.get(id);
    return ordinal == LayeredMap.ABSENT ? this : Updates.remove(this, ordinal);
  }

  /** Returns this snapshot, compacted when removed and replaced posts crowd it (see {@link #COMPACTION_MIN_DEAD}). */
  private IndexState compactedIfCrowded() {
    int dead = docs.size() - liveCount;
    return dead > Math.max(COMPACTION_MIN_DEAD, liveCount) ? IndexBuilder.compact(this) : this;
  }

  @Override
  public ArticleIndex rebuilt() {
    return IndexBuilder.rebuild(this);
  }

  @Override
  public void save(Path file) throws IOException {
    checkNotNull(file, "file");
    SnapshotFiles.save(this, file);
  }

  @Override
  public void save(OutputStream out) throws IOException {
    checkNotNull(out, "out");
    SnapshotWriter.write(this, out);
  }

  /**
   * Whether so many posts were added or removed since the index was built that what it learned from all
   * posts, the latent space and the neighbourhood densities, should be learned anew: a fifth of the posts,
   * and at least {@link LatentSpace#MIN_POSTS}; or, without a latent space yet, when the index has grown
   * big enough for one.
   */
  boolean drifted() {
    boolean latentOn = engine.options.latentDimensions() > 0;
    if (!latentOn && !Density.used(engine.options)) {
      return false;
    }
    if (latentOn && latent == null && liveCount >= LatentSpace.MIN_POSTS) {
      return true;
    }
    return folded > Math.max(LatentSpace.MIN_POSTS, liveCount / 5);
  }

  @Override
  public String toString() {
    return "ArticleIndex[size=" + liveCount + ", terms=" + dictionary.size() + ", latent=" + latent + "]";
  }

  /** Norms of posts under the current term statistics, computed on first use; racy writes are benign. */
  static final class NormCache {
    final float[] text;
    final float[] grams;
    final float[] labels;
    final int[][] keyTerms;

    NormCache(int size) {
      keyTerms = new int[size][];
      text = new float[size];
      grams = new float[size];
      labels = new float[size];
      Arrays.fill(text, Float.NaN);
      Arrays.fill(grams, Float.NaN);
      Arrays.fill(labels, Float.NaN);
    }
  }
}
