package io.github.relata.spark;

import io.github.relata.Article;
import io.github.relata.ArticleBuilder;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A post read on the driver (a folder, an export, a feed), sent to the executors to be analysed. */
record ShippedArticle(
    String id, String title, String summary, String body, @Nullable Instant published, List<String> tags, List<String> categories,
    @Nullable String author, @Nullable String url, @Nullable String language) implements Serializable {

  static ShippedArticle of(Article a) {
    return new ShippedArticle(a.id(), a.title(), a.summary(), a.body(), a.published(), List.copyOf(a.tags()), List.copyOf(a.categories()),
        a.author(), a.url(), a.language());
  }

  Article article() {
    ArticleBuilder b = Article.builder(id, title).summary(summary).body(body).tags(tags).categories(categories);
    if (published != null) {
      b.published(published);
    }
    if (author != null) {
      b.author(author);
    }
    if (url != null) {
      b.url(url);
    }
    if (language != null) {
      b.language(language);
    }
    return b.build();
  }
}
