package io.github.relata;

import io.github.relata.CandidateJoin.Contributions;
import io.github.relata.CandidateJoin.Posting;
import io.github.relata.CandidateJoin.QueryTerm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The steps of a batch run on one machine, in memory, as the Spark job takes them on many: for tests of
 * {@link BatchScoring} against an index of the same posts.
 */
final class BatchPipeline {

  /** What one run gives: each post's list, each post's density, and the index of all posts. */
  record Result(Map<String, List<RelatedPost>> lists, Map<String, Float> densities, ArticleIndex index) {}

  private final BatchScoring batch;
  private final List<BatchPost> analysed;
  private BatchModel model;
  private List<EncodedPost> all;

  private BatchPipeline(RelatedPosts engine, List<Article> articles) {
    batch = BatchScoring.of(engine);
    analysed = new ArrayList<>(articles.stream().map(batch::analyse).toList());
    analysed.sort(Comparator.comparing(BatchPost::id));
  }

  static Result run(RelatedPosts engine, List<Article> articles) {
    return counted(engine, articles).rank();
  }

  /** The run after its statistics: its {@link #model} and its {@link #encoded} posts, in order of id. */
  static BatchPipeline counted(RelatedPosts engine, List<Article> articles) {
    BatchPipeline run = new BatchPipeline(engine, articles);
    run.countStatistics();
    return run;
  }

  BatchScoring batch() {
    return batch;
  }

  BatchModel model() {
    return model;
  }

  List<EncodedPost> encoded() {
    return all;
  }

  private void countStatistics() {
    Map<String, Long> languages = new TreeMap<>();
    Map<String, Long> df = new HashMap<>();
    double totalLength = 0;
    for (BatchPost p : analysed) {
      languages.merge(p.language(), 1L, Long::sum);
      p.termKeys().forEach(k -> df.merge(k, 1L, Long::sum));
      totalLength += p.length();
    }
    BatchModel counted = BatchModel.of(analysed.size(), totalLength, languages, df);
    Map<Integer, Long> pairs = new HashMap<>();
    Map<String, String> surfaces = new HashMap<>();
    for (BatchPost p : analysed) {
      for (int hash : batch.pairHashes(counted, p)) {
        pairs.merge(hash, 1L, Long::sum);
      }
      batch.surfaceKeys(counted, p).forEach((k, s) -> surfaces.merge(k, s, BatchModel::mergeSurfaces));
    }
    BatchModel withoutSpace = counted.withPairs(pairs).withSurfaces(surfaces);
    List<BatchPost> training = new ArrayList<>();
    for (long rank : batch.trainingRanks(analysed.size())) {
      training.add(analysed.get((int) rank));
    }
    model = batch.withLatentSpace(withoutSpace, training);
    all = analysed.stream().map(p -> batch.encoded(model, p)).toList();
  }

  /** The inverted index, each term's postings as {impact, position}, heaviest first and cut at the impact budget. */
  private Map<Integer, List<long[]>> invertedIndex() {
    Map<Integer, List<long[]>> raw = new HashMap<>();
    for (int o = 0; o < all.size(); o++) {
      for (Posting e : batch.postings(model, all.get(o))) {
        raw.computeIfAbsent(e.term(), t -> new ArrayList<>()).add(new long[] {e.impact(), o});
      }
    }
    int budget = batch.impactBudget(model);
    raw.replaceAll((term, entries) -> {
      if (entries.size() > budget) {
        entries.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
      }
      return entries.subList(0, Math.min(budget, entries.size()));
    });
    return raw;
  }

  private Result rank() {
    Map<Integer, List<long[]>> index = invertedIndex();
    Map<String, List<EncodedPost>> candidates = new HashMap<>();
    for (int self = 0; self < all.size(); self++) {
      EncodedPost q = all.get(self);
      Contributions without = new Contributions();
      Contributions every = new Contributions();
      for (QueryTerm t : batch.queryTerms(model, q)) {
        for (long[] e : index.getOrDefault(t.term(), List.of())) {
          boolean eligible = batch.eligible(model, q, all.get((int) e[1]).language());
          every.add(e[1], t, (int) e[0], eligible);
          if (!t.common()) {
            without.add(e[1], t, (int) e[0], eligible);
          }
        }
      }
      long[] found = batch.candidates(model, q, self, without, false);
      if (found == null) {
        found = batch.candidates(model, q, self, every, true);
      }
      found = batch.withLatentCandidates(model, q, self, found, all);
      candidates.put(q.id(), Arrays.stream(found).mapToObj(o -> all.get((int) o)).toList());
    }
    Map<String, Float> densities = new HashMap<>();
    float[] inOrder = new float[all.size()];
    double densitySum = 0;
    int densityCount = 0;
    for (int o = 0; o < all.size(); o++) {
      EncodedPost q = all.get(o);
      float d = batch.density(model, q, candidates.get(q.id()));
      densities.put(q.id(), d);
      inOrder[o] = d;
      if (!Float.isNaN(d)) {
        densitySum += d;
        densityCount++;
      }
    }
    Map<String, List<RelatedPost>> lists = new LinkedHashMap<>();
    for (EncodedPost q : all) {
      lists.put(q.id(), batch.related(model, q, candidates.get(q.id()), densities, densitySum, densityCount));
    }
    return new Result(lists, densities, batch.index(model, all, analysed, inOrder));
  }
}
