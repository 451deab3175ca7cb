package io.github.relata.bench.perf;

import io.github.relata.Article;
import io.github.relata.ArticleBuilder;
import io.github.relata.bench.CorpusPost;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.stream.IntStream;

/**
 * Synthetic posts as a site would hand them to either engine: Relata {@link Article}s with title, body,
 * date, language, a URL and a summary (the excerpt of the body an article makes itself, {@link
 * io.github.relata.analysis.PlainText#excerpt}, so that both engines get the very same text). The Lucene
 * engine indexes these articles too.
 */
final class SitePosts {

  /** The summary length, as Relata derives it by default ({@link Article#DEFAULT_EXCERPT_LENGTH}). */
  static final int EXCERPT_LENGTH = Article.DEFAULT_EXCERPT_LENGTH;
  static final String URL_PREFIX = "https://example.org/posts/";

  private SitePosts() {}

  /** Returns the post as an article: title, body (and so its summary), date, language and URL; labels are never read. */
  static Article article(CorpusPost post) {
    ArticleBuilder article = Article.builder(post.id(), post.title())
        .body(post.body())
        .url(URL_PREFIX + post.id());
    if (post.date() != null) {
      article.published(post.date());
    }
    if (!post.lang().isBlank()) {
      article.language(post.lang());
    }
    return article.build();
  }

  /** Returns articles 0 to {@code n - 1}, made in parallel and held in an unmodifiable list. */
  static List<Article> materialise(SyntheticCorpus corpus, int n) {
    Article[] articles = new Article[n];
    IntStream.range(0, n).parallel().forEach(i -> articles[i] = article(corpus.post(i)));
    return List.of(articles);
  }

  /**
   * Returns articles {@code from} to {@code from + n - 1} as a list that makes each one when it is read:
   * it holds nothing itself, so an engine indexing it holds only what it keeps.
   */
  static List<Article> generated(SyntheticCorpus corpus, int from, int n) {
    return new Generated(corpus, from, n);
  }

  private static final class Generated extends AbstractList<Article> implements RandomAccess {
    private final SyntheticCorpus corpus;
    private final int from;
    private final int size;

    Generated(SyntheticCorpus corpus, int from, int size) {
      this.corpus = corpus;
      this.from = from;
      this.size = size;
    }

    @Override
    public Article get(int index) {
      Objects.checkIndex(index, size);
      return article(corpus.post(from + index));
    }

    @Override
    public int size() {
      return size;
    }
  }
}
