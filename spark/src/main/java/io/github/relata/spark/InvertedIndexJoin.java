package io.github.relata.spark;

import io.github.relata.BatchModel;
import io.github.relata.BatchScoring;
import io.github.relata.CandidateJoin.Contributions;
import io.github.relata.CandidateJoin.Posting;
import io.github.relata.CandidateJoin.QueryTerm;
import io.github.relata.EncodedPost;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Each post's candidates, by an inverted-index join: every post's postings grouped by term (a term in more
 * posts than the impact budget kept for its heaviest entries only, as an index reads it), then joined with
 * every post's strongest terms, map-side from a broadcast or by term ({@link Join}); posts whose rare terms
 * find too few candidates look up their common terms too. Sites small enough for an index's latent scan ({@link BatchScoring#scansLatentSpace})
 * also get their nearest posts in the latent space, from a broadcast of every post.
 */
final class InvertedIndexJoin {

  private InvertedIndexJoin() {}

  /** Packs a posting: impact above (so that sorting puts the heaviest first), then position, then language. */
  static long pack(int impact, long position, int language) {
    return (long) impact << 56 | position << 8 | language;
  }

  /**
   * How the queries meet the inverted index: {@link #BROADCAST} it to every executor (one copy each, held
   * whole on the driver first), or join it by term with the terms each partition's queries look up ({@link
   * #PARTITIONED}: each list goes once to each partition that names the term, and no machine holds the whole
   * index); {@link #AUTO} broadcasts an index of at most {@link #BROADCAST_LIMIT} entries.
   */
  enum Join {
    AUTO, BROADCAST, PARTITIONED;

    /** The most entries {@link #AUTO} broadcasts: 2^25 (256 MB at 8 bytes an entry, some 300,000 posts). */
    static final long BROADCAST_LIMIT = 1L << 25;

    /** This choice for an index of {@code entries} postings: {@link #BROADCAST} or {@link #PARTITIONED}. */
    Join resolve(long entries) {
      return this != AUTO ? this : entries <= BROADCAST_LIMIT ? BROADCAST : PARTITIONED;
    }
  }

  /**
   * The site's inverted index by term id: every post's postings grouped by term, a term in more posts than
   * the impact budget cut to its heaviest entries, as an index reads it.
   */
  static JavaPairRDD<Integer, long[]> lists(JavaPairRDD<Long, EncodedPost> posts, Broadcast<BatchModel> bm, RelatedJob.Settings s, int partitions) {
    BatchModel model = bm.value();
    if (model.languages().size() > 255) {
      throw new IllegalArgumentException("more than 255 languages in one run: " + model.languages().size());
    }
    if (model.posts() >= 1L << 48) {
      throw new IllegalArgumentException("more posts than one run numbers: " + model.posts());
    }
    int budget = Engines.scoring(s).impactBudget(model);
    return posts.flatMapToPair(t -> {
      List<Tuple2<Integer, Long>> out = new ArrayList<>();
      int language = bm.value().languages().indexOf(t._2().language());
      for (Posting e : Engines.scoring(s).postings(bm.value(), t._2())) {
        out.add(new Tuple2<>(e.term(), pack(e.impact(), t._1(), language)));
      }
      return out.iterator();
    }).groupByKey(partitions).mapValues(entries -> {
      List<Long> list = new ArrayList<>();
      entries.forEach(list::add);
      long[] packed = list.stream().mapToLong(Long::longValue).toArray();
      if (packed.length > budget) {
        Arrays.sort(packed); // heaviest first, then by position: as an index orders a long term's postings
        packed = Arrays.copyOf(packed, budget);
      }
      return packed;
    });
  }

  /** What {@link #queries} found, and how. */
  record Found(JavaPairRDD<Long, RelatedJob.Query> queries, Join join, long entries) {}

  /**
   * Every post's candidates, as {@link RelatedJob.Query} records in the posts' partitions (partition i of the
   * result holds the queries of partition i of {@code posts}), by {@code join}; the result is persisted and
   * computed.
   */
  static Found queries(JavaSparkContext spark, JavaPairRDD<Long, EncodedPost> posts, Broadcast<BatchModel> bm, RelatedJob.Settings s,
      int partitions, Join join) {
    BatchModel model = bm.value();
    JavaPairRDD<Integer, long[]> lists = lists(posts, bm, s, partitions);
    lists.persist(StorageLevel.MEMORY_AND_DISK_SER());
    long entries = lists.values().map(a -> (long) a.length).fold(0L, Long::sum);
    Join used = join.resolve(entries);
    Broadcast<List<EncodedPost>> be = spark.broadcast(scanned(posts, model, s));
    JavaPairRDD<Long, RelatedJob.Query> queries;
    Broadcast<Map<Integer, long[]>> bi = null;
    if (used == Join.BROADCAST) {
      Broadcast<Map<Integer, long[]>> index = spark.broadcast(new HashMap<>(lists.collectAsMap()));
      bi = index;
      queries = posts.mapPartitionsToPair(it -> queriesOf(s, bm, be, index.value(), it), true);
    } else {
      queries = posts.zipPartitions(termStore(posts, lists, bm, s, partitions), (it, store) -> {
        Map<Integer, long[]> local = new HashMap<>();
        store.forEachRemaining(t -> local.put(t._2()._1(), t._2()._2()));
        return queriesOf(s, bm, be, local, it);
      }).mapToPair(t -> t);
    }
    queries.persist(StorageLevel.MEMORY_AND_DISK_SER());
    queries.count();
    if (bi != null) {
      bi.unpersist();
    }
    be.unpersist();
    lists.unpersist();
    return new Found(queries, used, entries);
  }

  /** The queries of one partition of posts, each with its candidates, looked up in {@code index} (which holds at least their terms). */
  private static Iterator<Tuple2<Long, RelatedJob.Query>> queriesOf(RelatedJob.Settings s, Broadcast<BatchModel> bm,
      Broadcast<List<EncodedPost>> be, Map<Integer, long[]> index, Iterator<Tuple2<Long, EncodedPost>> it) {
    BatchScoring scoring = Engines.scoring(s);
    // One buffer a partition, cleared for each query: a query of a large site reads tens of thousands of postings.
    Contributions contributions = new Contributions();
    List<Tuple2<Long, RelatedJob.Query>> out = new ArrayList<>();
    it.forEachRemaining(t -> out.add(new Tuple2<>(t._1(),
        new RelatedJob.Query(t._2(), candidates(scoring, bm.value(), index, be.value(), contributions, t._1(), t._2())))));
    return out.iterator();
  }

  /**
   * The lists each partition of posts needs, keyed by that partition's number and sent to it: every partition
   * names the distinct terms its queries look up (rare and common alike), the names are joined with the
   * lists by term, and each list goes once to each partition that named its term.
   */
  private static JavaPairRDD<Integer, Tuple2<Integer, long[]>> termStore(JavaPairRDD<Long, EncodedPost> posts, JavaPairRDD<Integer, long[]> lists,
      Broadcast<BatchModel> bm, RelatedJob.Settings s, int partitions) {
    JavaPairRDD<Integer, Integer> wanted = posts.mapPartitionsWithIndex((partition, it) -> {
      BatchScoring scoring = Engines.scoring(s);
      Set<Integer> terms = new HashSet<>();
      it.forEachRemaining(t -> scoring.queryTerms(bm.value(), t._2()).forEach(q -> terms.add(q.term())));
      List<Tuple2<Integer, Integer>> out = new ArrayList<>(terms.size());
      terms.forEach(term -> out.add(new Tuple2<>(term, partition)));
      return out.iterator();
    }, true).mapToPair(t -> t);
    return wanted.join(lists).mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
        .partitionBy(new RelatedJob.ByNumber(partitions));
  }

  /** The every-post list the latent scan needs, in order of position, or an empty list when there is no scan. */
  static List<EncodedPost> scanned(JavaPairRDD<Long, EncodedPost> posts, BatchModel model, RelatedJob.Settings s) {
    return Engines.scoring(s).scansLatentSpace(model) ? posts.sortByKey().values().collect() : List.of();
  }

  /** The query's candidates: from the inverted index, then from the latent scan. */
  static long[] candidates(BatchScoring scoring, BatchModel model, Map<Integer, long[]> index, List<EncodedPost> scanned,
      Contributions contributions, long self, EncodedPost query) {
    return scoring.withLatentCandidates(model, query, self, found(scoring, model, index, contributions, self, query), scanned);
  }

  /** The query's candidates from the inverted index: its rare terms, then its common terms too if they find too few. */
  private static long[] found(
      BatchScoring scoring, BatchModel model, Map<Integer, long[]> index, Contributions contributions, long self, EncodedPost query) {
    List<String> languages = model.languages();
    boolean[] eligible = new boolean[languages.size()];
    for (int l = 0; l < eligible.length; l++) {
      eligible[l] = scoring.eligible(model, query, languages.get(l));
    }
    List<QueryTerm> terms = scoring.queryTerms(model, query);
    contributions.clear();
    for (boolean withCommon : new boolean[] {false, true}) {
      for (QueryTerm term : terms) {
        long[] postings = term.common() == withCommon ? index.get(term.term()) : null;
        if (postings != null) {
          for (long packed : postings) {
            contributions.add(packed >>> 8 & ((1L << 48) - 1), term, (int) (packed >>> 56), eligible[(int) (packed & 0xFF)]);
          }
        }
      }
      long[] candidates = scoring.candidates(model, query, self, contributions, withCommon);
      if (candidates != null) {
        return candidates;
      }
    }
    throw new IllegalStateException("no candidates for " + query.id());
  }
}
