package io.github.relata.imports;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.relata.Article;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an import read: the posts, in source order, every item it skipped with the reason, and warnings
 * about posts it kept. Nothing an import sees is dropped without an entry here.
 *
 * @param format the format that was read
 * @param source the file or folder, as given
 * @param posts the posts, in source order (files in path order), with unique ids
 * @param skipped the items that did not become posts, in source order
 * @param warnings remarks on posts that were kept
 * @param bytesRead the bytes read, which the import limit bounds
 * @param elapsed how long the import took
 */
public record ImportResult(
    ImportFormat format,
    String source,
    List<ImportedPost> posts,
    List<Skipped> skipped,
    List<ImportWarning> warnings,
    long bytesRead,
    Duration elapsed) {

  /** Checks and copies the components. */
  public ImportResult {
    checkNotNull(format, "format");
    checkNotNull(source, "source");
    posts = List.copyOf(posts);
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
    checkNotNull(elapsed, "elapsed");
  }

  /** Returns the posts' articles, in source order, ready for {@code engine.index(...)}. */
  public List<Article> articles() {
    return posts.stream().map(ImportedPost::article).toList();
  }

  /** Returns how many items were skipped for each reason, in the order of {@link SkipReason}; reasons with none are left out. */
  public Map<SkipReason, Integer> skippedCounts() {
    Map<SkipReason, Integer> counts = new EnumMap<>(SkipReason.class);
    for (Skipped s : skipped) {
      counts.merge(s.reason(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  /** Returns the skipped items that are problems with the data ({@link SkipReason#isProblem()}), in source order. */
  public List<Skipped> problems() {
    return skipped.stream().filter(s -> s.reason().isProblem()).toList();
  }

  /**
   * Returns this result when no item was a problem with the data ({@link #problems()} is empty), for
   * callers that want all posts or none.
   *
   * @return this result
   * @throws ImportException naming the first problem's location and what is wrong, and how many more there are
   */
  public ImportResult requireNoProblems() throws ImportException {
    List<Skipped> problems = problems();
    if (problems.isEmpty()) {
      return this;
    }
    Skipped first = problems.get(0);
    throw new ImportException(first.location(), first.detail()
        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more " + (problems.size() == 2 ? "problem" : "problems") + ")" : ""));
  }

  /**
   * Returns the import in one line, such as {@code 120 posts read from content (hugo) in 0.4 s; 7 skipped:
   * 3 drafts, 2 list pages, 2 invalid}.
   */
  public String summary() {
    String read = String.format(java.util.Locale.ROOT, "%d %s read from %s (%s) in %.1f s",
        posts.size(), posts.size() == 1 ? "post" : "posts", source, format.label(), elapsed.toMillis() / 1000.0);
    if (skipped.isEmpty()) {
      return read + "; none skipped";
    }
    List<String> reasons = new ArrayList<>();
    skippedCounts().forEach((reason, count) -> reasons.add(reason.describe(count)));
    return read + "; " + skipped.size() + " skipped: " + String.join(", ", reasons);
  }
}
