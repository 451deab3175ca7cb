package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A build gives the same index whatever the number of threads it runs on: the analysis, the merge of its
 * batches, the latent space's SVD, the projections and the densities all run in parallel, and each must
 * combine its parts in an order that does not depend on the threads.
 *
 * <p>Tagged {@code large}: two builds of thousands of posts, which mutation testing leaves out.
 */
@Tag("large")
final class ParallelBuildTest {

  /** Many batches of analysis ({@link IndexBuilder#BATCH} posts each), so that a batch is merged while the next is analysed. */
  private static final int POSTS = 4096 + 1500;

  @Test
  void oneThreadAndManyBuildTheSameIndex() throws Exception {
    List<Article> site = Generators.realisticPosts(POSTS, 12);
    ArticleIndex one = built(site, 1);
    ArticleIndex many = built(site, 4);
    assertNotNull(((IndexSnapshot) one).data().latent(), "the site is big enough for a latent space");
    for (int i = 0; i < site.size(); i += 5) {
      Article a = site.get(i);
      List<RelatedPost> expected = one.relatedTo(a.id());
      assertEquals(RankingProperties.summary(expected), RankingProperties.summary(many.relatedTo(a.id())), "the list of " + a.id());
      assertEquals(expected, many.relatedTo(a.id()), "the explanations of " + a.id());
    }
    // Every bit of the index, the latent space's rows and the densities included (every fifth post's lists
    // above, for a message that names a post).
    assertArrayEquals(bytes(one), bytes(many), "the snapshots of the two builds");
  }

  private static ArticleIndex built(List<Article> site, int threads) throws InterruptedException, ExecutionException {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      // Parallel streams started inside a pool's task run on that pool's threads.
      return pool.submit(() -> RelatedPosts.withDefaults().index(site)).get();
    } finally {
      pool.shutdown();
    }
  }

  private static byte[] bytes(ArticleIndex index) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    index.save(out);
    return out.toByteArray();
  }
}
