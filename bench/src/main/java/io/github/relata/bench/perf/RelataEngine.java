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
  private String[] ids = new String[0];

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
    index = engine.index(articles);
    // The posts' ids in the order given (ordinal i is articles.get(i)), as the index's own id strings.
    String[] byOrd = new String[articles.size()];
    for (int i = 0; i < byOrd.length; i++) {
      byOrd[i] = index.article(articles.get(i).id()).orElseThrow().id();
    }
    ids = byOrd;
  }

  @Override
  public int size() {
    return ids.length;
  }

  @Override
  public List<?> query(int ord, int k) {
    return index.relatedTo(ids[ord], Filter.none().limit(k));
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
    String[] byOrd = ids;
    return ParallelLoop.sum(queries, threads, i -> snapshot.relatedTo(byOrd[PerfEngine.spread(i, queries, byOrd.length)], top).size());
  }

  @Override
  public void close() {
    index = null;
    ids = new String[0];
  }
}
