package io.github.relata.bench;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.relata.Article;
import io.github.relata.ArticleBuilder;
import io.github.relata.ArticleIndex;
import io.github.relata.Filter;
import io.github.relata.RelatedPost;
import io.github.relata.RelatedPosts;
import io.github.relata.RelatedPostsBuilder;
import java.util.ArrayList;
import java.util.List;

/** Relata with its default settings: one configuration for every corpus. */
public final class RelataRanker implements Ranker {

  private final String name;
  private final RelatedPosts engine;
  private ArticleIndex index;

  /** Creates the ranker with the engine's defaults. */
  public RelataRanker() {
    this(RelatedPosts.withDefaults());
  }

  /** Creates the ranker with a configured engine, for experiments. */
  public RelataRanker(RelatedPosts engine) {
    this("relata", engine);
  }

  private RelataRanker(String name, RelatedPosts engine) {
    this.name = checkNotNull(name, "name");
    this.engine = checkNotNull(engine, "engine");
  }

  /** Returns Relata with its defaults changed by {@code settings}, under another name. */
  static RelataRanker variant(String name, java.util.function.UnaryOperator<RelatedPostsBuilder> settings) {
    return new RelataRanker(name, settings.apply(RelatedPosts.builder()).build());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void index(List<CorpusPost> posts) {
    List<Article> articles = new ArrayList<>(posts.size());
    for (CorpusPost post : posts) {
      articles.add(toArticle(post));
    }
    index = engine.index(articles);
  }

  /** The post as an article: title, body, date, language and tags; labels are never read. */
  static Article toArticle(CorpusPost post) {
    ArticleBuilder article = Article.builder(post.id(), post.title()).body(post.body()).tags(post.tags());
    if (post.date() != null) {
      article.published(post.date());
    }
    if (!post.lang().isBlank()) {
      article.language(post.lang());
    }
    return article.build();
  }

  @Override
  public List<String> related(String id, int k) {
    return scored(id, k).stream().map(RankedPost::id).toList();
  }

  @Override
  public List<RankedPost> scored(String id, int k) {
    if (index == null) {
      throw new IllegalStateException("nothing indexed");
    }
    checkArgument(k > 0, "k must be positive: %s", k);
    checkArgument(index.contains(id), "unknown post id: %s", id);
    List<RankedPost> ranked = new ArrayList<>(k);
    for (RelatedPost r : index.relatedTo(id, Filter.none().limit(k))) {
      ranked.add(new RankedPost(r.article().id(), r.score()));
    }
    return ranked;
  }
}
