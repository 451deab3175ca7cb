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
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Each post's candidates, by an inverted-index join: every post's postings grouped by term (a term in more
 * posts than the impact budget kept for its heaviest entries only, as an index reads it), broadcast, and
 * joined map-side with every post's strongest terms; posts whose rare terms find too few candidates look up
 * their common terms too. Sites small enough for an index's latent scan ({@link BatchScoring#scansLatentSpace})
 * also get their nearest posts in the latent space, from a broadcast of every post.
 */
final class InvertedIndexJoin {

  private InvertedIndexJoin() {}

  /** Packs a posting: impact above (so that sorting puts the heaviest first), then position, then language. */
  static long pack(int impact, long position, int language) {
    return (long) impact << 56 | position << 8 | language;
  }

  /** The site's inverted index, cut at the impact budget, by term id. */
  static Map<Integer, long[]> index(JavaPairRDD<Long, EncodedPost> posts, Broadcast<BatchModel> bm, RelatedJob.Settings s, int partitions) {
    BatchModel model = bm.value();
    if (model.languages().size() > 255) {
      throw new IllegalArgumentException("more than 255 languages in one run: " + model.languages().size());
    }
    if (model.posts() >= 1L << 48) {
      throw new IllegalArgumentException("more posts than one run numbers: " + model.posts());
    }
    int budget = Engines.scoring(s).impactBudget(model);
    return new HashMap<>(posts.flatMapToPair(t -> {
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
    }).collectAsMap());
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
