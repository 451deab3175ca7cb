package io.github.relata;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.relata.analysis.Analyzer;
import java.time.Duration;
import java.util.Map;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every setting of a {@link RelatedPosts} engine, as {@link RelatedPostsBuilder} made them; {@link
 * #toString()} prints them all. Immutable and thread-safe.
 *
 * <p>A final class rather than a record: a record's canonical constructor is as public as the record, and
 * would let anyone make settings that break the builder's rules, and every new setting would change its
 * signature. The builder is the one way to make an {@code Options}, and each value is checked again when one
 * is made, so an {@code Options} is always valid. Two are equal when every setting is.
 */
public final class Options {

  /** Whether posts published after the query post may be related to it. */
  public enum NewerPosts {
    /** Newer posts may be related to older ones: the default. */
    INCLUDED,
    /** A post is related only to posts published on or before its own day, for archives that point back in time. */
    EXCLUDED
  }

  /** Which languages related posts may be in. */
  public enum LanguageScope {
    /** Related posts are in the query post's language: the default. */
    SAME_LANGUAGE,
    /** Related posts may be in any language. */
    ANY_LANGUAGE
  }

  /** Whether an index keeps each article's body. */
  public enum Bodies {
    /**
     * The index keeps each article without its body, which is most of a post's memory: a related list needs
     * only title, summary, date and link. The default.
     */
    DROPPED,
    /** The index keeps each article whole, for a site whose index is also its store of posts. */
    RETAINED
  }

  /** Whether adjacent word pairs ("smart specialisering") are terms too. */
  public enum WordPairs {
    /** Adjacent word pairs are terms besides their words: the default. */
    INDEXED,
    /** Only single words are terms. */
    IGNORED
  }

  /**
   * Whether words of compounding languages (Swedish, German, ...) are also compared by their character
   * 5-grams, so that compounds meet their parts ("specialiseringsstrategier" and "specialisering").
   */
  public enum Subwords {
    /** Words of compounding languages are also compared by their 5-grams: the default. */
    MATCHED,
    /** Words are compared whole. */
    IGNORED
  }

  /** Default list length. */
  public static final int DEFAULT_MAX_RESULTS = 5;
  /**
   * Default minimum score: posts with only a trace of evidence (a common word or two) are left out. On the
   * evaluation corpora no list lost a post it would otherwise have had at this score.
   */
  public static final double DEFAULT_MIN_SCORE = 0.05;
  /**
   * Default relative cut: a related post must score at least 0.4 times the larger of the two posts'
   * neighbourhood densities. On the evaluation corpora it moved no measure by more than 0.002.
   */
  public static final double DEFAULT_MIN_RELATIVE_SCORE = 0.4;
  /** Default exposure correction. */
  public static final double DEFAULT_EXPOSURE_CORRECTION = 0.3;
  /** Default title weight: a title word counts as much as two body words. */
  public static final double DEFAULT_TITLE_WEIGHT = 2.0;
  /** Default summary weight. */
  public static final double DEFAULT_SUMMARY_WEIGHT = 1.0;
  /** Default body weight. */
  public static final double DEFAULT_BODY_WEIGHT = 1.0;
  /** Default date half-life: a year. */
  public static final Duration DEFAULT_DATE_HALF_LIFE = Duration.ofDays(365);
  /** Default language for posts whose language is neither declared nor detectable. */
  public static final String DEFAULT_LANGUAGE = "en";
  /** Default number of latent dimensions. */
  public static final int DEFAULT_LATENT_DIMENSIONS = 100;
  /** The default most posts the latent space is learned from; see {@link RelatedPostsBuilder#latentTrainingPosts}. */
  public static final int DEFAULT_LATENT_TRAINING_POSTS = 20_000;


  private final Weights weights;
  private final int maxResults;
  private final double minScore;
  private final double minRelativeScore;
  private final double titleWeight;
  private final double summaryWeight;
  private final double bodyWeight;
  private final TermWeighting termWeighting;
  private final WordPairs wordPairs;
  private final Subwords subwords;
  private final Duration dateHalfLife;
  private final NewerPosts newerPosts;
  private final @Nullable Duration maxAge;
  private final LanguageScope languageScope;
  private final String defaultLanguage;
  private final double exposureCorrection;
  private final int latentDimensions;
  private final int latentTrainingPosts;
  private final Map<String, Analyzer> analyzers;
  private final Bodies bodies;
  private final Limits limits;

  /** Makes the settings from the builder's values, checking each against its rule once more. */
  Options(
      Weights weights,
      int maxResults,
      double minScore,
      double minRelativeScore,
      double titleWeight,
      double summaryWeight,
      double bodyWeight,
      TermWeighting termWeighting,
      WordPairs wordPairs,
      Subwords subwords,
      Duration dateHalfLife,
      NewerPosts newerPosts,
      @Nullable Duration maxAge,
      LanguageScope languageScope,
      String defaultLanguage,
      double exposureCorrection,
      int latentDimensions,
      int latentTrainingPosts,
      Map<String, Analyzer> analyzers,
      Bodies bodies,
      Limits limits) {
    this.weights = checkNotNull(weights, "weights");
    this.limits = checkNotNull(limits, "limits");
    this.maxResults = OptionRules.maxResults(maxResults);
    OptionRules.maxResultsWithin(maxResults, limits);
    this.minScore = OptionRules.minScore(minScore);
    this.minRelativeScore = OptionRules.minRelativeScore(minRelativeScore);
    OptionRules.fieldWeights(titleWeight, summaryWeight, bodyWeight);
    this.titleWeight = titleWeight;
    this.summaryWeight = summaryWeight;
    this.bodyWeight = bodyWeight;
    this.termWeighting = checkNotNull(termWeighting, "termWeighting");
    this.wordPairs = checkNotNull(wordPairs, "wordPairs");
    this.subwords = checkNotNull(subwords, "subwords");
    this.dateHalfLife = OptionRules.dateHalfLife(dateHalfLife);
    this.newerPosts = checkNotNull(newerPosts, "newerPosts");
    this.maxAge = maxAge == null ? null : OptionRules.maxAge(maxAge);
    this.languageScope = checkNotNull(languageScope, "languageScope");
    this.defaultLanguage = checkNotNull(defaultLanguage, "defaultLanguage");
    checkArgument(LanguageCodes.primary(defaultLanguage, "defaultLanguage").equals(defaultLanguage),
        "defaultLanguage must be a lowercase primary code: %s", defaultLanguage);
    this.exposureCorrection = OptionRules.exposureCorrection(exposureCorrection);
    this.latentDimensions = OptionRules.latentDimensions(latentDimensions);
    this.latentTrainingPosts = OptionRules.latentTrainingPosts(latentTrainingPosts);
    this.analyzers = Map.copyOf(analyzers);
    this.bodies = checkNotNull(bodies, "bodies");
  }

  /**
   * Returns how much each signal counts.
   *
   * @return the weights; see {@link Weights} for the formula
   */
  public Weights weights() {
    return weights;
  }

  /**
   * Returns the default length of a related list.
   *
   * @return at least 1, and at most {@link Limits#maxResults()}
   */
  public int maxResults() {
    return maxResults;
  }

  /**
   * Returns the lowest score a related post may have: posts scoring below it are left out.
   *
   * @return a score in [0, 1)
   */
  public double minScore() {
    return minScore;
  }

  /**
   * Returns the relative cut: posts whose score is below this share of what either of the two posts is
   * usually related by (the larger of their neighbourhood densities, each the mean score of the post's ten
   * best related posts) are left out, so that a list stops when what is left is far weaker than what either
   * post is usually related to.
   *
   * @return a share in [0, 1), 0 for no such cut
   */
  public double minRelativeScore() {
    return minRelativeScore;
  }

  /**
   * Returns how much a word in the title counts against one in the body.
   *
   * @return a finite weight, at least 0
   */
  public double titleWeight() {
    return titleWeight;
  }

  /**
   * Returns how much a word in the summary counts against one in the body.
   *
   * @return a finite weight, at least 0
   */
  public double summaryWeight() {
    return summaryWeight;
  }

  /**
   * Returns how much a word in the body counts.
   *
   * @return a finite weight, at least 0
   */
  public double bodyWeight() {
    return bodyWeight;
  }

  /**
   * Returns how term weights are computed.
   *
   * @return TF-IDF or BM25
   */
  public TermWeighting termWeighting() {
    return termWeighting;
  }

  /**
   * Returns whether adjacent word pairs ("smart specialisering") are terms too.
   *
   * @return {@link WordPairs#INDEXED} or {@link WordPairs#IGNORED}
   */
  public WordPairs wordPairs() {
    return wordPairs;
  }

  /**
   * Returns whether words of compounding languages are also compared by their character 5-grams.
   *
   * @return {@link Subwords#MATCHED} or {@link Subwords#IGNORED}
   */
  public Subwords subwords() {
    return subwords;
  }

  /**
   * Returns the date gap at which {@link Signal#DATE} falls to one half.
   *
   * @return a positive duration
   */
  public Duration dateHalfLife() {
    return dateHalfLife;
  }

  /**
   * Returns whether posts published after the query post may be related to it, unless a query's {@link
   * Filter#newerPosts(NewerPosts)} says otherwise.
   *
   * @return {@link NewerPosts#INCLUDED} or {@link NewerPosts#EXCLUDED}
   */
  public NewerPosts newerPosts() {
    return newerPosts;
  }

  /**
   * Returns how much older than the query post a related post may be, unless a query's {@link
   * Filter#maxAge(Duration)} says otherwise.
   *
   * @return a positive duration, or null when there is no such limit (the default)
   */
  public @Nullable Duration maxAge() {
    return maxAge;
  }

  /**
   * Returns which languages related posts may be in.
   *
   * @return {@link LanguageScope#SAME_LANGUAGE} or {@link LanguageScope#ANY_LANGUAGE}
   */
  public LanguageScope languageScope() {
    return languageScope;
  }

  /**
   * Returns the language of posts that neither declare one nor have enough text to detect it.
   *
   * @return a lowercase ISO 639 code, such as "en"
   */
  public String defaultLanguage() {
    return defaultLanguage;
  }

  /**
   * Returns how strongly a post's score is divided by its neighbourhood density relative to the site's mean,
   * {@code (mean / density) ^ exposureCorrection}: a post close to many others is demoted, one unlike the
   * rest promoted, so that lists do not all show the same few posts.
   *
   * @return a strength in [0, 1], 0 for none
   */
  public double exposureCorrection() {
    return exposureCorrection;
  }

  /**
   * Returns the number of dimensions of the latent semantic space.
   *
   * @return 0 to 1000; 0 turns {@link Signal#LATENT} and {@link Signal#NEIGHBOURS} off
   */
  public int latentDimensions() {
    return latentDimensions;
  }

  /**
   * Returns the most posts the latent space is learned from: all of a site's posts up to this many, an even
   * sample of this many beyond.
   *
   * @return 100 to 1,000,000
   */
  public int latentTrainingPosts() {
    return latentTrainingPosts;
  }

  /**
   * Returns the analyzers that replace the preset for a language.
   *
   * @return an immutable map from ISO 639 code to analyzer; empty when every language uses its preset
   */
  public Map<String, Analyzer> analyzers() {
    return analyzers;
  }

  /**
   * Returns whether the index keeps each article's body.
   *
   * @return {@link Bodies#DROPPED} (the default) or {@link Bodies#RETAINED}
   */
  public Bodies bodies() {
    return bodies;
  }

  /**
   * Returns the bounds on posts and queries.
   *
   * @return the limits
   */
  public Limits limits() {
    return limits;
  }

  /** Returns whether word pairs are terms, as the engine's internals and snapshot settings read it. */
  boolean multiwordTerms() {
    return wordPairs == WordPairs.INDEXED;
  }

  /** Returns whether subwords are matched, as the engine's internals and snapshot settings read it. */
  boolean subwordMatching() {
    return subwords == Subwords.MATCHED;
  }

  /** Returns whether newer posts are included by default, as the engine's internals and snapshot settings read it. */
  boolean includeNewer() {
    return newerPosts == NewerPosts.INCLUDED;
  }

  /** Returns whether related posts keep to one language, as the engine's internals and snapshot settings read it. */
  boolean sameLanguageOnly() {
    return languageScope == LanguageScope.SAME_LANGUAGE;
  }

  /** Returns whether the key-terms signal is weighted, so that queries and the norm cache work out posts' key terms. */
  boolean keyTermsWeighted() {
    return weights().keyTerms() > 0;
  }

  /** Returns whether bodies are kept, as the engine's internals and snapshot settings read it. */
  boolean retainBodies() {
    return bodies == Bodies.RETAINED;
  }

  /** Returns the analyzer for a language: the one set for it, else the preset. */
  Analyzer analyzerFor(String language) {
    Analyzer custom = analyzers.get(language);
    return custom != null ? custom : Analyzer.forLanguage(language);
  }

  /**
   * Returns whether {@code o} is an {@code Options} with every setting equal to this one's.
   *
   * @param o the object to compare with
   * @return true when every setting is equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return this == o || o instanceof Options other && values().equals(other.values());
  }

  /**
   * Returns a hash code of every setting.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return values().hashCode();
  }

  /**
   * Returns every setting, by name: {@code Options[weights=..., maxResults=5, ...]}.
   *
   * @return the settings as text
   */
  @Override
  public String toString() {
    return "Options[weights=" + weights + ", maxResults=" + maxResults + ", minScore=" + minScore
        + ", minRelativeScore=" + minRelativeScore + ", titleWeight=" + titleWeight + ", summaryWeight=" + summaryWeight
        + ", bodyWeight=" + bodyWeight + ", termWeighting=" + termWeighting + ", wordPairs=" + wordPairs
        + ", subwords=" + subwords + ", dateHalfLife=" + dateHalfLife + ", newerPosts=" + newerPosts
        + ", maxAge=" + maxAge + ", languageScope=" + languageScope + ", defaultLanguage=" + defaultLanguage
        + ", exposureCorrection=" + exposureCorrection + ", latentDimensions=" + latentDimensions
        + ", latentTrainingPosts=" + latentTrainingPosts + ", analyzers=" + analyzers + ", bodies=" + bodies + ", limits=" + limits + "]";
  }

  /** Returns every setting, in declaration order, for equality. */
  private List<Object> values() {
    return Arrays.asList(weights, maxResults, minScore, minRelativeScore, titleWeight, summaryWeight, bodyWeight,
        termWeighting, wordPairs, subwords, dateHalfLife, newerPosts, maxAge, languageScope, defaultLanguage,
        exposureCorrection, latentDimensions, latentTrainingPosts, analyzers, bodies, limits);
  }
}
