package io.github.relata;

import io.github.relata.CandidateJoin.Contribution;
import io.github.relata.CandidateJoin.Posting;
import io.github.relata.CandidateJoin.QueryTerm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Candidate search of a batch run, as {@link Candidates} searches an index but by an inverted-index join: a
 * post's postings, the terms it looks up, and its best candidates from the postings those terms lead to.
 */
final class BatchCandidates {

  private final IndexData shell;
  private final BatchModel model;
  private final int max;

  BatchCandidates(IndexData shell, BatchModel model, int max) {
    this.shell = shell;
    this.model = model;
    this.max = max;
  }

  /** The post's entries in the postings of its words, tags and categories that other posts have too. */
  List<Posting> postings(Doc post) {
    DocVectors doc = post.vectors(false);
    List<Posting> entries = new ArrayList<>(doc.terms.length + doc.labels.length);
    for (int i = 0; i < doc.terms.length; i++) {
      if (model.df[doc.terms[i]] >= 2) {
        entries.add(new Posting(doc.terms[i], doc.postingWeight(i) & 0xFF));
      }
    }
    for (int label : doc.labels) {
      if (model.df[label] >= 2) {
        entries.add(new Posting(label, doc.labelWeight() & 0xFF));
      }
    }
    return entries;
  }

  /** The terms the post looks up, in the order {@link Candidates} adds them. */
  List<QueryTerm> queryTerms(Doc post) {
    // An ordinal past every cache: the shell holds no posts.
    QueryVector query = new QueryVector(post, Integer.MAX_VALUE, new TermWeights(shell), false);
    int[] terms = query.vectors.terms;
    long[] order = Candidates.byWeight(query.weights);
    int maxDf = Candidates.maxDf(model.posts);
    List<QueryTerm> found = new ArrayList<>();
    int used = 0;
    boolean skippedCommon = false;
    for (int k = 0; k < order.length && used < Candidates.QUERY_TERMS; k++) {
      int i = (int) order[k];
      int df = shell.df(terms[i]);
      if (df >= 2 && df <= maxDf) {
        found.add(new QueryTerm(terms[i], used++, (float) (query.weights[i] * query.idf[i]), false));
      }
      skippedCommon |= df > maxDf;
    }
    int rank = Candidates.QUERY_TERMS;
    if (skippedCommon) {
      for (long key : order) {
        int i = (int) key;
        if (shell.df(terms[i]) > maxDf) {
          found.add(new QueryTerm(terms[i], rank++, (float) (query.weights[i] * query.idf[i]), true));
        }
      }
    }
    rank = Math.max(rank, Candidates.QUERY_TERMS + terms.length);
    int[] labels = query.vectors.labels;
    for (int i = 0; i < labels.length; i++) {
      if (shell.df(labels[i]) >= 2) {
        found.add(new QueryTerm(labels[i], rank + i, (float) (query.labelIdf[i] * query.labelIdf[i]), false));
      }
    }
    return found;
  }

  /** The query's best candidates, or null when the common terms must be looked up too; see {@link BatchScoring#candidates}. */
  long @Nullable [] best(Doc query, long self, List<Contribution> contributions, boolean withCommon) {
    List<Contribution> sorted = new ArrayList<>(contributions);
    sorted.removeIf(c -> c.candidate() == self);
    sorted.sort(Comparator.comparingInt(Contribution::rank)); // stable: one candidate's in rank order
    Map<Long, float[]> scores = new HashMap<>();
    Set<Long> eligible = new HashSet<>();
    Set<Long> byWords = new HashSet<>();
    for (Contribution c : sorted) {
      float[] score = scores.computeIfAbsent(c.candidate(), k -> new float[1]);
      score[0] = score[0] + c.value();
      if (c.eligible()) {
        eligible.add(c.candidate());
      }
      if (c.rank() < Candidates.QUERY_TERMS) {
        byWords.add(c.candidate());
      }
    }
    // As Candidates.find: common terms are looked up when the other words (not tags) found too few posts.
    if (!withCommon && byWords.size() < max && queryTerms(query).stream().anyMatch(QueryTerm::common)) {
      return null;
    }
    long[] positions = scores.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    float[] values = new float[positions.length];
    int[] ordinals = new int[positions.length];
    for (int i = 0; i < positions.length; i++) {
      values[i] = scores.get(positions[i])[0];
      ordinals[i] = i;
    }
    int[] best = Candidates.select(values, ordinals, positions.length, max,
        eligible.size() == positions.length ? null : o -> eligible.contains(positions[o]), new int[ScratchPool.BINS]);
    long[] result = new long[best.length];
    for (int i = 0; i < best.length; i++) {
      result[i] = positions[best[i]];
    }
    return result;
  }

  /** Returns {@code candidates} with the query's nearest posts in the latent space added, as {@link Scorer} adds them. */
  static long[] withLatent(Doc query, long self, long[] candidates, List<Doc> all, java.util.function.IntPredicate eligible) {
    long[] best = Scorer.byLatentSimilarity(query.latent, all.size(), (int) self, o -> all.get(o).latent);
    Set<Long> result = new LinkedHashSet<>();
    for (long c : candidates) {
      result.add(c);
    }
    for (int i = 0, added = 0; i < best.length && added < Scorer.LATENT_CANDIDATES; i++) {
      int o = (int) best[i];
      if (eligible.test(o) && result.add((long) o)) {
        added++;
      }
    }
    return result.stream().mapToLong(Long::longValue).toArray();
  }
}
