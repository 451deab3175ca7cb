package io.github.relata.bench.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.Article;
import io.github.relata.ArticleIndex;
import io.github.relata.IndexFigures;
import io.github.relata.RelatedPosts;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What {@code Bench limits} counts on a small index of the fixture corpora, and how it prints it. */
final class MachineLimitsTest {

  private static final int POSTS = 1500;
  private static ArticleIndex index;

  @BeforeAll
  static void build() {
    SyntheticCorpus corpus = SyntheticCorpus.of(FixtureCorpora.englishAndSwedish(), SyntheticCorpus.DEFAULT_SEED);
    List<Article> articles = corpus.posts(POSTS).stream().map(SitePosts::article).toList();
    index = RelatedPosts.withDefaults().index(articles);
  }

  @Test
  void storage_countsEveryPost_andTheFormsHoldEveryPostingsEntry() {
    IndexFigures.Storage s = IndexFigures.storage(index);

    assertEquals(POSTS, s.posts());
    assertTrue(s.postingsEntries() > 1, s.toString());
    // Every postings entry (a post's word or label) is in that post's analysed form too, beside its pairs and n-grams.
    assertTrue(s.forwardEntries() >= s.postingsEntries(), s.toString());
    assertTrue(s.incidenceEntropyBytes() > 0 && s.pairEntropyBytes() > 0, s.toString());
    // A post's incidence at entropy: at most log2(N) bits an entry, the cost of naming the post outright.
    double bound = s.forwardEntries() * Math.log(POSTS) / Math.log(2) / 8;
    assertTrue(s.incidenceEntropyBytes() + s.pairEntropyBytes() < bound, s + " against " + bound);
    assertTrue(s.articleBytes() > 0 && s.latentBytes() > 0, s.toString());
  }

  @Test
  void queries_readAtMostTheBudgetOfEachList_andScoreAtMostTheCandidates() {
    IndexFigures.Query q = IndexFigures.queries(index, IndexFigures.storage(index), 200);

    assertEquals(200, q.queries());
    assertTrue(q.candidates() > 0 && q.candidates() <= 100, q.toString());
    assertTrue(q.lists() > 0 && q.postingsEntries() <= q.lists() * 1024, q.toString());
    assertTrue(q.postingsEntries() <= q.lists() * POSTS, q.toString());
    assertTrue(q.candidateEntries() > q.candidates() && q.candidateBytes() > 0, q.toString());
  }

  @Test
  void svd_workFollowsTheMatrixShape() {
    IndexFigures.Svd svd = IndexFigures.svd(index, 1);

    assertEquals(POSTS, svd.rows());
    assertTrue(svd.rank() > 0 && svd.sketch() > svd.rank(), svd.toString());
    assertEquals(6 * 2.0 * svd.nonZeros() * svd.sketch(), svd.sparseFlops(), 1e-6 * svd.sparseFlops());
    assertTrue(svd.denseFlops() > 0 && svd.seconds() > 0, svd.toString());
  }

  @Test
  void report_givesEachFigureItsBoundAndRatio() {
    MachineLimits.Machine machine = new MachineLimits.Machine(10e9, 100e-9, 2e9);
    IndexFigures.Storage s = new IndexFigures.Storage(1000, 100, 50, 140, 60, 310, 130, 220, 104);
    IndexFigures.Query q = new IndexFigures.Query(10, 10_000, 24, 23_000, 100, 30_000, 12_000);
    IndexFigures.Svd svd = new IndexFigures.Svd(1000, 2000, 50_000, 100, 110, 6e9, 2e9, 4.0);

    String report = MachineLimits.report(1000, machine, s, q, svd);

    // Stored 140 + 310 = 450 B against 150 at entropy: 3.00.
    assertTrue(report.contains("| incidence of terms, bytes a post | 450 | 150 | 3.00 |"), report);
    // 53 KB at 10 GB/s = 5.3 µs, and 124 dependent reads at 100 ns = 12.4 µs: 17.7 µs.
    assertTrue(report.contains("| a query's reads from memory, µs | see the query p50 | 17.7 |"), report);
    // 8 GFlop on two cores at 2 GFlop/s = 2 s; measured 4 s.
    assertTrue(report.contains("| the latent space's SVD, s | 4.00 | 2.00 | 2.0 |"), report);
  }
}
