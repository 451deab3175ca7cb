package io.github.relata.cli;

import io.github.relata.Article;
import io.github.relata.RelatedPost;
import io.github.relata.Signal;
import io.github.relata.imports.ImportedPost;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Related lists as plain data for the rich and static-site outputs: for each entry its id, the path its
 * generator gives it, title, url, date ({@code yyyy-MM-dd}), excerpt, score and reasons. Maps keep their
 * keys in order, so files come out the same for the same input.
 */
final class RelatedEntries {

  /** The order lists are shown in. */
  enum Order {
    /** Best first (the default). */
    SCORE,
    /** Newest first, undated posts last; the same posts as by score, only shown in date order. */
    NEWEST;

    static Order of(String name) {
      return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "score" -> SCORE;
        case "newest" -> NEWEST;
        default -> throw UserError.usage("--order must be score or newest: " + name);
      };
    }
  }

  private final Map<String, ImportedPost> posts;

  RelatedEntries(List<ImportedPost> posts) {
    this.posts = new LinkedHashMap<>();
    for (ImportedPost post : posts) {
      this.posts.put(post.id(), post);
    }
  }

  /** Returns {@code related} in the display order. */
  static List<RelatedPost> ordered(List<RelatedPost> related, Order order) {
    if (order == Order.SCORE) {
      return related;
    }
    List<RelatedPost> byDate = new ArrayList<>(related);
    byDate.sort(Comparator.comparing((RelatedPost r) -> r.article().published(), Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
        .thenComparing(Comparator.comparingDouble(RelatedPost::score).reversed()));
    return byDate;
  }

  /** Returns the path a site generator knows the post by: its site path, or its id. */
  String path(Article article) {
    ImportedPost post = posts.get(article.id());
    return post != null && post.sitePath() != null ? post.sitePath() : article.id();
  }

  /** Returns the fields that describe a post itself: id, path, title, url, date. */
  Map<String, @Nullable Object> post(Article article) {
    Map<String, @Nullable Object> fields = new LinkedHashMap<>();
    fields.put("id", article.id());
    fields.put("path", path(article));
    fields.put("title", article.title());
    fields.put("url", article.url());
    LocalDate date = article.publishedDate();
    fields.put("date", date == null ? null : date.toString());
    return fields;
  }

  /** Returns the entries of one list. */
  List<Map<String, @Nullable Object>> entries(List<RelatedPost> related) {
    List<Map<String, @Nullable Object>> entries = new ArrayList<>();
    for (RelatedPost r : related) {
      Map<String, @Nullable Object> entry = post(r.article());
      entry.put("excerpt", r.article().summary());
      entry.put("score", round(r.score()));
      Map<String, Object> signals = new LinkedHashMap<>();
      for (Map.Entry<Signal, Double> c : r.contributions().entrySet()) {
        signals.put(Setting.signalName(c.getKey()), round(c.getValue()));
      }
      Map<String, Object> reasons = new LinkedHashMap<>();
      reasons.put("tags", r.sharedTags());
      reasons.put("terms", List.copyOf(r.sharedTerms()));
      reasons.put("signals", signals);
      reasons.put("demotedForExposure", r.demotedForExposure());
      entry.put("reasons", reasons);
      entries.add(entry);
    }
    return entries;
  }

  /** Returns the language a static site files the post under: its site language, its own, or {@code fallback}. */
  String language(Article article, String fallback) {
    ImportedPost post = posts.get(article.id());
    if (post != null && post.siteLanguage() != null) {
      return post.siteLanguage();
    }
    return article.language() != null ? article.language() : fallback;
  }

  static double round(double score) {
    return Math.round(score * 10_000) / 10_000.0;
  }
}
