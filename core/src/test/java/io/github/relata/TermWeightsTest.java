package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The idf values a query reads are those of its own snapshot's post count, although every query of a
 * snapshot shares one table of them: whatever other snapshots (smaller, larger, changed by one post) were
 * queried before, in whichever order.
 */
final class TermWeightsTest {

  private static Article post(int i) {
    return Article.builder("p" + i, "Post " + i + " about topic " + (i % 7))
        .body("Words " + (i % 5) + " and " + (i % 11) + " and regional cluster policy " + i)
        .published(LocalDate.of(2020, 1, 1).plusDays(i))
        .language("en")
        .build();
  }

  private static List<Article> site(int size) {
    List<Article> posts = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      posts.add(post(i));
    }
    return posts;
  }

  private static void assertIdfOfItsOwnCount(ArticleIndex index, boolean bm25) {
    IndexData data = ((IndexSnapshot) index).data();
    TermWeights weights = new TermWeights(data);
    int n = data.liveCount();
    for (int df : new int[] {1, 2, 3, n / 2, n - 1, n, n + 1, IndexData.NormCache.IDF_TABLE - 1, IndexData.NormCache.IDF_TABLE + 5}) {
      if (df >= 1) {
        assertEquals(Weighting.idf(bm25, n, df), weights.idf(df), "df " + df + " of " + n + " posts");
      }
    }
  }

  @Test
  void eachSnapshotReadsTheIdfOfItsOwnPostCount() {
    for (TermWeighting weighting : TermWeighting.values()) {
      boolean bm25 = weighting == TermWeighting.BM25;
      RelatedPosts engine = RelatedPosts.builder().termWeighting(weighting).build();
      ArticleIndex small = engine.index(site(6));
      ArticleIndex large = engine.index(site(240));
      ArticleIndex grown = small.with(post(1000));
      // Queries fill each snapshot's table as they go; the order is small, large, grown, then small again.
      for (ArticleIndex index : List.of(small, large, grown, small)) {
        index.relatedTo("p1");
        assertIdfOfItsOwnCount(index, bm25);
      }
      assertIdfOfItsOwnCount(large.without("p3"), bm25);
    }
  }
}
