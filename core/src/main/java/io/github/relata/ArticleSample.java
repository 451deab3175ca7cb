package io.github.relata;

import org.apache.lucene.store.ByteBuffersDataOutput;

/**
 * Learns an {@link ArticleDictionary} from a site's posts: their articles ({@link ArticleCodec}'s bytes
 * after the id) from posts spread evenly through them, up to the dictionary's size. Stateless.
 */
final class ArticleSample {

  private ArticleSample() {}

  /** Returns a dictionary of at most {@link ArticleDictionary#SIZE} bytes learned from {@code docs}. */
  static ArticleDictionary learn(Doc[] docs) {
    return learn(docs, ArticleDictionary.SIZE);
  }

  /**
   * Returns a dictionary of at most {@code size} bytes learned from {@code docs}, or {@link ArticleDictionary#NONE}
   * when there are none: every {@code stride}-th post's article from the first, then from the second, and
   * so on, with the stride such that one pass about fills it.
   */
  static ArticleDictionary learn(Doc[] docs, int size) {
    long total = 0;
    for (Doc doc : docs) {
      total += doc.articleSize();
    }
    if (docs.length == 0 || total == 0) {
      return ArticleDictionary.NONE;
    }
    int stride = (int) Math.max(1, total / size);
    ByteBuffersDataOutput sample = new ByteBuffersDataOutput();
    for (int start = 0; start < stride && sample.size() < size; start++) {
      for (int i = start; i < docs.length && sample.size() < size; i += stride) {
        byte[] article = docs[i].articleBytes();
        int from = ArticleCodec.restOffset(article);
        sample.writeBytes(article, from, (int) Math.min(article.length - from, size - sample.size()));
      }
    }
    return ArticleDictionary.of(sample.toArrayCopy());
  }
}
