package io.github.relata;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What the related lists of every post of a site depend on beyond the post and its candidates, computed once
 * over all posts of a batch run and sent to every machine: the number of posts and their total length, the
 * posts per language, the document frequency of every term (words, n-grams, tags and categories) and of every
 * word pair that at least two posts share, how each shared word is written, and the latent space. Term ids are
 * the positions of the terms in code-unit order, as a bulk-built index numbers them, so that pair hashes and
 * the latent space are those of an index of the same posts.
 *
 * <p>Built in stages by {@link BatchScoring}: {@link #of} from the term counts, then {@link #withPairs}, {@link
 * #withSurfaces} and {@link BatchScoring#withLatentSpace}. Immutable and thread-safe; serializable with Java
 * serialization. Its size grows with the site's vocabulary (about 12 bytes and the term's characters a term).
 */
public final class BatchModel implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The number of posts. */
  final int posts;
  /** The sum of the posts' field-weighted lengths. */
  final double totalLength;
  /** The number of posts in each language. */
  final TreeMap<String, Integer> languages;
  /** Every term of the site, by the number of posts that have it (most first), then in code-unit order: a term's id is its position. */
  final String[] keys;
  /** The number of posts that have each term, by term id. */
  final int[] df;
  /** Pair hashes (of the pair's term ids, see {@link PairCounts#hash}) that at least two posts have, and their counts. */
  final HashMap<Integer, Integer> pairDf;
  /** The surface each shared word has in each language, keyed by term, {@code '\u0000'} and language. */
  final HashMap<String, String> surfaces;
  /** The latent space, or null. */
  final @Nullable LatentModel latent;

  /** A latent space as {@link LatentSpace#restored} takes it. */
  record LatentModel(int dimensions, int termCount, long[] features, float[] rows, int trainedOn, float[] mean)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    LatentSpace space(String[] keys) {
      return LatentSpace.restored(dimensions, termCount, features, rows, trainedOn, mean, keys);
    }
  }

  private transient volatile @Nullable Map<String, Integer> ids;
  private transient volatile @Nullable LatentSpace space;
  private transient volatile @Nullable Object shellCache;

  private BatchModel(
      int posts, double totalLength, TreeMap<String, Integer> languages, String[] keys, int[] df, HashMap<Integer, Integer> pairDf,
      HashMap<String, String> surfaces, @Nullable LatentModel latent) {
    this.posts = posts;
    this.totalLength = totalLength;
    this.languages = languages;
    this.keys = keys;
    this.df = df;
    this.pairDf = pairDf;
    this.surfaces = surfaces;
    this.latent = latent;
  }

  /**
   * Returns the statistics of a site's posts, without word pairs, surfaces or latent space yet.
   *
   * @param posts the number of posts; positive
   * @param totalLength the sum of the posts' field-weighted lengths ({@link BatchPost}); not negative
   * @param languages the number of posts in each language; adding up to {@code posts}
   * @param termDf every term of the posts ({@link BatchPost#termKeys}) with the number of posts that have it,
   *     each at least 1
   * @return the model
   * @throws IllegalArgumentException if a count is out of range
   */
  public static BatchModel of(int posts, double totalLength, Map<String, Long> languages, Map<String, Long> termDf) {
    checkArgument(posts > 0, "posts must be positive: %s", posts);
    checkArgument(totalLength >= 0 && Double.isFinite(totalLength), "totalLength must be finite and not negative: %s", totalLength);
    TreeMap<String, Integer> byLanguage = new TreeMap<>();
    long sum = 0;
    for (Map.Entry<String, Long> e : checkNotNull(languages, "languages").entrySet()) {
      checkArgument(e.getValue() > 0 && e.getValue() <= posts, "posts in language %s out of range: %s", e.getKey(), e.getValue());
      byLanguage.put(e.getKey(), e.getValue().intValue());
      sum += e.getValue();
    }
    checkArgument(sum == posts, "posts per language add up to %s, not posts (%s)", sum, posts);
    String[] keys = checkNotNull(termDf, "termDf").keySet().toArray(String[]::new);
    for (String key : keys) {
      long count = termDf.get(key);
      checkArgument(count > 0 && count <= posts, "document frequency of term '%s' out of range: %s", key, count);
    }
    // Term ids as a bulk build numbers them: by the number of posts that have the term, most first, then
    // in the order of the terms, so that sums over a post's terms run in the order the index's do.
    Arrays.sort(keys, java.util.Comparator.comparingLong((String k) -> -termDf.get(k)).thenComparing(java.util.Comparator.naturalOrder()));
    int[] df = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      df[i] = (int) (long) termDf.get(keys[i]);
    }
    return new BatchModel(posts, totalLength, byLanguage, keys, df, new HashMap<>(), new HashMap<>(), null);
  }

  /**
   * Returns the one of two ways of writing a word that an index shows, whatever the order they come in.
   *
   * @param a one way
   * @param b the other
   * @return {@code a} or {@code b}
   */
  public static String mergeSurfaces(String a, String b) {
    return Surfaces.merge(checkNotNull(a, "a"), checkNotNull(b, "b"));
  }

  /**
   * Returns this model with the word pairs' counts.
   *
   * @param pairCounts each pair hash ({@link BatchScoring#pairHashes}) with the number of times posts have
   *     it; hashes counted once are left out or kept, as the caller likes
   * @return the model
   * @throws IllegalArgumentException if a count is not positive
   */
  public BatchModel withPairs(Map<Integer, Long> pairCounts) {
    HashMap<Integer, Integer> counts = new HashMap<>();
    checkNotNull(pairCounts, "pairCounts").forEach((hash, count) -> {
      checkArgument(count > 0, "count of pair hash %s must be positive: %s", hash, count);
      if (count >= 2) {
        counts.put(hash, (int) Math.min(Integer.MAX_VALUE, count));
      }
    });
    return new BatchModel(posts, totalLength, languages, keys, df, counts, surfaces, latent);
  }

  /**
   * Returns this model with the way shared words are written.
   *
   * @param merged keyed by {@link BatchScoring#surfaceKeys}, each value merged over the posts by {@link
   *     #mergeSurfaces}
   * @return the model
   */
  public BatchModel withSurfaces(Map<String, String> merged) {
    return new BatchModel(posts, totalLength, languages, keys, df, pairDf, new HashMap<>(checkNotNull(merged, "merged")), latent);
  }

  BatchModel withLatent(@Nullable LatentModel space) {
    return new BatchModel(posts, totalLength, languages, keys, df, pairDf, surfaces, space);
  }

  /**
   * Returns the number of posts.
   *
   * @return the number of posts, positive
   */
  public int posts() {
    return posts;
  }

  /**
   * Returns the number of distinct terms.
   *
   * @return the number of words, n-grams, tags and categories of the posts
   */
  public int terms() {
    return keys.length;
  }

  /**
   * Returns the number of posts that have a term.
   *
   * @param key a term's dictionary key ({@link BatchPost#termKeys})
   * @return the number of posts that have it, or 0
   */
  public int documentFrequency(String key) {
    int id = idOf(checkNotNull(key, "key"));
    return id < 0 ? 0 : df[id];
  }

  /**
   * Returns whether a latent space was learned.
   *
   * @return false before {@link BatchScoring#withLatentSpace}, or when the engine has none or the posts are too few
   */
  public boolean hasLatentSpace() {
    return latent != null;
  }

  /**
   * Returns the languages of the posts.
   *
   * @return the languages, in code-unit order
   */
  public List<String> languages() {
    return List.copyOf(languages.keySet());
  }

  /** The term id of {@code key}, or -1. */
  int idOf(String key) {
    Map<String, Integer> map = ids;
    if (map == null) {
      Map<String, Integer> built = new HashMap<>(keys.length * 2);
      for (int i = 0; i < keys.length; i++) {
        built.put(keys[i], i);
      }
      ids = map = built;
    }
    Integer id = map.get(key);
    return id == null ? -1 : id;
  }

  /** The id of {@code key}, which the model must have. */
  int requireId(String key) {
    int id = idOf(key);
    checkArgument(id >= 0, "term '%s' is not in the model: the model was computed over other posts", key);
    return id;
  }

  int pairDf(int hash) {
    Integer count = pairDf.get(hash);
    return count == null ? 1 : count;
  }

  @Nullable LatentSpace space() {
    LatentModel model = latent;
    if (model == null) {
      return null;
    }
    LatentSpace s = space;
    if (s == null) {
      space = s = model.space(keys);
    }
    return s;
  }

  /** A value computed from this model once per machine ({@link BatchScoring}'s statistics-only index). */
  @Nullable Object shellCache() {
    return shellCache;
  }

  void shellCache(Object value) {
    shellCache = value;
  }

  @Override
  public String toString() {
    return "BatchModel[posts=" + posts + ", terms=" + keys.length + ", sharedPairs=" + pairDf.size() + ", surfaces=" + surfaces.size()
        + ", languages=" + languages + ", latent=" + (latent == null ? "none" : latent.dimensions() + " dimensions") + "]";
  }
}
