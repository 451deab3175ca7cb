package io.github.relata;

/**
 * The values of a batch run's inverted-index join, which finds each post's candidates as an index's
 * candidate search does ({@link BatchScoring#postings}, {@link BatchScoring#queryTerms}, {@link
 * BatchScoring#candidates}): each post's entries in the postings of its terms, the terms each post looks up,
 * and what one posting adds to a candidate's approximate score.
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
   * What one posting adds to a candidate's approximate score: the query term's factor times the posting's
   * weight, added in the order of the query term's rank.
   *
   * @param candidate the candidate's position among the site's posts in order of id
   * @param rank the query term's rank
   * @param value the amount added
   * @param eligible whether the candidate may be related to the query ({@link BatchScoring#eligible})
   */
  public record Contribution(long candidate, int rank, float value, boolean eligible) {

    /**
     * Returns the contribution of one posting of one query term.
     *
     * @param candidate the candidate's position among the site's posts in order of id
     * @param term the query term
     * @param impact the posting's {@link Posting#impact}
     * @param eligible whether the candidate may be related to the query
     * @return the contribution
     */
    public static Contribution of(long candidate, QueryTerm term, int impact, boolean eligible) {
      return new Contribution(candidate, term.rank(), (float) (term.factor() * Weighting.dequantize((byte) impact)), eligible);
    }
  }
}
