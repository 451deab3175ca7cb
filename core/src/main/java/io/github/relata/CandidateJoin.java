package io.github.relata;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;

/**
 * The values of a batch run's inverted-index join, which finds each post's candidates as an index's
 * candidate search does ({@link BatchScoring#postings}, {@link BatchScoring#queryTerms}, {@link
 * BatchScoring#candidates}): each post's entries in the postings of its terms, the terms each post looks up,
 * and what their postings add to a query's candidates' approximate scores.
 */
public final class CandidateJoin {

  private CandidateJoin() {}

  /**
   * One entry of a term's postings: the post's weight for the term, quantised; smaller is heavier.
   *
   * @param term the term's id in the site's model
   * @param impact the quantised weight, 0 to 255
   */
  public record Posting(int term, int impact) {}

  /**
   * One term the post looks up to find candidates, in order ({@code rank}), with the factor each posting's
   * weight is multiplied by. A {@code common} term (in more than a tenth of the posts) is looked up only when
   * the others find too few candidates.
   *
   * @param term the term's id in the site's model
   * @param rank the order in which its postings are added
   * @param factor the query's weight for the term
   * @param common whether the term is common
   */
  public record QueryTerm(int term, int rank, float factor, boolean common) {}

  /**
   * What the postings of one query's terms add to its candidates' approximate scores, gathered in the order
   * the postings are read: for each posting, the candidate, the query term's rank (the order in which an
   * index adds the terms), the query term's factor times the posting's weight, and whether the candidate may
   * be related to the query. Held in primitive arrays, since a query of a large site reads tens of thousands
   * of postings. Mutable and not thread-safe: one a thread, {@linkplain #clear() cleared} between queries.
   */
  public static final class Contributions {

    long[] candidates = new long[64];
    int[] ranks = new int[64];
    float[] values = new float[64];
    boolean[] eligible = new boolean[64];
    int size;

    /** Returns an empty buffer. */
    public Contributions() {}

    /**
     * Adds the contribution of one posting of one query term.
     *
     * @param candidate the candidate's position among the site's posts in order of id, at least 0
     * @param term the query term
     * @param impact the posting's {@link Posting#impact}, 0 to 255
     * @param eligible whether the candidate may be related to the query ({@link BatchScoring#eligible})
     * @throws IllegalArgumentException if {@code candidate} is negative or {@code impact} is not 0 to 255
     * @throws NullPointerException if {@code term} is null
     */
    public void add(long candidate, QueryTerm term, int impact, boolean eligible) {
      checkNotNull(term, "term");
      checkArgument(candidate >= 0, "candidate must be a position, at least 0: %s", candidate);
      checkArgument(impact >= 0 && impact <= 255, "impact must be 0 to 255: %s", impact);
      if (size == candidates.length) {
        int grown = Math.max(64, size + (size >> 1));
        candidates = Arrays.copyOf(candidates, grown);
        ranks = Arrays.copyOf(ranks, grown);
        values = Arrays.copyOf(values, grown);
        this.eligible = Arrays.copyOf(this.eligible, grown);
      }
      candidates[size] = candidate;
      ranks[size] = term.rank();
      values[size] = (float) (term.factor() * Weighting.dequantize((byte) impact));
      this.eligible[size] = eligible;
      size++;
    }

    /**
     * Returns how many contributions were added since the buffer was made or cleared.
     *
     * @return the count
     */
    public int size() {
      return size;
    }

    /** Empties the buffer, keeping its arrays for the next query. */
    public void clear() {
      size = 0;
    }
  }
}
