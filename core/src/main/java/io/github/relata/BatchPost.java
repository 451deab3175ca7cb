package io.github.relata;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * One post analysed by {@link BatchScoring#analyse} for a batch run on many machines: the post as the engine
 * stores it and its analysed form (words, word pairs, n-grams, tags and categories with their field-weighted
 * frequencies, and how each word is written), keyed by term strings rather than an index's term ids, so that
 * the site's statistics ({@link BatchModel}) can be counted from it before any term has an id. {@link
 * BatchScoring#encoded} turns it into the compact form that candidate search and scoring read.
 *
 * <p>Immutable and thread-safe; serializable with Java serialization.
 */
public final class BatchPost implements Serializable {

  private static final long serialVersionUID = 2L;

  /** The article as {@link ArticleCodec} keeps it, written by {@link #writeObject}. */
  private transient byte[] article;
  /** The post's language. */
  final String language;
  /** The post's words, in code-unit order. */
  final String[] words;
  /** Each word's field-weighted frequency, by position in {@link #words}. */
  final float[] wordTfs;
  /** Word pairs, their two terms joined by {@link Featurizer#PAIR_SEPARATOR}. */
  final String[] pairs;
  /** Each word pair's field-weighted frequency, by position in {@link #pairs}. */
  final float[] pairTfs;
  /** The character n-grams of the post's long words (compounding languages only), in code-unit order. */
  final String[] grams;
  /** Each n-gram's field-weighted frequency, by position in {@link #grams}. */
  final float[] gramTfs;
  /** Tag and category keys, in the post's order. */
  final String[] labels;
  /** The post's field-weighted number of words. */
  final float length;
  /** The title's subject words (not function words), in code-unit order. */
  final String[] titleWords;
  /** How the post writes each of its words, by position in {@link #words}. */
  final String[] surfaces;

  private BatchPost(Article article, Featurizer.Features features) {
    this.article = ArticleCodec.encode(article);
    this.language = features.language();
    this.words = sorted(features.words().keySet());
    this.wordTfs = values(words, features.words());
    this.surfaces = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      surfaces[i] = features.surfaces().getOrDefault(words[i], "");
    }
    this.pairs = sorted(features.pairs().keySet());
    this.pairTfs = values(pairs, features.pairs());
    this.grams = sorted(features.grams().keySet());
    this.gramTfs = values(grams, features.grams());
    this.labels = features.labels().toArray(String[]::new);
    this.length = features.length();
    this.titleWords = sorted(features.titleWords());
  }

  /** Returns the analysed form of {@code features}, for the post as stored ({@code article}). */
  static BatchPost of(Article article, Featurizer.Features features) {
    return new BatchPost(article, features);
  }

  private static String[] sorted(java.util.Collection<String> keys) {
    String[] sorted = keys.toArray(String[]::new);
    Arrays.sort(sorted);
    return sorted;
  }

  private static float[] values(String[] keys, Map<String, Float> counts) {
    float[] values = new float[keys.length];
    for (int i = 0; i < keys.length; i++) {
      values[i] = counts.get(keys[i]);
    }
    return values;
  }

  /**
   * Returns the post's id.
   *
   * @return the id of the article
   */
  public String id() {
    return ArticleCodec.id(article);
  }

  /**
   * Returns the post as the engine stores it.
   *
   * @return the article, without its body unless the engine retains bodies
   */
  public Article article() {
    return ArticleCodec.decode(article);
  }

  /**
   * Returns the post's language.
   *
   * @return the language declared, detected, or the engine's default
   */
  public String language() {
    return language;
  }

  /**
   * Returns the dictionary keys of the post's words, n-grams, tags and categories, each once: what a site's
   * document frequencies count.
   *
   * @return the keys, in no particular order
   */
  public List<String> termKeys() {
    List<String> keys = new ArrayList<>(words.length + grams.length + labels.length);
    keys.addAll(Arrays.asList(words));
    keys.addAll(Arrays.asList(grams));
    keys.addAll(new LinkedHashSet<>(Arrays.asList(labels)));
    return keys;
  }

  /**
   * Returns the post's field-weighted number of words, which a site's total length adds up.
   *
   * @return the length, not negative
   */
  public float length() {
    return length;
  }

  Map<String, Float> wordCounts() {
    return counts(words, wordTfs);
  }

  Map<String, Float> pairCounts() {
    return counts(pairs, pairTfs);
  }

  Map<String, Float> gramCounts() {
    return counts(grams, gramTfs);
  }

  /** The analysis this post holds, as {@link Featurizer#features} gave it. */
  Featurizer.Features features() {
    Map<String, String> bySurface = new LinkedHashMap<>(words.length * 2);
    for (int i = 0; i < words.length; i++) {
      bySurface.put(words[i], surfaces[i]);
    }
    return new Featurizer.Features(language, wordCounts(), pairCounts(), gramCounts(), new LinkedHashSet<>(Arrays.asList(labels)), length,
        bySurface, new LinkedHashSet<>(Arrays.asList(titleWords)));
  }

  private static Map<String, Float> counts(String[] keys, float[] values) {
    Map<String, Float> map = new LinkedHashMap<>(keys.length * 2);
    for (int i = 0; i < keys.length; i++) {
      map.put(keys[i], values[i]);
    }
    return map;
  }

  @Override
  public String toString() {
    return "BatchPost[id=" + id() + ", language=" + language + ", words=" + words.length + "]";
  }

  /**
   * Writes the fields, then the article.
   *
   * @serialData the article's size in bytes (an int) and its bytes, as the index keeps an article
   * @param out the stream
   * @throws IOException if it cannot be written
   */
  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    out.writeInt(article.length);
    out.write(article);
  }

  /**
   * Reads what {@link #writeObject} wrote.
   *
   * @param in the stream
   * @throws IOException if it cannot be read or holds a size out of range
   * @throws ClassNotFoundException if a class of the fields is missing
   */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    int size = in.readInt();
    if (size < 0) {
      throw new java.io.InvalidObjectException("article size must not be negative: " + size);
    }
    article = in.readNBytes(size);
    if (article.length != size) {
      throw new java.io.InvalidObjectException("article of " + size + " bytes cut short at " + article.length);
    }
  }
}
