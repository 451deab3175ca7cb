package io.github.relata.spark;

import io.github.relata.BatchModel;
import io.github.relata.BatchPost;
import io.github.relata.BatchScoring;
import io.github.relata.EncodedPost;
import io.github.relata.RelatedPost;
import io.github.relata.imports.RelatedListsWriter;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction2;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * The passes of a batch run over analysed posts, each step one of {@link BatchScoring}'s, so that the lists
 * equal those of an index of the same posts:
 *
 * <ol>
 *   <li>number the posts in order of id (a sort);
 *   <li>count the site's statistics and learn the latent space ({@link SiteStatistics}); broadcast the {@link
 *       BatchModel}; encode every post under the model's term ids;
 *   <li>find candidates by an inverted-index join ({@link InvertedIndexJoin}), from a broadcast of the index
 *       or joined with it by term;
 *   <li>send each partition of queries the candidates its queries need, each candidate once a partition
 *       however many of its queries name it (a post travels to at most as many partitions as there are, not
 *       to each of its 100 to 150 queries);
 *   <li>the neighbourhood density of every post, then broadcast (4 bytes a post);
 *   <li>exact scoring and the top k of every post, with explanations;
 *   <li>optionally, the index of all posts as a snapshot file, gathered on the driver.
 * </ol>
 */
final class RelatedJob {

  /** The job's settings, sent to every executor, which builds its engine from them. */
  record Settings(int maxResults, int latentTrainingPosts) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The defaults but the list length. */
    Settings(int maxResults) {
      this(maxResults, io.github.relata.Options.DEFAULT_LATENT_TRAINING_POSTS);
    }
  }

  /** A query post and its candidates' positions, in order. */
  record Query(EncodedPost post, long[] candidates) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Wall milliseconds of the passes run so far, by name (Spark runs a pass when its result is needed). */
  static final class Timer {
    final Map<String, Long> millis = new LinkedHashMap<>();
    private long mark = System.nanoTime();
    private java.util.function.ObjLongConsumer<String> listener = (pass, ms) -> {};

    /** Tells {@code listener} each pass's name and milliseconds as it ends (a long run's progress). */
    void onPass(java.util.function.ObjLongConsumer<String> newListener) {
      listener = newListener;
    }

    void passed(String pass) {
      long now = System.nanoTime();
      long ms = (now - mark) / 1_000_000;
      millis.put(pass, ms);
      mark = now;
      listener.accept(pass, ms);
    }
  }

  /** Sends a record keyed by partition number to that partition. */
  static final class ByNumber extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final int partitions;

    ByNumber(int partitions) {
      this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
      return partitions;
    }

    @Override
    public int getPartition(Object key) {
      return (Integer) key;
    }
  }

  /** Sends a post's record to the partition of its range of positions, so that partitions follow the order of id. */
  static final class ByRange extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final int partitions;
    private final long posts;

    ByRange(int partitions, long posts) {
      this.partitions = partitions;
      this.posts = Math.max(posts, 1);
    }

    @Override
    public int numPartitions() {
      return partitions;
    }

    @Override
    public int getPartition(Object key) {
      return (int) ((Long) key * partitions / posts);
    }
  }

  private final JavaSparkContext spark;
  private final Settings settings;
  private final int partitions;
  private final InvertedIndexJoin.Join join;
  final Timer timer = new Timer();
  private long postCount;
  private long indexEntries;
  private long modelBytes;
  private InvertedIndexJoin.@Nullable Join joinUsed;

  RelatedJob(JavaSparkContext spark, Settings settings, int partitions, InvertedIndexJoin.Join join) {
    this.spark = spark;
    this.settings = settings;
    this.partitions = partitions;
    this.join = join;
  }

  /** The inverted index's entries in the last run (postings after the impact budget's cut). */
  long indexEntries() {
    return indexEntries;
  }

  /** The bytes of the last run's model as broadcast (Java-serialized, before Spark compresses it). */
  long modelBytes() {
    return modelBytes;
  }

  /** How the last run's queries met the inverted index, or null before a run. */
  InvertedIndexJoin.@Nullable Join joinUsed() {
    return joinUsed;
  }

  /** The number of posts of the last run. */
  long posts() {
    return postCount;
  }

  /**
   * Runs every pass; returns each post's list as a JSON line, in order of post id. With {@code snapshot}, also
   * saves there the index of all posts (gathered on the driver), for web servers to load.
   */
  JavaRDD<String> run(JavaRDD<BatchPost> analysed, RelatedListsWriter.Detail detail, @Nullable Path snapshot) throws IOException {
    Settings s = settings;
    Encoded encoded = encode(analysed);
    JavaPairRDD<Long, byte[]> numberedBytes = encoded.numberedBytes();
    JavaPairRDD<Long, BatchPost> numbered = encoded.numbered();
    BatchModel model = encoded.model();
    Broadcast<BatchModel> bm = encoded.broadcast();
    JavaPairRDD<Long, EncodedPost> posts = encoded.posts();

    InvertedIndexJoin.Found found = candidates(encoded, join);
    JavaPairRDD<Long, Query> queries = found.queries();
    indexEntries = found.entries();
    joinUsed = found.join();
    timer.passed("inverted index, candidates");

    JavaPairRDD<Integer, Tuple2<Long, EncodedPost>> store = candidateStore(posts, queries);
    store.persist(StorageLevel.MEMORY_AND_DISK_SER());
    float[] density = new float[model.posts()];
    Arrays.fill(density, Float.NaN);
    queries.zipPartitions(store, scored((scoring, query, members) -> scoring.density(bm.value(), query.post(), members)))
        .collect().forEach(t -> density[t._1().intValue()] = t._2());
    timer.passed("candidates to their queries' partitions, densities");
    if (snapshot != null) {
      List<EncodedPost> all = posts.sortByKey().values().collect();
      List<BatchPost> analysedInOrder = numbered.sortByKey().values().collect();
      Engines.scoring(s).index(model, all, analysedInOrder, density).save(snapshot);
      timer.passed("snapshot");
    }
    numberedBytes.unpersist();
    analysed.unpersist();
    double sum = 0;
    int count = 0;
    for (float d : density) {
      if (!Float.isNaN(d)) {
        sum += d;
        count++;
      }
    }
    Broadcast<float[]> bd = spark.broadcast(density);
    double densitySum = sum;
    int densityCount = count;
    JavaPairRDD<Long, String> lines = queries.zipPartitions(store, scored((scoring, query, members) -> {
      float[] all = bd.value();
      Map<String, Float> densities = new HashMap<>();
      densities.put(query.post().id(), all[query.self()]);
      for (int i = 0; i < members.size(); i++) {
        densities.put(members.get(i).id(), all[(int) query.candidates()[i]]);
      }
      List<RelatedPost> related = scoring.related(bm.value(), query.post(), members, densities, densitySum, densityCount);
      return RelatedListsWriter.line(query.post().id(), related, detail);
    })).mapToPair(t -> t);
    // In order of position: partitions by range of positions, each sorted (no sampling pass, which would score twice).
    return lines.repartitionAndSortWithinPartitions(new ByRange(partitions, model.posts())).values();
  }

  /**
   * What the first passes give: the analysed posts numbered in order of id (as bytes, persisted, and read
   * back), the site's model (and its broadcast), and every post encoded under it, persisted.
   */
  record Encoded(
      JavaPairRDD<Long, byte[]> numberedBytes, JavaPairRDD<Long, BatchPost> numbered, BatchModel model, Broadcast<BatchModel> broadcast,
      JavaPairRDD<Long, EncodedPost> posts) {}

  /** The first passes: checks the ids, numbers the posts, counts the site's statistics and encodes every post. */
  Encoded encode(JavaRDD<BatchPost> analysed) {
    Settings s = settings;
    analysed.persist(StorageLevel.MEMORY_AND_DISK_SER());
    checkUniqueIds(analysed);
    // Sorted as bytes (see Wire), numbered in order of id, and read back where used.
    JavaPairRDD<Long, byte[]> numberedBytes = analysed.mapToPair(p -> new Tuple2<>(p.id(), Wire.bytes(p)))
        .sortByKey(true, partitions).values().zipWithIndex().mapToPair(t -> new Tuple2<>(t._2(), t._1()));
    numberedBytes.persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, BatchPost> numbered = numberedBytes.mapValues(b -> Wire.read(b, BatchPost.class));
    timer.passed("read, analyse, check ids");

    BatchModel model = SiteStatistics.model(spark, s, numbered, timer);
    postCount = model.posts();
    modelBytes = Wire.bytes(model).length;
    Broadcast<BatchModel> bm = spark.broadcast(model);
    JavaPairRDD<Long, EncodedPost> posts =
        numbered.mapValues(p -> Engines.scoring(s).encoded(bm.value(), p)).partitionBy(new HashPartitioner(partitions));
    posts.persist(StorageLevel.MEMORY_AND_DISK_SER());
    posts.count();
    timer.passed("encode");
    return new Encoded(numberedBytes, numbered, model, bm, posts);
  }

  /** Every post's candidates, found by {@code how} from the posts {@link #encode} gave. */
  InvertedIndexJoin.Found candidates(Encoded encoded, InvertedIndexJoin.Join how) {
    return InvertedIndexJoin.queries(spark, encoded.posts(), encoded.broadcast(), settings, partitions, how);
  }

  /** One query as a partition's scoring step sees it: the post, its position, its candidates' positions. */
  record Positioned(EncodedPost post, int self, long[] candidates) {}

  /** What a partition's scoring step computes for one query from its candidates. */
  @FunctionalInterface
  interface Step<T> extends Serializable {
    T apply(BatchScoring scoring, Positioned query, List<EncodedPost> members) throws Exception;
  }

  /** Runs {@code step} for every query of a partition, with the candidates that partition was sent. */
  private <T> FlatMapFunction2<Iterator<Tuple2<Long, Query>>, Iterator<Tuple2<Integer, Tuple2<Long, EncodedPost>>>, Tuple2<Long, T>>
      scored(Step<T> step) {
    Settings s = settings;
    return (queryIt, storeIt) -> {
      Map<Long, EncodedPost> byPosition = new HashMap<>();
      storeIt.forEachRemaining(t -> byPosition.put(t._2()._1(), t._2()._2()));
      BatchScoring scoring = Engines.scoring(s);
      List<Tuple2<Long, T>> out = new ArrayList<>();
      while (queryIt.hasNext()) {
        Tuple2<Long, Query> t = queryIt.next();
        long[] positions = t._2().candidates();
        List<EncodedPost> members = new ArrayList<>(positions.length);
        for (long p : positions) {
          members.add(byPosition.get(p));
        }
        out.add(new Tuple2<>(t._1(), step.apply(scoring, new Positioned(t._2().post(), t._1().intValue(), positions), members)));
      }
      return out.iterator();
    };
  }

  /**
   * The candidates each partition of queries needs, keyed by that partition's number and sent to it: every
   * partition lists the distinct positions its queries name, the list is joined with the posts where they
   * are, and each post named goes once to each partition that named it.
   */
  private JavaPairRDD<Integer, Tuple2<Long, EncodedPost>> candidateStore(JavaPairRDD<Long, EncodedPost> posts, JavaPairRDD<Long, Query> queries) {
    JavaPairRDD<Long, Integer> wanted = queries.mapPartitionsWithIndex((partition, it) -> {
      Set<Long> positions = new HashSet<>();
      it.forEachRemaining(t -> {
        for (long c : t._2().candidates()) {
          positions.add(c);
        }
      });
      List<Tuple2<Long, Integer>> out = new ArrayList<>(positions.size());
      positions.forEach(c -> out.add(new Tuple2<>(c, partition)));
      return out.iterator();
    }, true).mapToPair(t -> t);
    return wanted.join(posts).mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
        .partitionBy(new ByNumber(partitions));
  }

  private static void checkUniqueIds(JavaRDD<BatchPost> analysed) {
    List<Tuple2<String, Integer>> repeated =
        analysed.mapToPair(p -> new Tuple2<>(p.id(), 1)).reduceByKey(Integer::sum).filter(t -> t._2() > 1).take(1);
    if (!repeated.isEmpty()) {
      throw new IllegalArgumentException("duplicate article id: " + repeated.get(0)._1() + " (" + repeated.get(0)._2() + " posts)");
    }
  }
}
