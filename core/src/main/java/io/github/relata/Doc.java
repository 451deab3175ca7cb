package io.github.relata;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One indexed post: its article (kept compactly by {@link ArticleCodec}, compressed against the snapshot's
 * {@link ArticleDictionary}), its date, language and length,
 * and its analysed form (word ids, word pairs, character n-grams, tags and categories, each with its
 * frequency) in one byte array ({@link DocEncoding}), which {@link #vectors()} decodes. An index does not
 * keep these objects: {@link DocTable} packs its posts' parts and fields into a leaf's arrays, and a post
 * read from it is a new view of them. Immutable.
 *
 * <p>The encoded form takes about a quarter of the plain {@code int[]}, {@code char[]} and {@code long[]}
 * arrays it stands for (bench {@code HeapPerPost --histogram}), at the price of decoding a post each time it
 * is scored: a query reads the hundred or so candidates it scores exactly, not the posts its postings touch,
 * one after another into the same arrays ({@link DocEncoding.Reader}).
 */
final class Doc {

  /** Marks an undated post in {@link #day}. */
  static final double NO_DATE = Double.NaN;

  /**
   * The analysed form, encoded as the class comment says ({@link DocEncoding}, read from the start, which
   * knows where it ends); from {@link #latentStart} the post's unit vector in the latent space (in {@link
   * LatentVector}'s form), if it has one; from {@link #articleStart} the article as {@link ArticleCodec}
   * keeps it (compressed against {@link #articles} or not): one array, not three, saving two arrays' headers,
   * references and padding a post. See {@link #vectors()}, {@link #latentDot} and {@link #article()}.
   */
  private final byte[] data;
  /**
   * Where the analysed form starts in {@link #data}: 0 for a post of its own, else where {@link DocTable},
   * which keeps a leaf of posts in one array, put it.
   */
  private final int from;
  /** Where the latent vector starts in {@link #data}: where the analysed form ends. */
  private final int latentStart;
  /** Where the article starts in {@link #data}; {@link #latentStart} for a post without a latent vector. */
  private final int articleStart;
  /** Where the article, and the post, ends in {@link #data}. */
  private final int end;
  /** The dictionary the article in {@link #data} is compressed against, shared by the snapshot's posts; {@link ArticleDictionary#NONE} for none. */
  private final ArticleDictionary articles;
  final String language;
  /** Publication time in days since the epoch (fractional), or NaN. */
  final double day;
  /** Field-weighted number of words, for BM25's length normalisation. */
  final float length;
  /** {@code sqrt(sum((1 + ln tf)^2))}: a norm that does not change as the index changes, for candidate scoring. */
  final float stableNorm;
  /**
   * The mean score of the post's {@link Density#NEIGHBOURS} best related posts, or NaN when not known: how
   * close its own neighbourhood is, for the exposure correction and the relative cut.
   */
  final float density;

  Doc(
      Article article,
      String language,
      int[] terms,
      float[] tfs,
      long[] pairs,
      float[] pairTfs,
      int[] grams,
      float[] gramTfs,
      int[] labels,
      float length,
      int[] titleIds,
      byte @Nullable [] latent) {
    this(ArticleCodec.encode(article), ArticleDictionary.NONE, language, day(article), DocEncoding.encode(terms, Weighting.storedTfs(tfs), pairs, Weighting.storedTfs(pairTfs), grams, Weighting.storedTfs(gramTfs), labels,
        positions(terms, titleIds)), length, stableNorm(Weighting.storedTfs(tfs)), latent, Float.NaN);
  }

  private Doc(
      byte[] article, ArticleDictionary articles, String language, double day, byte[] encoded, float length, float stableNorm,
      byte @Nullable [] latent, float density) {
    this(joined(encoded, latent, article), encoded.length, encoded.length + (latent == null ? 0 : latent.length), articles, language, day,
        length, stableNorm, density);
  }

  private Doc(
      byte[] data, int latentStart, int articleStart, ArticleDictionary articles, String language, double day, float length,
      float stableNorm, float density) {
    this(data, 0, latentStart, articleStart, data.length, articles, language, day, length, stableNorm, density);
  }

  /**
   * A post whose parts lie in {@code data} from {@code from} to {@code end}: the analysed form, the latent
   * vector from {@code latentStart} and the article from {@code articleStart}. For {@link DocTable}, whose
   * posts are views of the array their leaf keeps.
   */
  Doc(
      byte[] data, int from, int latentStart, int articleStart, int end, ArticleDictionary articles, String language, double day,
      float length, float stableNorm, float density) {
    this.data = data;
    this.from = from;
    this.latentStart = latentStart;
    this.articleStart = articleStart;
    this.end = end;
    this.articles = articles;
    this.language = language;
    this.day = day;
    this.length = length;
    this.stableNorm = stableNorm;
    this.density = density;
  }

  /**
   * Returns the post {@code f} analyses ({@code article} as the index keeps it), with each term's id from
   * {@code idOf}, which is asked for the words, pairs' words, n-grams, labels and title words in that order.
   */
  static Doc analysed(Article article, Featurizer.Features f, java.util.function.ToIntFunction<String> idOf) {
    TermVector words = TermVector.of(f.words(), idOf);
    TermVector.Pairs pairs = TermVector.pairs(f.pairs(), idOf);
    TermVector grams = TermVector.of(f.grams(), idOf);
    TermVector labels = TermVector.ofEach(f.labels(), idOf);
    return new Doc(article, f.language(), words.ids(), words.weights(), pairs.ids(), pairs.weights(), grams.ids(), grams.weights(),
        labels.ids(), f.length(), TermVector.ofEach(f.titleWords(), idOf).ids(), null);
  }

  private static byte[] joined(byte[] encoded, byte @Nullable [] latent, byte[] article) {
    int latentLength = latent == null ? 0 : latent.length;
    byte[] data = Arrays.copyOf(encoded, encoded.length + latentLength + article.length);
    if (latent != null) {
      System.arraycopy(latent, 0, data, encoded.length, latentLength);
    }
    System.arraycopy(article, 0, data, encoded.length + latentLength, article.length);
    return data;
  }

  // ---- the latent vector ----

  /** Whether the post has a vector in the latent space. */
  boolean hasLatent() {
    return articleStart > latentStart;
  }

  /** The latent vector's dimensions; only for a post that {@link #hasLatent}. */
  int latentDimensions() {
    return LatentVector.dimensionsOf(articleStart - latentStart);
  }

  /** The cosine of this post's latent vector with {@code other}'s (of the same space); both must {@link #hasLatent}. */
  double latentDot(Doc other) {
    return LatentVector.dot(data, latentStart, other.data, other.latentStart, latentDimensions());
  }

  /** The dot product of this post's latent vector with a dense one of its dimensions; only for a post that {@link #hasLatent}. */
  double latentDot(LatentVector.Dense dense) {
    return LatentVector.dot(data, latentStart, latentDimensions(), dense);
  }

  /** Adds this post's latent vector to {@code sum}; only for a post that {@link #hasLatent}. */
  void addLatentTo(float[] sum) {
    LatentVector.addTo(data, latentStart, latentDimensions(), sum);
  }

  /** The latent vector in {@link LatentVector}'s form, a copy, or null for none: for snapshots and {@link EncodedPost}. */
  byte @Nullable [] latent() {
    return hasLatent() ? Arrays.copyOfRange(data, latentStart, articleStart) : null;
  }

  /**
   * Returns this post's analysed form, then {@code latent} (none when null), then {@code articleLength} bytes
   * of {@code article} from {@code articleFrom}, in one new array: for a post that keeps its form and changes
   * its latent vector or article, without copying the parts it keeps twice.
   */
  private byte[] withParts(byte @Nullable [] latent, byte[] article, int articleFrom, int articleLength) {
    int latentLength = latent == null ? 0 : latent.length;
    int formLength = latentStart - from;
    byte[] parts = new byte[formLength + latentLength + articleLength];
    System.arraycopy(data, from, parts, 0, formLength);
    if (latent != null) {
      System.arraycopy(latent, 0, parts, formLength, latentLength);
    }
    System.arraycopy(article, articleFrom, parts, formLength + latentLength, articleLength);
    return parts;
  }

  /** The article's bytes as kept (compressed or not), a copy. */
  private byte[] keptArticle() {
    return Arrays.copyOfRange(data, articleStart, end);
  }

  private static double day(Article article) {
    return article.published() == null ? NO_DATE : article.published().getEpochSecond() / 86400.0;
  }

  /** Returns the article, decoded: equal to the one indexed (without its body unless bodies are retained), not the same object. */
  Article article() {
    return ArticleCodec.decode(data, articleStart, end, articles);
  }

  /** Returns this post with its article compressed against {@code dictionary} (or kept as it is when that does not make it smaller). */
  Doc withArticles(ArticleDictionary dictionary) {
    if (dictionary == articles) {
      return this;
    }
    byte[] article = ArticleCodec.compressed(keptArticle(), articles, dictionary);
    return new Doc(withParts(latent(), article, 0, article.length), encodedSize(), articleStart - from, dictionary, language, day, length,
        stableNorm, density);
  }

  // ---- packing (DocTable) ----

  /** The bytes the post's parts take: its analysed form, latent vector and article. */
  int packedSize() {
    return end - from;
  }

  /** The bytes the latent vector takes (0 for none). */
  int latentSize() {
    return articleStart - latentStart;
  }

  /** Copies the post's parts, as {@link #packedSize} counts them, into {@code target} from {@code at}. */
  void packInto(byte[] target, int at) {
    System.arraycopy(data, from, target, at, end - from);
  }

  /** The dictionary the article is compressed against. */
  ArticleDictionary articleDictionary() {
    return articles;
  }

  /** The bytes the article takes as kept, for measurements and sampling. */
  int articleSize() {
    return end - articleStart;
  }

  private static int[] positions(int[] terms, int[] ids) {
    int[] positions = new int[ids.length];
    int n = 0;
    for (int id : ids) {
      int at = Arrays.binarySearch(terms, id);
      if (at >= 0) {
        positions[n++] = at;
      }
    }
    positions = Arrays.copyOf(positions, n);
    Arrays.sort(positions);
    return positions;
  }

  private static float stableNorm(char[] tfs) {
    double sum = 0;
    for (char tf : tfs) {
      double w = Weighting.logTf(tf);
      sum += w * w;
    }
    return (float) Math.sqrt(sum);
  }

  /** Decodes the analysed form, into arrays of its own for one use. */
  DocVectors vectors() {
    return vectors(true);
  }

  /**
   * Decodes the analysed form, into arrays of its own for one use; without its n-grams (empty) unless
   * {@code withGrams}, for a query that has none to compare them with.
   */
  DocVectors vectors(boolean withGrams) {
    return DocEncoding.decode(data, from, length, stableNorm, withGrams);
  }

  /** The article's bytes as {@link ArticleCodec#encode} writes them (not compressed), for {@link EncodedPost} and sampling; a copy. */
  byte[] articleBytes() {
    return ArticleCodec.raw(keptArticle(), articles);
  }

  /** The analysed form's bytes ({@link DocEncoding}), for {@link EncodedPost}; a copy. */
  byte[] encodedBytes() {
    return Arrays.copyOfRange(data, from, latentStart);
  }

  /**
   * The bytes that hold the analysed form from {@link #formStart()}, which {@link DocEncoding.Reader} reads
   * without knowing where it ends (other bytes, and other posts, follow it); not to be changed. For scoring,
   * which reads a hundred forms a query and should not copy them.
   */
  byte[] encodedForm() {
    return data;
  }

  /** Where the analysed form starts in {@link #encodedForm()}. */
  int formStart() {
    return from;
  }

  /** Returns a post from the parts {@link #articleBytes}, {@link #encodedBytes} and the fields gave, as {@link EncodedPost} carries it. */
  static Doc carried(
      byte[] article, String language, double day, byte[] encoded, float length, float stableNorm, byte @Nullable [] latent) {
    return new Doc(article, ArticleDictionary.NONE, language, day, encoded, length, stableNorm, latent, Float.NaN);
  }

  /** The bytes the analysed form takes, for measurements. */
  int encodedSize() {
    return latentStart - from;
  }

  Doc withLatent(byte @Nullable [] vector) {
    return new Doc(withParts(vector, data, articleStart, articleSize()), encodedSize(), encodedSize() + (vector == null ? 0 : vector.length),
        articles, language, day, length, stableNorm, density);
  }

  /** Returns this post with its neighbourhood density known. */
  Doc withDensity(float newDensity) {
    return new Doc(data, from, latentStart, articleStart, end, articles, language, day, length, stableNorm, newDensity);
  }

  /** Returns this post without what was learned from the whole index: its latent vector and density. */
  Doc withoutLearned() {
    if (!hasLatent()) {
      return new Doc(data, from, latentStart, latentStart, end, articles, language, day, length, stableNorm, Float.NaN);
    }
    byte[] kept = withParts(null, data, articleStart, articleSize());
    return new Doc(kept, encodedSize(), encodedSize(), articles, language, day, length, stableNorm, Float.NaN);
  }

  boolean hasDensity() {
    return !Float.isNaN(density);
  }

  /**
   * Returns this post with its term ids mapped through {@code newId} (any permutation: the arrays are sorted
   * again), keeping its latent vector and density, which do not depend on ids.
   */
  Doc remapped(int[] newId) {
    DocVectors v = vectors().remapped(newId);
    return new Doc(keptArticle(), articles, language, day, DocEncoding.encode(v), length, stableNorm(v.storedTfs()), latent(), density);
  }

  String id() {
    return ArticleCodec.id(data, articleStart);
  }

  boolean dated() {
    return !Double.isNaN(day);
  }

  // ---- snapshots (SnapshotWriter, SnapshotReader) ----

  /** Returns a post as a snapshot recorded it: every stored field as it was, nothing recomputed but the date and norm. */
  static Doc restored(
      Article article, String language, int[] terms, char[] tfs, long[] pairs, char[] pairTfs, int[] grams, char[] gramTfs,
      int[] labels, float length, int[] titlePositions, byte @Nullable [] latent, float density) {
    return new Doc(ArticleCodec.encode(article), ArticleDictionary.NONE, language, day(article), DocEncoding.encode(terms, tfs, pairs, pairTfs, grams, gramTfs, labels, titlePositions), length, stableNorm(tfs), latent,
        density);
  }
}
