package io.github.relata.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParameterException;

/** The job's command line: defaults, every option, and errors that name the option and the value. */
final class RelataSparkOptionsTest {

  private static String error(String... args) {
    return assertThrows(ParameterException.class, () -> RelataSpark.Options.parse(args)).getMessage();
  }

  @Test
  void defaults() {
    RelataSpark.Options o = RelataSpark.Options.parse("--input", "posts.jsonl", "--output", "out");
    assertEquals("posts.jsonl", o.input);
    assertEquals("out", o.output);
    assertEquals("jsonl", o.format);
    assertEquals(10, o.maxResults);
    assertEquals(0, o.partitions, "0: twice Spark's default parallelism");
    assertFalse(o.explain);
    assertNull(o.master);
    assertNull(o.snapshot);
    assertEquals(InvertedIndexJoin.Join.AUTO, o.candidateJoin);
    assertEquals(20_000, o.latentTrainingPosts);
  }

  @Test
  void everyOption() {
    RelataSpark.Options o = RelataSpark.Options.parse("--input", "site", "--output", "out", "--format", "hugo", "--max-results", "25",
        "--explain", "--partitions", "64", "--master", "local[2]", "--snapshot", "index.relata",
        "--candidate-join", "Partitioned", "--latent-training-posts", "50000");
    assertEquals("hugo", o.format);
    assertEquals(25, o.maxResults);
    assertTrue(o.explain);
    assertEquals(64, o.partitions);
    assertEquals("local[2]", o.master);
    assertEquals("index.relata", o.snapshot);
    assertEquals(InvertedIndexJoin.Join.PARTITIONED, o.candidateJoin);
    assertEquals(50_000, o.latentTrainingPosts);
  }

  @Test
  void auto_broadcastsAnIndexUpToTheLimitAndJoinsALargerOneByTerm() {
    long limit = InvertedIndexJoin.Join.BROADCAST_LIMIT;
    assertEquals(InvertedIndexJoin.Join.BROADCAST, InvertedIndexJoin.Join.AUTO.resolve(limit));
    assertEquals(InvertedIndexJoin.Join.PARTITIONED, InvertedIndexJoin.Join.AUTO.resolve(limit + 1));
    assertEquals(InvertedIndexJoin.Join.PARTITIONED, InvertedIndexJoin.Join.PARTITIONED.resolve(0));
    assertEquals(InvertedIndexJoin.Join.BROADCAST, InvertedIndexJoin.Join.BROADCAST.resolve(limit * 2));
  }

  @Test
  void help_needsNoOtherOption() {
    assertTrue(RelataSpark.Options.parse("--help").help);
  }

  @Test
  void badOptions_areNamedWithTheirValue() {
    assertEquals("Missing required options: '--input=PATH', '--output=DIR'", error());
    assertEquals("Unknown options: '--k', '3'", error("--input", "a", "--output", "b", "--k", "3"));
    assertEquals("--max-results must be at least 1: 0", error("--input", "a", "--output", "b", "--max-results", "0"));
    assertEquals("--max-results must be at least 1: -5", error("--input", "a", "--output", "b", "--max-results", "-5"));
    assertEquals("--max-results is too large (at most 1000): 1001", error("--input", "a", "--output", "b", "--max-results", "1001"));
    assertEquals("--max-results is too large (at most 1000): 99999999999999999999",
        error("--input", "a", "--output", "b", "--max-results", "99999999999999999999"));
    assertEquals("--partitions must be a whole number: two", error("--input", "a", "--output", "b", "--partitions", "two"));
    assertEquals("--partitions must be at least 1: 0", error("--input", "a", "--output", "b", "--partitions", "0"));
    assertEquals("--candidate-join must be auto, broadcast or partitioned: map-side",
        error("--input", "a", "--output", "b", "--candidate-join", "map-side"));
    assertEquals("--latent-training-posts must be at least 100: 99", error("--input", "a", "--output", "b", "--latent-training-posts", "99"));
    assertEquals("--latent-training-posts is too large (at most 1000000): 1000001",
        error("--input", "a", "--output", "b", "--latent-training-posts", "1000001"));
  }
}
