package io.github.relata;

import io.github.relata.internal.LayeredMap;
import io.github.relata.internal.PersistentMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The data of one index snapshot: persistent structures (posts by ordinal, ids, the term dictionary and
 * postings by term id) that each change shares with the snapshot it came from. What building, updating,
 * scoring and saving read; {@link IndexSnapshot} gives it its behaviour as an {@link ArticleIndex}.
 *
 * @param engine what the engine that made the snapshot shares with its other snapshots
 * @param dictionary term string to term id; ids are never reused within one lineage of snapshots
 * @param nextTermId the id the next new term gets
 * @param surfaces how each term is written, for explanations
 * @param ordinals post id to ordinal
 * @param docs posts by ordinal ({@link DocTable}); null where a post was removed or replaced
 * @param postings postings by term id
 * @param pairCounts live posts per word pair
 * @param liveCount the number of live posts
 * @param languages live posts per language, to know when every post shares one language
 * @param totalLength the summed field-weighted length of the live posts
 * @param latent the latent space, or null
 * @param folded posts added or removed since the index was built: folded into {@code latent}, or given
 *     densities that only approximate a rebuild's
 * @param densitySum the sum of the live posts' known {@link Doc#density} values
 * @param densityCount how many live posts have a known density
 * @param articles the dictionary the posts' articles are compressed against ({@link ArticleDictionary#NONE} for none): learned
 *     by a bulk build or rebuild, used for the posts added after it
 * @param norms norms of posts under this snapshot's term statistics, worked out on first use
 */
record IndexData(
    EngineContext engine,
    LayeredMap dictionary,
    int nextTermId,
    Surfaces surfaces,
    LayeredMap ordinals,
    DocTable docs,
    PostingsTable postings,
    PairCounts pairCounts,
    int liveCount,
    PersistentMap<String, Integer> languages,
    double totalLength,
    @Nullable LatentSpace latent,
    int folded,
    double densitySum,
    int densityCount,
    ArticleDictionary articles,
    Norms norms) {

  /** Returns snapshot data with an empty norm cache of its own. */
  IndexData(
      EngineContext engine,
      LayeredMap dictionary,
      int nextTermId,
      Surfaces surfaces,
      LayeredMap ordinals,
      DocTable docs,
      PostingsTable postings,
      PairCounts pairCounts,
      int liveCount,
      PersistentMap<String, Integer> languages,
      double totalLength,
      @Nullable LatentSpace latent,
      int folded,
      double densitySum,
      int densityCount,
      ArticleDictionary articles) {
    this(engine, dictionary, nextTermId, surfaces, ordinals, docs, postings, pairCounts, liveCount, languages, totalLength, latent, folded,
        densitySum, densityCount, articles, new Norms());
  }

  static IndexData empty(EngineContext engine) {
    return new IndexData(
        engine, LayeredMap.empty(), 0, Surfaces.EMPTY, LayeredMap.empty(), DocTable.EMPTY, PostingsTable.EMPTY, PairCounts.EMPTY, 0,
        PersistentMap.empty(), 0, null, 0, 0, 0, ArticleDictionary.NONE);
  }

  /**
   * Returns this snapshot with its posts given densities (the same posts, ids, ordinals and analysed forms)
   * and the density totals. The norm cache is this snapshot's: the norms depend on the forms and the term
   * statistics, which stay, so those the densities' queries worked out serve the new snapshot's queries too.
   */
  IndexData withDensities(DocTable newDocs, double newDensitySum, int newDensityCount) {
    return new IndexData(
        engine, dictionary, nextTermId, surfaces, ordinals, newDocs, postings, pairCounts, liveCount, languages, totalLength, latent, folded,
        newDensitySum, newDensityCount, articles, norms);
  }

  /** Returns this snapshot with a latent space and its posts projected into it, as just built (nothing folded). */
  IndexData withLatent(LatentSpace space, DocTable projected) {
    return new IndexData(
        engine, dictionary, nextTermId, surfaces, ordinals, projected, postings, pairCounts, liveCount, languages, totalLength, space, 0,
        densitySum, densityCount, articles);
  }

  /** The mean {@link Doc#density} of the live posts, or NaN when none is known. */
  double meanDensity() {
    return densityCount == 0 ? Double.NaN : densitySum / densityCount;
  }

  /** Returns the live post at {@code ordinal}, or null. */
  @Nullable Doc doc(int ordinal) {
    return docs.get(ordinal);
  }

  int ordinalCount() {
    return docs.size();
  }

  /** The live posts, in ordinal order. */
  List<Doc> liveDocs() {
    List<Doc> live = new ArrayList<>(liveCount);
    for (int i = 0; i < docs.size(); i++) {
      Doc doc = docs.get(i);
      if (doc != null) {
        live.add(doc);
      }
    }
    return live;
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

  /** The norm cache sized for this snapshot's ordinals. */
  NormCache normCache() {
    return norms.of(docs.size(), liveCount, engine.options().keyTermsWeighted());
  }

  @Override
  public String toString() {
    return "IndexData[size=" + liveCount + ", terms=" + dictionary.size() + ", latent=" + latent + "]";
  }

  /** One snapshot's {@link NormCache}, made on first use; racy creation is benign. */
  static final class Norms {
    private final AtomicReference<@Nullable NormCache> cache = new AtomicReference<>();

    NormCache of(int size, int liveCount, boolean keyTerms) {
      NormCache c = cache.get();
      if (c == null) {
        cache.compareAndSet(null, new NormCache(size, liveCount, keyTerms));
        c = cache.get();
      }
      return c;
    }
  }

  /**
   * Norms of posts and idf values under the current term statistics, computed on first use; racy writes are
   * benign (each entry is one value, the same whichever query works it out).
   */
  static final class NormCache {
    /** Document frequencies below this have their idf kept in {@link #idfByDf}. */
    static final int IDF_TABLE = 4096;

    final float[] text;
    final float[] grams;
    final float[] labels;
    /** Each post's key terms, where the key-terms signal is weighted; else empty (4 bytes a post less). */
    final int[][] keyTerms;
    /**
     * The idf of each document frequency below {@link #IDF_TABLE} under this snapshot's post count, NaN
     * until a query needs it; {@link TermWeights} reads and writes it.
     */
    final double[] idfByDf;

    NormCache(int size, int liveCount, boolean keyTerms) {
      this.keyTerms = new int[keyTerms ? size : 0][];
      text = new float[size];
      grams = new float[size];
      labels = new float[size];
      Arrays.fill(text, Float.NaN);
      Arrays.fill(grams, Float.NaN);
      Arrays.fill(labels, Float.NaN);
      idfByDf = new double[Math.min(IDF_TABLE, Math.max(liveCount, 1) + 2)];
      Arrays.fill(idfByDf, Double.NaN);
    }
  }
}
