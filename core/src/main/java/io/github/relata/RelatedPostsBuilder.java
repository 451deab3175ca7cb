package io.github.relata;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import io.github.relata.Options.Bodies;
import io.github.relata.Options.LanguageScope;
import io.github.relata.Options.NewerPosts;
import io.github.relata.Options.Subwords;
import io.github.relata.Options.WordPairs;
import io.github.relata.analysis.Analyzer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Configures a {@link RelatedPosts} engine; {@link RelatedPosts#builder()} returns one. Each value is checked
 * when it is set (a bad value is an {@link IllegalArgumentException} naming it) and each setting may be made
 * once (a second time is an {@link IllegalStateException}). {@link #build()} can be called repeatedly and does
 * not change the builder. Not thread-safe.
 */
public final class RelatedPostsBuilder {

  private @Nullable Weights weights;
  private @Nullable Integer maxResults;
  private @Nullable Double minScore;
  private @Nullable Double minRelativeScore;
  private @Nullable Double exposureCorrection;
  private double @Nullable [] fieldWeights;
  private @Nullable TermWeighting termWeighting;
  private @Nullable WordPairs wordPairs;
  private @Nullable Subwords subwords;
  private @Nullable Duration dateHalfLife;
  private @Nullable NewerPosts newerPosts;
  private @Nullable Duration maxAge;
  private @Nullable LanguageScope languageScope;
  private @Nullable String defaultLanguage;
  private @Nullable Integer latentDimensions;
  private @Nullable Integer latentTrainingPosts;
  private @Nullable Bodies bodies;
  private @Nullable Limits limits;
  private final Map<String, Analyzer> analyzers = new HashMap<>();

  RelatedPostsBuilder() {}

  /**
   * Sets how much each signal counts.
   *
   * @param weights the weights; see {@link Weights} for the formula; default {@link Weights#DEFAULT}
   * @return this builder
   * @throws IllegalStateException if the weights were already set
   */
  public RelatedPostsBuilder weights(Weights weights) {
    checkNotNull(weights, "weights");
    this.weights = once(this.weights, weights, "weights");
    return this;
  }

  /**
   * Sets the default length of related lists; a query's {@link Filter#limit(int)} overrides it.
   *
   * @param maxResults at least 1; default {@value Options#DEFAULT_MAX_RESULTS}
   * @return this builder
   * @throws IllegalArgumentException if {@code maxResults} is less than 1
   * @throws IllegalStateException if it was already set
   */
  public RelatedPostsBuilder maxResults(int maxResults) {
    this.maxResults = once(this.maxResults, OptionRules.maxResults(maxResults), "maxResults");
    return this;
  }

  /**
   * Sets the lowest score a related post may have.
   *
   * @param minScore in [0, 1); default {@value Options#DEFAULT_MIN_SCORE}
   * @return this builder
   * @throws IllegalArgumentException if {@code minScore} is outside [0, 1)
   * @throws IllegalStateException if it was already set
   */
  public RelatedPostsBuilder minScore(double minScore) {
    this.minScore = once(this.minScore, OptionRules.minScore(minScore), "minScore");
    return this;
  }

  /**
   * Sets the relative cut, {@link Options#minRelativeScore()}: a post is left out when its score is below
   * this share of what either of the two posts is usually related by (the larger of their neighbourhood
   * densities).
   *
   * @param share in [0, 1), 0 for no relative cut; default {@value Options#DEFAULT_MIN_RELATIVE_SCORE}
   * @return this builder
   * @throws IllegalArgumentException if {@code share} is outside [0, 1)
   * @throws IllegalStateException if it was already set
   */
  public RelatedPostsBuilder minRelativeScore(double share) {
    this.minRelativeScore = once(this.minRelativeScore, OptionRules.minRelativeScore(share), "minRelativeScore");
    return this;
  }

  /**
   * Sets the exposure correction, {@link Options#exposureCorrection()}, so that posts close to many others
   * do not fill every list; building an index then costs one related-posts query per post more.
   *
   * @param strength in [0, 1], 0 for none; default {@value Options#DEFAULT_EXPOSURE_CORRECTION}
   * @return this builder
   * @throws IllegalArgumentException if {@code strength} is outside [0, 1]
   * @throws IllegalStateException if it was already set
   */
  public RelatedPostsBuilder exposureCorrection(double strength) {
    this.exposureCorrection = once(this.exposureCorrection, OptionRules.exposureCorrection(strength), "exposureCorrection");
    return this;
  }

  /**
   * Sets how much a word counts in each field: title, summary and body.
   *
   * @param title weight of title words, finite and at least 0; default {@value Options#DEFAULT_TITLE_WEIGHT}
   * @param summary weight of summary words, likewise; default {@value Options#DEFAULT_SUMMARY_WEIGHT}
   * @param body weight of body words, likewise; default {@value Options#DEFAULT_BODY_WEIGHT}
   * @return this builder
   * @throws IllegalArgumentException if a weight is negative or not finite, or all are 0
   * @throws IllegalStateException if field weights were already set
   */
  public RelatedPostsBuilder fieldWeights(double title, double summary, double body) {
    OptionRules.fieldWeights(title, summary, body);
    checkState(fieldWeights == null, "field weights were already set to %s", fieldWeights == null ? "" : java.util.Arrays.toString(fieldWeights));
    this.fieldWeights = new double[] {title, summary, body};
    return this;
  }

  /**
   * Sets how term weights are computed.
   *
   * @param weighting {@link TermWeighting#TF_IDF} (the default) or {@link TermWeighting#BM25}
   * @return this builder
   * @throws IllegalStateException if it was already set
   */
  public RelatedPostsBuilder termWeighting(TermWeighting weighting) {
    checkNotNull(weighting, "weighting");
    this.termWeighting = once(this.termWeighting, weighting, "termWeighting");
    return this;
  }

  /**
   * Sets whether adjacent word pairs ("smart specialisering") are terms too.
   *
   * @param pairs {@link WordPairs#INDEXED} (the default) or {@link WordPairs#IGNORED}
   * @return this builder
   * @throws IllegalStateException if it was already set
   */
  public RelatedPostsBuilder wordPairs(WordPairs pairs) {
    checkNotNull(pairs, "pairs");
    this.wordPairs = once(this.wordPairs, pairs, "wordPairs");
    return this;
  }

  /**
   * Sets whether words of compounding languages (Swedish, German, ...) are also compared by character
   * n-grams, so that compounds meet their parts.
   *
   * @param subwords {@link Subwords#MATCHED} (the default) or {@link Subwords#IGNORED}
   * @return this builder
   * @throws IllegalStateException if it was already set
   */
  public RelatedPostsBuilder subwords(Subwords subwords) {
    checkNotNull(subwords, "subwords");
    this.subwords = once(this.subwords, subwords, "subwords");
    return this;
  }

  /**
   * Sets the date gap at which the date signal halves.
   *
   * @param halfLife positive; default {@link Options#DEFAULT_DATE_HALF_LIFE}
   * @return this builder
   * @throws IllegalArgumentException if {@code halfLife} is zero or negative
   * @throws IllegalStateException if it was already set
   */
  public RelatedPostsBuilder dateHalfLife(Duration halfLife) {
    this.dateHalfLife = once(this.dateHalfLife, OptionRules.dateHalfLife(halfLife), "dateHalfLife");
    return this;
  }

  /**
   * Sets whether posts newer than the query post may be related to it, for every query whose {@link Filter}
   * does not say; {@link NewerPosts#EXCLUDED} suits archives where a post should only point back in time.
   *
   * @param newer {@link NewerPosts#INCLUDED} (the default) or {@link NewerPosts#EXCLUDED}
   * @return this builder
   * @throws IllegalStateException if it was already set
   */
  public RelatedPostsBuilder newerPosts(NewerPosts newer) {
    checkNotNull(newer, "newer");
    this.newerPosts = once(this.newerPosts, newer, "newerPosts");
    return this;
  }

  /**
   * Leaves out posts more than {@code maxAge} older than the query post, for every query whose {@link
   * Filter} does not say; by default there is no such limit.
   *
   * @param maxAge positive
   * @return this builder
   * @throws IllegalArgumentException if {@code maxAge} is zero or negative
   * @throws IllegalStateException if it was already set
   */
  public RelatedPostsBuilder maxAge(Duration maxAge) {
    this.maxAge = once(this.maxAge, OptionRules.maxAge(maxAge), "maxAge");
    return this;
  }

  /**
   * Sets which languages related posts may be in.
   *
   * @param scope {@link LanguageScope#SAME_LANGUAGE} (the default) or {@link LanguageScope#ANY_LANGUAGE}
   * @return this builder
   * @throws IllegalStateException if it was already set
   */
  public RelatedPostsBuilder languageScope(LanguageScope scope) {
    checkNotNull(scope, "scope");
    this.languageScope = once(this.languageScope, scope, "languageScope");
    return this;
  }

  /**
   * Sets the language of posts that neither declare one nor have enough text to detect it.
   *
   * @param language a known ISO 639 code, or a tag such as "en-GB" whose primary code is kept; default
   *     {@value Options#DEFAULT_LANGUAGE}
   * @return this builder
   * @throws IllegalArgumentException if {@code language} is not a known ISO 639 code, naming it
   * @throws IllegalStateException if it was already set
   */
  public RelatedPostsBuilder defaultLanguage(String language) {
    checkNotNull(language, "language");
    this.defaultLanguage = once(this.defaultLanguage, LanguageCodes.primary(language, "defaultLanguage"), "defaultLanguage");
    return this;
  }

  /**
   * Sets the number of latent dimensions, or 0 to turn the latent signals off.
   *
   * @param dimensions 0 to 1000; default {@value Options#DEFAULT_LATENT_DIMENSIONS}
   * @return this builder
   * @throws IllegalArgumentException if {@code dimensions} is outside 0 to 1000
   * @throws IllegalStateException if it was already set
   */
  public RelatedPostsBuilder latentDimensions(int dimensions) {
    this.latentDimensions = once(this.latentDimensions, OptionRules.latentDimensions(dimensions), "latentDimensions");
    return this;
  }

  /**
   * Sets how many posts the latent space is learned from: all of a site's posts up to this many, an even
   * sample of this many beyond (in order of id, the same posts whatever order they came in). The space's
   * SVD takes time and memory in proportion to these posts, and a sample of a large site learns nearly the
   * space all of it would (spark/README.md, "The latent space at scale", has the measurements).
   *
   * @param posts 100 to 1,000,000; default {@value Options#DEFAULT_LATENT_TRAINING_POSTS}
   * @return this builder
   * @throws IllegalArgumentException if {@code posts} is outside that range
   * @throws IllegalStateException if it was already set
   */
  public RelatedPostsBuilder latentTrainingPosts(int posts) {
    this.latentTrainingPosts = once(this.latentTrainingPosts, OptionRules.latentTrainingPosts(posts), "latentTrainingPosts");
    return this;
  }

  /**
   * Sets whether the index keeps each article's body, so that {@link ArticleIndex#article(String)} and
   * {@link RelatedPost#article()} return it whole; see {@link Bodies}.
   *
   * @param bodies {@link Bodies#DROPPED} (the default) or {@link Bodies#RETAINED}
   * @return this builder
   * @throws IllegalStateException if it was already set
   */
  public RelatedPostsBuilder bodies(Bodies bodies) {
    checkNotNull(bodies, "bodies");
    this.bodies = once(this.bodies, bodies, "bodies");
    return this;
  }

  /**
   * Uses {@code analyzer} for posts in {@code language} instead of the preset.
   *
   * @param language a known ISO 639 code, or a tag whose primary code is kept
   * @param analyzer the analyzer
   * @return this builder
   * @throws IllegalArgumentException if {@code language} is not a known ISO 639 code, naming it
   * @throws IllegalStateException if an analyzer was already set for this language
   */
  public RelatedPostsBuilder analyzer(String language, Analyzer analyzer) {
    checkNotNull(language, "language");
    checkNotNull(analyzer, "analyzer");
    String code = LanguageCodes.primary(language, "the language of an analyzer");
    checkState(!analyzers.containsKey(code), "an analyzer was already set for %s: %s", code, analyzers.get(code));
    analyzers.put(code, analyzer);
    return this;
  }

  /**
   * Sets the bounds on posts and queries.
   *
   * @param limits the limits; default {@link Limits#DEFAULT}
   * @return this builder
   * @throws IllegalStateException if they were already set
   */
  public RelatedPostsBuilder limits(Limits limits) {
    checkNotNull(limits, "limits");
    this.limits = once(this.limits, limits, "limits");
    return this;
  }

  /**
   * Returns a new engine with these settings; the builder can be used again.
   *
   * @return the engine
   * @throws IllegalStateException if {@code maxResults} is above the limits' {@code maxResults}
   */
  public RelatedPosts build() {
    return new RelatedPosts(options());
  }

  /**
   * Returns the settings {@link #build()} would use: those set, and the defaults for the rest.
   *
   * @return the settings
   * @throws IllegalStateException if {@code maxResults} is above the limits' {@code maxResults}
   */
  public Options options() {
    Limits bounds = or(limits, Limits.DEFAULT);
    int results = or(maxResults, Options.DEFAULT_MAX_RESULTS);
    OptionRules.maxResultsWithin(results, bounds);
    double[] fields = fieldWeights != null ? fieldWeights
        : new double[] {Options.DEFAULT_TITLE_WEIGHT, Options.DEFAULT_SUMMARY_WEIGHT, Options.DEFAULT_BODY_WEIGHT};
    return new Options(
        or(weights, Weights.DEFAULT),
        results,
        or(minScore, Options.DEFAULT_MIN_SCORE),
        or(minRelativeScore, Options.DEFAULT_MIN_RELATIVE_SCORE),
        fields[0],
        fields[1],
        fields[2],
        or(termWeighting, TermWeighting.TF_IDF),
        or(wordPairs, WordPairs.INDEXED),
        or(subwords, Subwords.MATCHED),
        or(dateHalfLife, Options.DEFAULT_DATE_HALF_LIFE),
        or(newerPosts, NewerPosts.INCLUDED),
        maxAge,
        or(languageScope, LanguageScope.SAME_LANGUAGE),
        or(defaultLanguage, Options.DEFAULT_LANGUAGE),
        or(exposureCorrection, Options.DEFAULT_EXPOSURE_CORRECTION),
        or(latentDimensions, Options.DEFAULT_LATENT_DIMENSIONS),
        or(latentTrainingPosts, Options.DEFAULT_LATENT_TRAINING_POSTS),
        analyzers,
        or(bodies, Bodies.DROPPED),
        bounds);
  }

  /** Returns {@code value}, checking that the setting {@code name} was not made before. */
  private static <T> T once(@Nullable T old, T value, String name) {
    checkState(old == null, "%s was already set to %s", name, old);
    return value;
  }

  private static <T> T or(@Nullable T value, T fallback) {
    return value != null ? value : fallback;
  }
}
