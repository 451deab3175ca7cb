package io.github.relata.spark;

import io.github.relata.BatchModel;
import io.github.relata.BatchPost;
import io.github.relata.BatchScoring;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * The site's statistics, counted over all posts in one pass each (term, pair and surface counts: three
 * aggregations), and the latent space, learned on the driver from the posts an index would learn it from:
 * the {@link BatchModel} that every machine is sent.
 */
final class SiteStatistics {

  private SiteStatistics() {}

  /** Returns the model of the numbered posts (position in order of id, post). */
  static BatchModel model(JavaSparkContext spark, RelatedJob.Settings s, JavaPairRDD<Long, BatchPost> numbered, RelatedJob.Timer timer) {
    JavaRDD<BatchPost> posts = numbered.values();
    long n = posts.count();
    if (n > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("more posts than one run ranks: " + n);
    }
    Map<String, Long> languages = new HashMap<>(posts.map(BatchPost::language).countByValue());
    // Lengths are field-weighted word counts: with the default field weights whole numbers, so the sum is exact
    // in any order.
    double totalLength = posts.mapToDouble(p -> (double) p.length()).reduce(Double::sum);
    Map<String, Long> df = new HashMap<>(posts.flatMap(p -> p.termKeys().iterator())
        .mapToPair(k -> new Tuple2<>(k, 1L)).reduceByKey(Long::sum).collectAsMap());
    BatchModel counted = BatchModel.of((int) n, totalLength, languages, df);
    Broadcast<BatchModel> bc = spark.broadcast(counted);
    Map<Integer, Long> pairs = new HashMap<>(posts.flatMapToPair(p -> {
      List<Tuple2<Integer, Long>> out = new ArrayList<>();
      for (int hash : Engines.scoring(s).pairHashes(bc.value(), p)) {
        out.add(new Tuple2<>(hash, 1L));
      }
      return out.iterator();
    }).reduceByKey(Long::sum).filter(t -> t._2() >= 2).collectAsMap());
    Map<String, String> surfaces = new HashMap<>(posts.flatMapToPair(p -> {
      List<Tuple2<String, String>> out = new ArrayList<>();
      Engines.scoring(s).surfaceKeys(bc.value(), p).forEach((k, v) -> out.add(new Tuple2<>(k, v)));
      return out.iterator();
    }).reduceByKey(BatchModel::mergeSurfaces).collectAsMap());
    BatchModel withoutSpace = counted.withPairs(pairs).withSurfaces(surfaces);
    bc.unpersist();
    timer.passed("statistics");
    long[] ranks = Engines.scoring(s).trainingRanks((int) n);
    Broadcast<long[]> br = spark.broadcast(ranks);
    List<BatchPost> training = numbered.filter(t -> Arrays.binarySearch(br.value(), t._1()) >= 0).values().collect();
    br.unpersist();
    BatchModel learned = Engines.scoring(s).withLatentSpace(withoutSpace, training);
    timer.passed("latent space (" + training.size() + " posts, on the driver)");
    return learned;
  }
}
