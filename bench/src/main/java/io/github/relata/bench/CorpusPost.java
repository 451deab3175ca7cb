package io.github.relata.bench;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One post of an evaluation corpus, as read from a line of a corpus file.
 *
 * <p>{@code labels} are the ground truth for judging and must never be read by a {@link Ranker}; the
 * harness hands rankers copies made with {@link #withoutLabels()}.
 *
 * @param id unique within its corpus, not blank
 * @param title the headline, possibly empty
 * @param body the article text or summary, possibly empty
 * @param date the publication date, or {@code null} where the source has none
 * @param lang ISO 639-1 language code, possibly empty when unknown
 * @param tags the author's own tags, in source order
 * @param labels ground-truth labels: two posts are related when they share one
 */
public record CorpusPost(
    String id, String title, String body, LocalDate date, String lang, List<String> tags, Set<String> labels) {

  /** Checks the components and copies the collections. */
  public CorpusPost {
    checkNotNull(id, "id");
    checkArgument(!id.isBlank(), "id must not be blank: '%s'", id);
    checkNotNull(title, "title");
    checkNotNull(body, "body");
    checkNotNull(lang, "lang");
    tags = List.copyOf(checkNotNull(tags, "tags"));
    labels = Set.copyOf(checkNotNull(labels, "labels"));
  }

  /** Returns this post with no labels, which is what rankers are given to index. */
  public CorpusPost withoutLabels() {
    return labels.isEmpty() ? this : new CorpusPost(id, title, body, date, lang, tags, Set.of());
  }
}
