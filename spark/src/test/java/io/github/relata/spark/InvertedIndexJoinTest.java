package io.github.relata.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.relata.BatchPost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two ways queries meet the inverted index find the same candidates, post for post and in the same order:
 * the broadcast map and the join by term, where each partition gets only the lists of the terms its queries
 * name. Compared on candidates rather than on lists, since on a site of some hundreds of posts the top 10 is
 * robust to a missing term's postings, and the candidates are not.
 */
final class InvertedIndexJoinTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session(2);
  }

  @AfterAll
  static void stop() throws Exception {
    spark.close();
  }

  @Test
  void joinedByTerm_findsWhatTheBroadcastFinds(@TempDir Path dir) throws Exception {
    Optional<Path> corpora = RelatedJobEqualityTest.corpora();
    assumeTrue(corpora.isPresent(), "the shared corpora (../shared/corpora) are not here");
    List<String> lines = new ArrayList<>();
    lines.addAll(Files.readAllLines(corpora.get().resolve("bbc_news_en.jsonl")).subList(0, 600));
    lines.addAll(Files.readAllLines(corpora.get().resolve("regeringen_sv.jsonl")).subList(0, 600));
    Path input = dir.resolve("posts.jsonl");
    Files.write(input, lines);
    for (int partitions : new int[] {1, 5}) {
      RelatedJob.Settings settings = new RelatedJob.Settings(10);
      CollectionAccumulator<String> problems = spark.sparkContext().collectionAccumulator();
      JavaRDD<BatchPost> analysed = PostInput.read(spark, "jsonl", input.toString(), settings, partitions, problems);
      RelatedJob job = new RelatedJob(JavaSparkContext.fromSparkContext(spark.sparkContext()), settings, partitions, InvertedIndexJoin.Join.AUTO);
      RelatedJob.Encoded encoded = job.encode(analysed);
      InvertedIndexJoin.Found broadcast = job.candidates(encoded, InvertedIndexJoin.Join.BROADCAST);
      InvertedIndexJoin.Found byTerm = job.candidates(encoded, InvertedIndexJoin.Join.PARTITIONED);
      assertEquals(InvertedIndexJoin.Join.BROADCAST, broadcast.join());
      assertEquals(InvertedIndexJoin.Join.PARTITIONED, byTerm.join());
      assertEquals(broadcast.entries(), byTerm.entries(), "the same inverted index");
      Map<Long, long[]> expected = candidates(broadcast);
      Map<Long, long[]> actual = candidates(byTerm);
      assertEquals(1200, expected.size(), "every post a query");
      assertEquals(expected.keySet(), actual.keySet());
      expected.forEach((position, want) -> {
        assertTrue(want.length >= 10, "the candidates of post " + position + ": " + want.length);
        assertArrayEquals(want, actual.get(position), "the candidates of post " + position + ", " + partitions + " partitions");
      });
    }
  }

  private static Map<Long, long[]> candidates(InvertedIndexJoin.Found found) {
    Map<Long, long[]> byPosition = new TreeMap<>();
    found.queries().collect().forEach(t -> byPosition.put(t._1(), t._2().candidates()));
    return byPosition;
  }
}
