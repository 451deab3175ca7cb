package io.github.relata;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.relata.CandidateJoin.Contributions;
import io.github.relata.CandidateJoin.Posting;
import io.github.relata.CandidateJoin.QueryTerm;
import io.github.relata.Options.NewerPosts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The engine's analysis and scoring for batch runs that rank the posts of a large site on many machines (the
 * {@code relata-spark} job): one implementation, the engine's own, called one post or one neighbourhood at a
 * time, so that a batch run's lists equal {@link ArticleIndex#relatedTo(String)}'s.
 *
 * <p>A run takes these steps. {@link #analyse} each post. Count the site's statistics into a {@link
 * BatchModel}: document frequencies, {@link #pairHashes}, {@link #surfaceKeys} (merged by {@link
 * BatchModel#mergeSurfaces}), then {@link #withLatentSpace} from the posts at {@link #trainingRanks};
 * {@link #encoded} gives each post its compact form under the
 * model's term ids, with its latent vector. Find each post's candidates by an inverted-index join: {@link
 * #postings} of every post against {@link #queryTerms} of every post, each pair's {@link Contributions} given
 * to {@link #candidates}, and {@link #withLatentCandidates}. Then {@link #density} of each post from its
 * candidates, and finally {@link #related} from its candidates and their densities.
 *
 * <p>Immutable and thread-safe.
 */
public final class BatchScoring {

  private final EngineContext engine;
  private final Options options;

  private BatchScoring(EngineContext engine) {
    this.engine = engine;
    this.options = engine.options();
  }

  /**
   * Returns the batch operations of {@code engine}, with its settings.
   *
   * @param engine the engine whose analysis and scoring to use
   * @return the operations
   * @throws IllegalArgumentException if the engine excludes newer posts or posts older than a maximum age,
   *     which batch runs do not support
   */
  public static BatchScoring of(RelatedPosts engine) {
    Options options = checkNotNull(engine, "engine").options();
    checkArgument(options.newerPosts() == NewerPosts.INCLUDED,
        "batch runs relate newer posts too: newerPosts %s is not supported", options.newerPosts());
    checkArgument(options.maxAge() == null, "batch runs have no maximum age: maxAge %s is not supported", options.maxAge());
    return new BatchScoring(engine.context());
  }

  /**
   * Analyses one post.
   *
   * @param article the post
   * @return its analysed form
   * @throws IllegalArgumentException if the post is over the engine's limits
   */
  public BatchPost analyse(Article article) {
    checkNotNull(article, "article");
    options.limits().check(article);
    return BatchPost.of(Updates.stored(options, article), engine.featurizer().features(article));
  }

  /**
   * Returns the hash of each of the post's word pairs under the model's term ids, for {@link BatchModel#withPairs}.
   *
   * @param model the site's model, with its document frequencies
   * @param post one of the model's posts
   * @return the hashes, one a pair
   * @throws IllegalArgumentException if a word of the post is not in the model
   */
  public int[] pairHashes(BatchModel model, BatchPost post) {
    int[] hashes = new int[post.pairs.length];
    for (int i = 0; i < hashes.length; i++) {
      String pair = post.pairs[i];
      int split = pair.indexOf(Featurizer.PAIR_SEPARATOR);
      hashes[i] = PairCounts.hash(model.requireId(pair.substring(0, split)), model.requireId(pair.substring(split + 1)));
    }
    return hashes;
  }

  /**
   * Returns how the post writes each word that other posts have too, keyed by word and language, for {@link
   * BatchModel#withSurfaces}.
   *
   * @param model the site's model, with its document frequencies
   * @param post one of the model's posts
   * @return surfaces by key; the values of one key over all posts are merged with {@link BatchModel#mergeSurfaces}
   */
  public Map<String, String> surfaceKeys(BatchModel model, BatchPost post) {
    Map<String, String> keys = new LinkedHashMap<>();
    for (int i = 0; i < post.words.length; i++) {
      if (model.documentFrequency(post.words[i]) >= 2) {
        keys.put(post.words[i] + '\u0000' + post.language, post.surfaces[i]);
      }
    }
    return keys;
  }

  /**
   * Returns the positions, in order of post id, of the posts the latent space is learned from: every post, or
   * an even sample of the engine's {@link Options#latentTrainingPosts()}, as an index takes it.
   *
   * @param posts the number of posts
   * @return the positions, ascending
   * @throws IllegalArgumentException if {@code posts} is negative
   */
  public long[] trainingRanks(int posts) {
    checkArgument(posts >= 0, "posts must not be negative: %s", posts);
    return Arrays.stream(LatentSpace.samplePositions(posts, options.latentTrainingPosts())).asLongStream().toArray();
  }

  /**
   * Returns {@code model} with the latent space learned from {@code training}, or without one when the engine
   * has none or there are too few posts.
   *
   * @param model the site's model, with its pair counts
   * @param training the posts at {@link #trainingRanks}, any order
   * @return the model
   * @throws IllegalArgumentException if {@code training} is not as many posts as {@link #trainingRanks} names
   */
  public BatchModel withLatentSpace(BatchModel model, List<BatchPost> training) {
    int expected = LatentSpace.samplePositions(model.posts, options.latentTrainingPosts()).length;
    checkArgument(training.size() == expected, "the latent space is learned from %s posts, not %s", expected, training.size());
    List<BatchPost> sorted = new ArrayList<>(training);
    sorted.sort(Comparator.comparing(BatchPost::id));
    List<Doc> docs = sorted.stream().map(p -> BatchShell.doc(p, model::requireId)).toList();
    LatentSpace space = BatchShell.learn(engine, model, docs);
    return model.withLatent(space == null ? null
        : new BatchModel.LatentModel(space.dimensions(), space.termCount(), space.features(), space.rows(), space.trainedOn(), space.mean()));
  }

  /**
   * Returns the post in the compact form an index keeps it, under the model's term ids, with its vector in the
   * model's latent space.
   *
   * @param model the site's finished model
   * @param post one of the model's posts
   * @return the encoded post
   * @throws IllegalArgumentException if a term of the post is not in the model
   */
  public EncodedPost encoded(BatchModel model, BatchPost post) {
    Doc doc = BatchShell.doc(post, model::requireId);
    LatentSpace space = model.space();
    return new EncodedPost(space == null ? doc : doc.withLatent(space.project(doc)));
  }

  // ---- candidates ----

  private BatchCandidates candidateSearch(BatchModel model) {
    return new BatchCandidates(BatchShell.of(engine, model), model, candidateCount(model));
  }

  /**
   * Returns the post's entries in the postings of its words, tags and categories that other posts have too:
   * terms in one post only are never looked up.
   *
   * @param model the site's model
   * @param post one of its posts
   * @return the entries, by term
   */
  public List<Posting> postings(BatchModel model, EncodedPost post) {
    return candidateSearch(model).postings(post.doc());
  }

  /**
   * Returns how many of a term's postings candidate search reads, the heaviest first (smallest impact, then
   * smallest post position): a term in more posts is read for this many of them only.
   *
   * @param model the site's model
   * @return the number of entries, positive
   */
  public int impactBudget(BatchModel model) {
    return Math.max(Postings.IMPACT_BUDGET, candidateCount(model));
  }

  /**
   * Returns how many candidates of each post are scored exactly.
   *
   * @param model the site's model
   * @return the number, positive
   */
  public int candidateCount(BatchModel model) {
    return (int) Math.min(Math.max(Scorer.MIN_CANDIDATES, 10L * options.maxResults()), Math.max(model.posts, 1));
  }

  /**
   * Returns the terms the post looks up to find candidates, in the order candidate search adds them.
   *
   * @param model the site's model
   * @param post one of its posts
   * @return the terms, common ones after the others
   */
  public List<QueryTerm> queryTerms(BatchModel model, EncodedPost post) {
    return candidateSearch(model).queryTerms(post.doc());
  }

  /**
   * Returns whether a post in {@code language} may be related to the query: the engine's language rule.
   *
   * @param model the site's model
   * @param query the query post
   * @param language the other post's language
   * @return whether it may
   */
  public boolean eligible(BatchModel model, EncodedPost query, String language) {
    return !options.sameLanguageOnly() || model.languages.size() <= 1 || query.language().equals(language);
  }

  /**
   * Returns the positions (among the site's posts in order of id) of the query's candidates, best
   * approximate score first, from the contributions of its query terms' postings; or null when {@code
   * withCommon} is false and the query's common terms must be looked up too.
   *
   * @param model the site's model
   * @param query the query post
   * @param self the query's position among the site's posts in order of id, left out
   * @param contributions every contribution of the query's terms, common ones only when {@code withCommon}
   * @param withCommon whether {@code contributions} include those of the common terms
   * @return the positions, or null
   */
  public long @Nullable [] candidates(BatchModel model, EncodedPost query, long self, Contributions contributions, boolean withCommon) {
    return candidateSearch(model).best(query.doc(), self, contributions, withCommon);
  }

  /**
   * Returns whether {@link #withLatentCandidates} compares each post with every other: for sites of at most
   * {@value Scorer#LATENT_SCAN_LIMIT} posts with a latent space, as an index does.
   *
   * @param model the site's model
   * @return whether it does, and so needs every post
   */
  public boolean scansLatentSpace(BatchModel model) {
    return model.space() != null && model.posts <= Scorer.LATENT_SCAN_LIMIT;
  }

  /**
   * Returns {@code candidates} with the posts closest to the query in the latent space added, as an index of
   * at most {@value Scorer#LATENT_SCAN_LIMIT} posts adds them (posts that say the same thing in other words
   * share few terms); {@code candidates} as they are for larger sites or without a latent space.
   *
   * @param model the site's model
   * @param query the query post
   * @param self the query's position among the site's posts in order of id
   * @param candidates the query's {@link #candidates}
   * @param all every post of the site in order of id when {@link #scansLatentSpace}; else ignored
   * @return the candidates' positions, then the latent ones'
   * @throws IllegalArgumentException if the scan needs {@code all} and it is not every post
   */
  public long[] withLatentCandidates(BatchModel model, EncodedPost query, long self, long[] candidates, List<EncodedPost> all) {
    if (!query.doc().hasLatent() || !scansLatentSpace(model)) {
      return candidates;
    }
    checkArgument(all.size() == model.posts, "the latent scan needs all %s posts, not %s", model.posts, all.size());
    List<Doc> docs = all.stream().map(EncodedPost::doc).toList();
    return BatchCandidates.withLatent(query.doc(), self, candidates, docs, o -> eligible(model, query, docs.get(o).language));
  }

  // ---- scoring ----

  /**
   * Returns the query's neighbourhood density, the mean score of its best related posts, for the exposure
   * correction and the relative cut; NaN when the engine uses neither.
   *
   * @param model the site's model
   * @param query the query post
   * @param candidates the query's candidates ({@link #withLatentCandidates}), in that order: best approximate
   *     score first, then the latent ones
   * @return the density, or NaN
   */
  public float density(BatchModel model, EncodedPost query, List<EncodedPost> candidates) {
    if (!Density.used(options) || model.posts < 2) {
      return Float.NaN;
    }
    // As an index does: without a latent scan, only the best of the candidates by approximate score.
    boolean scan = query.doc().hasLatent() && scansLatentSpace(model);
    List<EncodedPost> scored = scan ? candidates : candidates.subList(0, Math.min(Scorer.NEIGHBOUR_CANDIDATES, candidates.size()));
    Neighbourhood local = Neighbourhood.of(BatchShell.of(engine, model), query.doc(), EncodedPost.docs(scored), Map.of(), 0, 0);
    return Density.of(new Scorer(local.data()).neighbourScores(local.self(), Density.NEIGHBOURS));
  }

  /**
   * Returns the posts most related to the query, best first, with their explanations: the list {@link
   * ArticleIndex#relatedTo(String)} gives in an index of all the model's posts.
   *
   * @param model the site's model
   * @param query the query post
   * @param candidates the query's candidates ({@link #withLatentCandidates})
   * @param densities the {@link #density} of the query and of each candidate, by id
   * @param densitySum the sum of every post's density, in order of post id
   * @param densityCount the number of posts with a density
   * @return the list, unmodifiable
   */
  public List<RelatedPost> related(
      BatchModel model, EncodedPost query, List<EncodedPost> candidates, Map<String, Float> densities, double densitySum, int densityCount) {
    Neighbourhood local = Neighbourhood.of(BatchShell.of(engine, model), query.doc(), EncodedPost.docs(candidates), densities, densitySum, densityCount);
    return List.copyOf(new Scorer(local.data()).related(local.self(), Filter.none()));
  }

  /**
   * Returns an index of all the site's posts, as {@link RelatedPosts#index} builds it from them, with the
   * model's latent space and the posts' densities: for {@link ArticleIndex#save}, so that the web servers of
   * a large site load the batch's result ({@link RelatedPosts#load}) instead of building it.
   *
   * @param model the site's model
   * @param posts every post of the model, encoded, in order of id
   * @param analysed the same posts as analysed, in the same order (for the surfaces of words in one post only)
   * @param densities each post's {@link #density}, in the same order
   * @return the index
   * @throws IllegalArgumentException if {@code posts} are not the model's posts in order of id, or the lists
   *     do not match
   */
  public ArticleIndex index(BatchModel model, List<EncodedPost> posts, List<BatchPost> analysed, float[] densities) {
    return new IndexSnapshot(BatchShell.index(engine, model, EncodedPost.docs(posts), analysed, densities));
  }
}
