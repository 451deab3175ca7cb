package io.github.relata;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import io.github.relata.analysis.Analyzer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The related-posts engine: configured once with {@link #builder()}, then used to index a site's posts
 * and ask which of them a reader should see next. Immutable and thread-safe.
 *
 * <pre>{@code
 * RelatedPosts engine = RelatedPosts.builder().maxResults(3).build();
 * ArticleIndex index = engine.index(articles);
 * for (RelatedPost r : index.relatedTo("smart-specialisation-stockholm")) {
 *   System.out.printf("%s %.2f %s%n", r.article().title(), r.score(), r.sharedTerms());
 * }
 * }</pre>
 */
public final class RelatedPosts {

  private final EngineContext engine;

  private RelatedPosts(Options options) {
    this.engine = EngineContext.of(options);
  }

  /** Returns a builder with every setting at its default. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns an engine with every setting at its default. */
  public static RelatedPosts withDefaults() {
    return builder().build();
  }

  /** Returns this engine's settings. */
  public Options options() {
    return engine.options();
  }

  /**
   * Indexes posts: analyses them (in parallel), builds the postings and learns the latent space.
   *
   * @param articles the posts; ids must be unique
   * @return an immutable snapshot
   * @throws IllegalArgumentException if two posts share an id
   */
  public ArticleIndex index(Collection<Article> articles) {
    return IndexSnapshot.build(engine, articles);
  }

  /** Returns an index with no posts, to add posts to one by one. */
  public ArticleIndex emptyIndex() {
    return IndexSnapshot.empty(engine);
  }

  /**
   * Returns a thread-safe, updatable index that starts with these posts and keeps its latent space fresh
   * in the background.
   *
   * @param articles the initial posts; ids must be unique
   * @return the live index; close it to stop its background work
   * @throws IllegalArgumentException if two posts share an id
   */
  public LiveIndex liveIndex(Collection<Article> articles) {
    return new LiveIndex(IndexSnapshot.build(engine, articles));
  }

  /**
   * Returns a thread-safe, updatable index that starts from {@code initial}, such as a snapshot loaded with
   * {@link #load(Path)}, and keeps its latent space fresh in the background. Its {@link LiveIndex#lastBuilt()}
   * is the time it is made, and it rebuilds when a fifth of the posts have changed since {@code initial} was
   * built, counting the changes made to {@code initial} before it was saved.
   *
   * @param initial an index made by this engine, or by one with the same settings
   * @return the live index; close it to stop its background work
   * @throws IllegalArgumentException if {@code initial} was made by an engine with other settings
   */
  public LiveIndex liveIndex(ArticleIndex initial) {
    checkNotNull(initial, "initial");
    checkArgument(initial instanceof IndexSnapshot, "initial must be an index made by a RelatedPosts engine: %s", initial.getClass().getName());
    IndexSnapshot snapshot = (IndexSnapshot) initial;
    EngineContext made = snapshot.engine();
    checkArgument(made == engine || made.options().equals(engine.options()),
        "initial was made by an engine with other settings: %s, not %s", made.options(), engine.options());
    return new LiveIndex(snapshot);
  }

  /**
   * Loads an index saved with {@link ArticleIndex#save(Path)}, without analysing the posts again or learning
   * anything anew: the loaded index gives the same related lists and explanations as the saved one, and
   * changes as it would. The engine must have the settings that shaped the index (the analysis, field
   * weights, latent dimensions, and those the neighbourhood densities depend on); maxResults and minScore
   * may differ, as may the strengths of minRelativeScore and exposureCorrection.
   *
   * @param file a snapshot file
   * @return the index
   * @throws SnapshotException if the file is truncated, corrupt, of another format version, not a snapshot,
   *     or made with other settings; the message says which, and names the file
   * @throws IOException if the file cannot be read
   */
  public ArticleIndex load(Path file) throws IOException {
    checkNotNull(file, "file");
    return new IndexSnapshot(SnapshotFiles.load(engine, file));
  }

  /**
   * Loads an index written with {@link ArticleIndex#save(java.io.OutputStream)}, as {@link #load(Path)}
   * does; reads the stream to its end, which must be the snapshot's, and leaves it open.
   *
   * @param in the snapshot's bytes
   * @return the index
   * @throws SnapshotException if the bytes are not a whole snapshot this engine can load, saying why
   * @throws IOException if the stream fails
   */
  public ArticleIndex load(InputStream in) throws IOException {
    checkNotNull(in, "in");
    return new IndexSnapshot(SnapshotReader.read(engine, in, "the stream", -1, null));
  }

  @Override
  public String toString() {
    return "RelatedPosts" + engine.options();
  }

  /**
   * Configures a {@link RelatedPosts} engine. Each setting may be made once; {@link #build()} can be called
   * repeatedly and does not change the builder. Not thread-safe.
   */
  public static final class Builder {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private @Nullable Weights weights;
    private int maxResults = -1;
    private double minScore = Double.NaN;
    private double minRelativeScore = Double.NaN;
    private double exposureCorrection = Double.NaN;
    private double titleWeight = Double.NaN;
    private double summaryWeight = Double.NaN;
    private double bodyWeight = Double.NaN;
    private @Nullable TermWeighting termWeighting;
    private @Nullable Boolean multiwordTerms;
    private @Nullable Boolean subwordMatching;
    private @Nullable Duration dateHalfLife;
    private @Nullable Boolean includeNewer;
    private @Nullable Duration maxAge;
    private @Nullable Boolean sameLanguageOnly;
    private @Nullable String defaultLanguage;
    private int latentDimensions = -1;
    private @Nullable Boolean retainBodies;
    private @Nullable Limits limits;
    private final Map<String, Analyzer> analyzers = new HashMap<>();

    private Builder() {}

    /**
     * Sets how much each signal counts.
     *
     * @param weights the weights; see {@link Weights} for the formula
     * @return this builder
     * @throws IllegalStateException if the weights were already set
     */
    public Builder weights(Weights weights) {
      checkNotNull(weights, "weights");
      checkState(this.weights == null, "weights were already set to %s", this.weights);
      this.weights = weights;
      return this;
    }

    /**
     * Sets the default length of related lists.
     *
     * @param maxResults at least 1; default {@value Options#DEFAULT_MAX_RESULTS}
     * @return this builder
     * @throws IllegalArgumentException if {@code maxResults} is less than 1
     * @throws IllegalStateException if it was already set
     */
    public Builder maxResults(int maxResults) {
      checkArgument(maxResults >= 1, "maxResults must be at least 1: %s", maxResults);
      checkState(this.maxResults == -1, "maxResults was already set to %s", this.maxResults);
      this.maxResults = maxResults;
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
    public Builder minScore(double minScore) {
      checkArgument(minScore >= 0 && minScore < 1, "minScore must be in [0, 1): %s", minScore);
      checkState(Double.isNaN(this.minScore), "minScore was already set to %s", this.minScore);
      this.minScore = minScore;
      return this;
    }

    /**
     * Sets the relative cut: a post is left out of a list when its score is below this share of the two
     * posts' usual closeness (the geometric mean of the mean scores of each one's ten best related posts).
     *
     * @param share in [0, 1), 0 for no relative cut; default {@value Options#DEFAULT_MIN_RELATIVE_SCORE}
     * @return this builder
     * @throws IllegalArgumentException if {@code share} is outside [0, 1)
     * @throws IllegalStateException if it was already set
     */
    public Builder minRelativeScore(double share) {
      checkArgument(share >= 0 && share < 1, "minRelativeScore must be in [0, 1): %s", share);
      checkState(Double.isNaN(this.minRelativeScore), "minRelativeScore was already set to %s", this.minRelativeScore);
      this.minRelativeScore = share;
      return this;
    }

    /**
     * Sets the exposure correction: scores are multiplied by {@code (mean / density) ^ strength}, where
     * density is the mean score of the related post's own ten best related posts and mean its mean over the
     * site, so that posts close to many others do not fill every list. Building an index then costs one
     * related-posts query per post more (see the README's Performance section).
     *
     * @param strength in [0, 1], 0 for none; default {@value Options#DEFAULT_EXPOSURE_CORRECTION}
     * @return this builder
     * @throws IllegalArgumentException if {@code strength} is outside [0, 1]
     * @throws IllegalStateException if it was already set
     */
    public Builder exposureCorrection(double strength) {
      checkArgument(strength >= 0 && strength <= 1, "exposureCorrection must be in [0, 1]: %s", strength);
      checkState(Double.isNaN(this.exposureCorrection), "exposureCorrection was already set to %s", this.exposureCorrection);
      this.exposureCorrection = strength;
      return this;
    }

    /**
     * Sets how much a word counts in each field: title, summary and body.
     *
     * @param title weight of title words, finite and at least 0; default {@value Options#DEFAULT_TITLE_WEIGHT}
     * @param summary weight of summary words; default {@value Options#DEFAULT_SUMMARY_WEIGHT}
     * @param body weight of body words; default {@value Options#DEFAULT_BODY_WEIGHT}
     * @return this builder
     * @throws IllegalArgumentException if a weight is negative or not finite, or all are 0
     * @throws IllegalStateException if field weights were already set
     */
    public Builder fieldWeights(double title, double summary, double body) {
      for (double w : new double[] {title, summary, body}) {
        checkArgument(Double.isFinite(w) && w >= 0, "field weights must be finite and >= 0: %s, %s, %s", title, summary, body);
      }
      checkArgument(title + summary + body > 0, "at least one field weight must be positive: %s, %s, %s", title, summary, body);
      checkState(Double.isNaN(titleWeight), "field weights were already set to %s, %s, %s", titleWeight, summaryWeight, bodyWeight);
      this.titleWeight = title;
      this.summaryWeight = summary;
      this.bodyWeight = body;
      return this;
    }

    /**
     * Sets how term weights are computed.
     *
     * @param weighting TF-IDF (the default) or BM25
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder termWeighting(TermWeighting weighting) {
      checkNotNull(weighting, "weighting");
      checkState(this.termWeighting == null, "termWeighting was already set to %s", this.termWeighting);
      this.termWeighting = weighting;
      return this;
    }

    /**
     * Sets whether adjacent word pairs ("smart specialisering") are terms too; default true.
     *
     * @param enabled whether to use word pairs
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder multiwordTerms(boolean enabled) {
      checkState(multiwordTerms == null, "multiwordTerms was already set to %s", multiwordTerms);
      this.multiwordTerms = enabled;
      return this;
    }

    /**
     * Sets whether words of compounding languages (Swedish, German, ...) are also compared by character
     * n-grams, so that compounds meet their parts; default true.
     *
     * @param enabled whether to use subword matching
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder subwordMatching(boolean enabled) {
      checkState(subwordMatching == null, "subwordMatching was already set to %s", subwordMatching);
      this.subwordMatching = enabled;
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
    public Builder dateHalfLife(Duration halfLife) {
      checkNotNull(halfLife, "halfLife");
      checkArgument(!halfLife.isNegative() && !halfLife.isZero(), "dateHalfLife must be positive: %s", halfLife);
      checkState(dateHalfLife == null, "dateHalfLife was already set to %s", dateHalfLife);
      this.dateHalfLife = halfLife;
      return this;
    }

    /**
     * Sets whether posts newer than the query post may be related to it; default true. Set false for
     * archives where a post should only point back in time.
     *
     * @param include whether to include newer posts
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder includeNewer(boolean include) {
      checkState(includeNewer == null, "includeNewer was already set to %s", includeNewer);
      this.includeNewer = include;
      return this;
    }

    /**
     * Leaves out posts more than {@code maxAge} older than the query post.
     *
     * @param maxAge positive
     * @return this builder
     * @throws IllegalArgumentException if {@code maxAge} is zero or negative
     * @throws IllegalStateException if it was already set
     */
    public Builder maxAge(Duration maxAge) {
      checkNotNull(maxAge, "maxAge");
      checkArgument(!maxAge.isNegative() && !maxAge.isZero(), "maxAge must be positive: %s", maxAge);
      checkState(this.maxAge == null, "maxAge was already set to %s", this.maxAge);
      this.maxAge = maxAge;
      return this;
    }

    /**
     * Sets whether related posts must be in the query post's language; default true.
     *
     * @param sameOnly whether to keep to one language
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder sameLanguageOnly(boolean sameOnly) {
      checkState(sameLanguageOnly == null, "sameLanguageOnly was already set to %s", sameLanguageOnly);
      this.sameLanguageOnly = sameOnly;
      return this;
    }

    /**
     * Sets the language of posts that neither declare one nor have enough text to detect it.
     *
     * @param language an ISO 639-1 code; default {@value Options#DEFAULT_LANGUAGE}
     * @return this builder
     * @throws IllegalArgumentException if {@code language} is not an ISO 639 code
     * @throws IllegalStateException if it was already set
     */
    public Builder defaultLanguage(String language) {
      checkNotNull(language, "language");
      String code = language.strip().toLowerCase(Locale.ROOT);
      checkArgument(LANGUAGE.matcher(code).matches(), "defaultLanguage must be an ISO 639 code such as \"sv\" or \"en\": %s", language);
      checkState(defaultLanguage == null, "defaultLanguage was already set to %s", defaultLanguage);
      this.defaultLanguage = code;
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
    public Builder latentDimensions(int dimensions) {
      checkArgument(dimensions >= 0 && dimensions <= 1000, "latentDimensions must be in [0, 1000]: %s", dimensions);
      checkState(latentDimensions == -1, "latentDimensions was already set to %s", latentDimensions);
      this.latentDimensions = dimensions;
      return this;
    }

    /**
     * Sets whether the index keeps each article's body, so that {@link ArticleIndex#article(String)} and
     * {@link RelatedPost#article()} return it whole; default false, as a related list needs only the title,
     * summary, date and link, and the body is most of a post's memory. Set it when the index is also the
     * site's store of posts.
     *
     * @param retain whether to keep bodies
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder retainBodies(boolean retain) {
      checkState(retainBodies == null, "retainBodies was already set to %s", retainBodies);
      this.retainBodies = retain;
      return this;
    }

    /**
     * Uses {@code analyzer} for posts in {@code language} instead of the preset.
     *
     * @param language an ISO 639-1 code
     * @param analyzer the analyzer
     * @return this builder
     * @throws IllegalArgumentException if {@code language} is not an ISO 639 code
     * @throws IllegalStateException if an analyzer was already set for this language
     */
    public Builder analyzer(String language, Analyzer analyzer) {
      checkNotNull(language, "language");
      checkNotNull(analyzer, "analyzer");
      String code = language.strip().toLowerCase(Locale.ROOT);
      checkArgument(LANGUAGE.matcher(code).matches(), "language must be an ISO 639 code such as \"sv\" or \"en\": %s", language);
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
    public Builder limits(Limits limits) {
      checkNotNull(limits, "limits");
      checkState(this.limits == null, "limits were already set to %s", this.limits);
      this.limits = limits;
      return this;
    }

    /** Returns a new engine with these settings; the builder can be used again. */
    public RelatedPosts build() {
      return new RelatedPosts(options());
    }

    /**
     * Returns the settings {@link #build()} would use.
     *
     * @return the settings
     * @throws IllegalStateException if {@code maxResults} is above the limits' {@code maxResults}
     */
    public Options options() {
      Limits bounds = limits != null ? limits : Limits.DEFAULT;
      int results = maxResults != -1 ? maxResults : Options.DEFAULT_MAX_RESULTS;
      checkState(results <= bounds.maxResults(), "maxResults %s is over the limits' maxResults %s", results, bounds.maxResults());
      return new Options(
          weights != null ? weights : Weights.DEFAULT,
          results,
          !Double.isNaN(minScore) ? minScore : Options.DEFAULT_MIN_SCORE,
          !Double.isNaN(minRelativeScore) ? minRelativeScore : Options.DEFAULT_MIN_RELATIVE_SCORE,
          !Double.isNaN(titleWeight) ? titleWeight : Options.DEFAULT_TITLE_WEIGHT,
          !Double.isNaN(summaryWeight) ? summaryWeight : Options.DEFAULT_SUMMARY_WEIGHT,
          !Double.isNaN(bodyWeight) ? bodyWeight : Options.DEFAULT_BODY_WEIGHT,
          termWeighting != null ? termWeighting : TermWeighting.TF_IDF,
          multiwordTerms != null ? multiwordTerms : true,
          subwordMatching != null ? subwordMatching : true,
          dateHalfLife != null ? dateHalfLife : Options.DEFAULT_DATE_HALF_LIFE,
          includeNewer != null ? includeNewer : true,
          maxAge,
          sameLanguageOnly != null ? sameLanguageOnly : true,
          defaultLanguage != null ? defaultLanguage : Options.DEFAULT_LANGUAGE,
          !Double.isNaN(exposureCorrection) ? exposureCorrection : Options.DEFAULT_EXPOSURE_CORRECTION,
          latentDimensions != -1 ? latentDimensions : Options.DEFAULT_LATENT_DIMENSIONS,
          analyzers,
          retainBodies != null && retainBodies,
          bounds);
    }
  }
}
