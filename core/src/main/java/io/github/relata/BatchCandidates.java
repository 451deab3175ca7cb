package io.github.relata;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.relata.CandidateJoin.Contributions;
import io.github.relata.CandidateJoin.Posting;
import io.github.relata.CandidateJoin.QueryTerm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
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
  long @Nullable [] best(Doc query, long self, Contributions contributions, boolean withCommon) {
    Sums sums = Sums.of(contributions, self);
    // As Candidates.find: common terms are looked up when the other words (not tags) found too few posts.
    if (!withCommon && sums.byWords < max && queryTerms(query).stream().anyMatch(QueryTerm::common)) {
      return null;
    }
    int[] ordinals = new int[sums.count];
    for (int i = 0; i < ordinals.length; i++) {
      ordinals[i] = i;
    }
    int[] best = Candidates.select(
        sums.values, ordinals, sums.count, max, sums.allEligible ? null : o -> sums.eligible[o], new int[ScratchPool.BINS]);
    long[] result = new long[best.length];
    for (int i = 0; i < best.length; i++) {
      result[i] = sums.positions[best[i]];
    }
    return result;
  }

  /**
   * The approximate score of each candidate but the query, in order of position: whether it may be related to
   * the query, and how many candidates its words (not its tags) found.
   */
  private record Sums(long[] positions, float[] values, boolean[] eligible, int count, boolean allEligible, int byWords) {

    static Sums of(Contributions contributions, long self) {
      int n = contributions.size;
      long maxPosition = 0;
      for (int i = 0; i < n; i++) {
        maxPosition = Math.max(maxPosition, contributions.candidates[i]);
      }
      // Each contribution as its candidate's position above its own index: sorted, a candidate's contributions
      // are together, in the order they were added.
      int indexBits = Long.numberOfLeadingZeros(maxPosition) - 1;
      checkArgument(indexBits >= 1 && (indexBits >= 31 || n <= 1L << indexBits),
          "%s contributions to candidates up to position %s are more than one query holds", n, maxPosition);
      long[] keys = new long[n];
      int m = 0;
      for (int i = 0; i < n; i++) {
        if (contributions.candidates[i] != self) {
          keys[m++] = contributions.candidates[i] << indexBits | i;
        }
      }
      Arrays.sort(keys, 0, m);
      long mask = (1L << indexBits) - 1;
      long[] positions = new long[m];
      float[] values = new float[m];
      boolean[] eligible = new boolean[m];
      int[] run = new int[8];
      int count = 0;
      boolean allEligible = true;
      int byWords = 0;
      for (int start = 0, end; start < m; start = end) {
        long position = keys[start] >>> indexBits;
        end = start;
        while (end < m && keys[end] >>> indexBits == position) {
          end++;
        }
        run = runInRankOrder(contributions, keys, start, end, mask, run);
        // As an index adds them: one term after another in rank order, so the float sum is the index's.
        float score = 0;
        boolean isEligible = false;
        boolean isByWords = false;
        for (int r = 0; r < end - start; r++) {
          int i = run[r];
          score = score + contributions.values[i];
          isEligible |= contributions.eligible[i];
          isByWords |= contributions.ranks[i] < Candidates.QUERY_TERMS;
        }
        positions[count] = position;
        values[count] = score;
        eligible[count] = isEligible;
        allEligible &= isEligible;
        byWords += isByWords ? 1 : 0;
        count++;
      }
      return new Sums(positions, values, eligible, count, allEligible, byWords);
    }
  }

  /** The indexes of one candidate's contributions ({@code keys[start, end)}), in order of their terms' rank. */
  private static int[] runInRankOrder(Contributions contributions, long[] keys, int start, int end, long mask, int[] run) {
    int length = end - start;
    int[] out = run.length >= length ? run : new int[Math.max(length, 2 * run.length)];
    for (int k = 0; k < length; k++) {
      int i = (int) (keys[start + k] & mask);
      int rank = contributions.ranks[i];
      int at = k;
      // Insertion sort, stable: a candidate has one contribution a term, and only a few terms.
      while (at > 0 && contributions.ranks[out[at - 1]] > rank) {
        out[at] = out[at - 1];
        at--;
      }
      out[at] = i;
    }
    return out;
  }

  /** Returns {@code candidates} with the query's nearest posts in the latent space added, as {@link Scorer} adds them. */
  static long[] withLatent(Doc query, long self, long[] candidates, List<Doc> all, java.util.function.IntPredicate eligible) {
    long[] best = Scorer.byLatentSimilarity(query, all.size(), (int) self, all::get);
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
