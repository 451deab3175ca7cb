package io.github.relata;

import io.github.relata.analysis.Analyzer;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every setting of a {@link RelatedPosts} engine, as built by {@link RelatedPosts.Builder}; {@link
 * #toString()} prints them all.
 *
 * @param weights how much each signal counts
 * @param maxResults the default length of a related list
 * @param minScore posts scoring below this are left out, in [0, 1)
 * @param minRelativeScore posts whose score is below this share of the two posts' usual closeness (the
 *     geometric mean of their neighbourhood densities: the mean score of each one's ten best related posts)
 *     are left out, so that a list stops when what is left is far weaker than what either post is usually
 *     related to; in [0, 1), 0 for no such cut
 * @param titleWeight how much a word in the title counts against one in the body
 * @param summaryWeight how much a word in the summary counts against one in the body
 * @param bodyWeight how much a word in the body counts
 * @param termWeighting TF-IDF or BM25 term weights
 * @param multiwordTerms whether adjacent word pairs ("smart specialisering") are terms too
 * @param subwordMatching whether words are also compared by their character 5-grams, so that compounds
 *     meet their parts ("specialiseringsstrategier" and "specialisering"); used for languages that write
 *     compounds as one word
 * @param dateHalfLife the date gap at which {@link Signal#DATE} falls to one half
 * @param includeNewer whether posts published after the query post may be related to it
 * @param maxAge posts more than this much older than the query post are left out; null for no limit
 * @param sameLanguageOnly whether related posts must be in the query post's language
 * @param defaultLanguage the language of posts that neither declare one nor have enough text to detect it
 * @param exposureCorrection how strongly a post's score is divided by its neighbourhood density relative to
 *     the site's mean, {@code (mean / density) ^ exposureCorrection}: a post close to many others is
 *     demoted, one unlike the rest promoted, so that lists do not all show the same few posts; in [0, 1], 0
 *     for none
 * @param latentDimensions dimensions of the latent semantic space; 0 turns {@link Signal#LATENT} and {@link
 *     Signal#NEIGHBOURS} off
 * @param analyzers analyzers that replace the preset for a language, by ISO 639-1 code
 * @param retainBodies whether the index keeps each article's body; by default it keeps the article without
 *     it (a related list shows title, summary, date and link), which is most of a post's memory
 * @param limits bounds on posts and queries
 */
public record Options(
    Weights weights,
    int maxResults,
    double minScore,
    double minRelativeScore,
    double titleWeight,
    double summaryWeight,
    double bodyWeight,
    TermWeighting termWeighting,
    boolean multiwordTerms,
    boolean subwordMatching,
    Duration dateHalfLife,
    boolean includeNewer,
    @Nullable Duration maxAge,
    boolean sameLanguageOnly,
    String defaultLanguage,
    double exposureCorrection,
    int latentDimensions,
    Map<String, Analyzer> analyzers,
    boolean retainBodies,
    Limits limits) {

  /** Default list length. */
  public static final int DEFAULT_MAX_RESULTS = 5;
  /**
   * Default minimum score: posts with only a trace of evidence (a common word or two) are left out. On the
   * evaluation corpora no list lost a post it would otherwise have had at this score.
   */
  public static final double DEFAULT_MIN_SCORE = 0.05;
  /**
   * Default relative cut: a related post must score at least half the geometric mean of the two posts'
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

  /** Copies the analyzer map. */
  public Options {
    analyzers = Map.copyOf(analyzers);
  }

  /** Returns the analyzer for a language: the one set for it, else the preset. */
  Analyzer analyzerFor(String language) {
    Analyzer custom = analyzers.get(language);
    return custom != null ? custom : Analyzer.forLanguage(language);
  }
}
