package io.github.relata.bench;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs rankers on corpora and measures them: the harness behind {@link Evaluate}, usable as a library
 * (e.g. by a CI guard that compares methods).
 *
 * <p>For each corpus and ranker: a new ranker indexes the posts without their labels (build time and
 * heap are measured around {@link Ranker#index}); {@value #WARM_UP_QUERIES} warm-up queries follow
 * (cycling over the queries); then every query post ({@link Corpus#queryIds()}: every post of a label
 * corpus, the linked queries of a link corpus) is queried once for its top k, each call timed with {@link
 * System#nanoTime()}. The quality figures come from {@link Metrics} over those lists.
 */
public final class Evaluation {

  /** The number of untimed queries run before the timed pass. */
  public static final int WARM_UP_QUERIES = 300;

  private Evaluation() {}

  /**
   * Evaluates every ranker on every corpus, one corpus in memory at a time.
   *
   * @param corpusFiles corpus files in the format of {@code corpora/README.md}
   * @param rankers ranker factories, e.g. {@link Rankers#all()}
   * @param k the list length, positive
   * @param relatedDir where to write {@code <corpus>.<ranker>.jsonl}, or {@code null} for nowhere
   * @param onResult called with each result as soon as it is known, e.g. to report progress
   * @return one result per corpus and ranker, corpus-major, in the given orders
   * @throws IOException if a corpus cannot be read or a related list cannot be written
   */
  public static List<EvaluationResult> run(
      List<Path> corpusFiles,
      List<Supplier<Ranker>> rankers,
      int k,
      Path relatedDir,
      Consumer<EvaluationResult> onResult)
      throws IOException {
    checkNotNull(corpusFiles, "corpusFiles");
    checkNotNull(rankers, "rankers");
    checkNotNull(onResult, "onResult");
    List<EvaluationResult> results = new ArrayList<>();
    for (Path file : corpusFiles) {
      Corpus corpus = Corpus.read(file);
      for (Supplier<Ranker> factory : rankers) {
        try (Ranker ranker = factory.get()) {
          EvaluationResult result = evaluate(corpus, ranker, k, relatedDir);
          results.add(result);
          onResult.accept(result);
        }
      }
    }
    return results;
  }

  /**
   * Evaluates one ranker on one corpus.
   *
   * @param corpus the corpus, with labels (they are removed before the ranker sees the posts)
   * @param ranker a ranker; it is indexed here
   * @param k the list length, positive
   * @param relatedDir where to write {@code <corpus>.<ranker>.jsonl}, or {@code null} for nowhere
   * @return the quality and cost figures
   * @throws IOException if the related list cannot be written
   * @throws IllegalStateException if the ranker returns more than {@code k} posts
   */
  public static EvaluationResult evaluate(Corpus corpus, Ranker ranker, int k, Path relatedDir)
      throws IOException {
    checkNotNull(corpus, "corpus");
    checkNotNull(ranker, "ranker");
    checkArgument(k > 0, "k must be positive: %s", k);
    checkArgument(!corpus.posts().isEmpty(), "corpus has no posts: %s", corpus.name());
    List<CorpusPost> posts = corpus.unlabelledPosts();
    List<String> ids = corpus.queryIds();

    long heapBefore = HeapMeter.usedAfterGc();
    long start = System.nanoTime();
    ranker.index(posts);
    long buildNanos = System.nanoTime() - start;
    long heapAfter = HeapMeter.usedAfterGc();

    for (int i = 0; i < WARM_UP_QUERIES; i++) {
      ranker.scored(ids.get(i % ids.size()), k);
    }
    Map<String, List<RankedPost>> related = new LinkedHashMap<>();
    long[] nanos = new long[ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      long queryStart = System.nanoTime();
      List<RankedPost> list = ranker.scored(ids.get(i), k);
      nanos[i] = System.nanoTime() - queryStart;
      checkState(list.size() <= k, "%s returned %s posts for %s, more than k = %s",
          ranker.name(), list.size(), ids.get(i), k);
      related.put(ids.get(i), list);
    }
    if (relatedDir != null) {
      RelatedListWriter.write(relatedDir.resolve(corpus.name() + "." + ranker.name() + ".jsonl"), ids, related);
    }
    Latencies latencies = new Latencies(nanos);
    Performance performance = new Performance(
        latencies.percentileMillis(50),
        latencies.percentileMillis(99),
        buildNanos / 1_000_000.0,
        HeapMeter.megabytes(heapAfter - heapBefore));
    Map<String, List<String>> lists = idsOnly(related);
    return new EvaluationResult(corpus.name(), ranker.name(), Metrics.quality(corpus, lists), Metrics.lists(corpus, lists), performance,
        Calibration.of(corpus, related));
  }

  private static Map<String, List<String>> idsOnly(Map<String, List<RankedPost>> related) {
    Map<String, List<String>> ids = new HashMap<>();
    related.forEach((id, list) -> ids.put(id, list.stream().map(RankedPost::id).toList()));
    return ids;
  }
}
