package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import io.github.relata.CandidateJoin.Contributions;
import io.github.relata.CandidateJoin.QueryTerm;
import org.junit.jupiter.api.Test;

/** A batch run's candidate search from the contributions of a query's postings, as an index adds them up. */
final class CandidateJoinTest {

  private static final BatchPipeline SITE = BatchPipeline.counted(RelatedPosts.builder().build(), SamplePosts.all());

  /** A term whose postings of impact 0 (weight 1) contribute exactly {@code value}. */
  private static QueryTerm term(int rank, float value) {
    assertEquals(1.0, Weighting.dequantize((byte) 0));
    return new QueryTerm(rank, rank, value, false);
  }

  private static long[] candidates(Contributions contributions) {
    EncodedPost query = SITE.encoded().get(0);
    return SITE.batch().candidates(SITE.model(), query, 0, contributions, true);
  }

  @Test
  void aCandidatesContributionsAddUpInRankOrder_notInTheOrderTheyCame() {
    float big = 1 << 24; // a float's step here is 2: big + 1 rounds to big (to even), big + 3 to big + 4
    assertEquals(big, big + 1f);
    // Post 7: its tag's contribution (rank 30) came before its common word's (rank 26), as a batch run reads
    // them, but an index adds them in rank order: (big + 1) + 2 = big + 2, where (big + 2) + 1 = big + 4.
    Contributions contributions = new Contributions();
    contributions.add(7, term(0, big), 0, true);
    contributions.add(7, term(30, 2), 0, true);
    contributions.add(3, term(0, big + 2), 0, true);
    contributions.add(7, term(26, 1), 0, true);
    contributions.add(9, term(1, 0.5f), 0, true);
    assertEquals(big + 4, (big + 2f) + 1f, "the order matters");
    // 3 and 7 both have big + 2: tied, the lower position first.
    assertArrayEquals(new long[] {3, 7, 9}, candidates(contributions));
  }

  @Test
  void theQueryItselfAndIneligiblePostsAreNotCandidates() {
    Contributions contributions = new Contributions();
    contributions.add(0, term(0, 5), 0, true);
    contributions.add(4, term(0, 2), 0, false);
    contributions.add(5, term(0, 1), 0, true);
    contributions.add(6, term(0, 3), 0, true);
    contributions.add(6, term(1, 1), 0, true);
    assertArrayEquals(new long[] {6, 5}, candidates(contributions));
    assertEquals(5, contributions.size());
    contributions.clear();
    assertEquals(0, contributions.size());
    assertArrayEquals(new long[0], candidates(contributions));
  }

  @Test
  void aBufferGrowsPastItsFirstArrays_andKeepsEveryContribution() {
    Contributions contributions = new Contributions();
    for (int i = 1; i <= 1_000; i++) {
      contributions.add(i, term(0, i), 0, true);
    }
    assertEquals(1_000, contributions.size());
    long[] best = candidates(contributions);
    assertEquals(SITE.batch().candidateCount(SITE.model()), best.length);
    assertEquals(1_000, best[0]);
    assertEquals(999, best[1]);
  }

  @Test
  void badContributions_throwNamingTheValue() {
    Contributions contributions = new Contributions();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> contributions.add(-1, term(0, 1), 0, true));
    assertEquals("candidate must be a position, at least 0: -1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> contributions.add(1, term(0, 1), 256, true));
    assertEquals("impact must be 0 to 255: 256", e.getMessage());
    new NullPointerTester().setDefault(QueryTerm.class, term(0, 1)).testAllPublicInstanceMethods(contributions);
  }
}
