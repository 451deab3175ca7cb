package io.github.relata.bench.perf;

import io.github.relata.Article;
import io.github.relata.ArticleIndex;
import io.github.relata.Filter;
import io.github.relata.RelatedPosts;
import java.util.List;

/**
 * Relata with its default settings (as the quality evaluation runs it): {@link RelatedPosts#index} to build
 * (it analyses in parallel), {@link ArticleIndex#relatedTo(String, Filter)} to query, and
 * {@link ArticleIndex#with(Article)} to add, which returns a new immutable snapshot and leaves the built
 * one as it was. The index keeps every {@link Article} (title, summary, body, date, URL, language).
 */
final class RelataEngine implements PerfEngine {

  static final String NAME = "relata";

  private final RelatedPosts engine;
  private ArticleIndex index;
  private Ids ids = Ids.of(new String[0]);

  RelataEngine() {
    this(RelatedPosts.withDefaults());
  }

  RelataEngine(RelatedPosts engine) {
    this.engine = engine;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void build(List<Article> articles) {
    // The posts' ids in the order given (ordinal i is articles.get(i)), noted as the index reads each post,
    // so that posts made as they are read are not made again.
    String[] byOrd = new String[articles.size()];
    List<Article> noting = new java.util.AbstractList<>() {
      @Override
      public Article get(int i) {
        Article article = articles.get(i);
        byOrd[i] = article.id();
        return article;
      }

      @Override
      public int size() {
        return byOrd.length;
      }
    };
    index = engine.index(noting);
    for (int i = 0; i < byOrd.length; i++) {
      if (byOrd[i] == null) {
        throw new IllegalStateException("the index did not read post " + i + " of " + byOrd.length);
      }
    }
    ids = Ids.of(byOrd);
  }

  /**
   * The posts' ids by ordinal, as one array of UTF-8 bytes: what the bench needs to ask for a post by
   * ordinal, in about 20 bytes a post rather than a string's 60, so that the retained heap {@link HeapPerPost}
   * reports is the index's, as Lucene's side holds its ordinals in an int array.
   */
  private record Ids(byte[] bytes, int[] starts) {
    static Ids of(String[] ids) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      int[] starts = new int[ids.length + 1];
      for (int i = 0; i < ids.length; i++) {
        out.writeBytes(ids[i].getBytes(java.nio.charset.StandardCharsets.UTF_8));
        starts[i + 1] = out.size();
      }
      return new Ids(out.toByteArray(), starts);
    }

    int size() {
      return starts.length - 1;
    }

    String get(int ord) {
      return new String(bytes, starts[ord], starts[ord + 1] - starts[ord], java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  @Override
  public int size() {
    return ids.size();
  }

  @Override
  public List<?> query(int ord, int k) {
    return index.relatedTo(ids.get(ord), Filter.none().limit(k));
  }

  @Override
  public void beginAdds() {}

  @Override
  public Object add(Article article) {
    return index.with(article);
  }

  @Override
  public void endAdds() {}

  @Override
  public long allPairs(int k, int threads, int queries) {
    Filter top = Filter.none().limit(k);
    ArticleIndex snapshot = index;
    Ids byOrd = ids;
    return ParallelLoop.sum(queries, threads, i -> snapshot.relatedTo(byOrd.get(PerfEngine.spread(i, queries, byOrd.size())), top).size());
  }

  @Override
  public void close() {
    index = null;
    ids = Ids.of(new String[0]);
  }
}
