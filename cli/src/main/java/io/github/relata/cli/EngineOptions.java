package io.github.relata.cli;

import io.github.relata.Options;
import io.github.relata.Signal;
import io.github.relata.Weights;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The engine's settings as command-line options, shared by the subcommands: {@code --config FILE} reads
 * them from a properties file, and options given on the command line override the file. Values are kept as
 * text and checked by {@link Settings}, so both places report a bad value the same way.
 */
final class EngineOptions {

  @Option(names = "--config", paramLabel = "FILE", order = 100,
      description = "Read these settings from a properties file (keys: k, minScore, weights.text, ..., as in the README); options given here override it.")
  @Nullable Path config;

  @Option(names = {"-k", "--k"}, paramLabel = "N", order = 101,
      description = "Length of each related list, at least 1 (default: 10 for related, 5 for explain).")
  @Nullable String k;

  @Option(names = "--min-score", paramLabel = "SCORE", order = 102,
      description = "Leave out posts scoring below this, in [0, 1) (default: " + Options.DEFAULT_MIN_SCORE + ").")
  @Nullable String minScore;

  @Option(names = "--min-relative-score", paramLabel = "SHARE", order = 102,
      description = "Leave out posts scoring below this share of what the two posts are usually related by (the mean score of each one's ten best relatives), in [0, 1) (default: " + Options.DEFAULT_MIN_RELATIVE_SCORE + ").")
  @Nullable String minRelativeScore;

  @Option(names = "--exposure-correction", paramLabel = "STRENGTH", order = 102,
      description = "How strongly posts close to many others are demoted so that lists do not all show the same posts, from 0 (off) to 1 (default: " + Options.DEFAULT_EXPOSURE_CORRECTION + ").")
  @Nullable String exposureCorrection;

  @Option(names = "--weights", paramLabel = "SIGNAL=WEIGHT", split = ",", order = 103,
      description = "How much each signal counts, e.g. text=0.6,title=0.2; signals: text, title, tags, keyTerms, date, latent, neighbours (date from 0 to 1: the share of the score that depends on it); those not given keep their default (listed below).")
  @Nullable Map<String, String> weights;

  @Option(names = "--tags", negatable = true, order = 104,
      description = "Use the posts' tags and categories (default); --no-tags sets the tags weight to 0.")
  @Nullable Boolean tags;

  @Option(names = "--date-half-life-days", paramLabel = "DAYS", order = 105,
      description = "Date gap at which the date signal halves (default below).")
  @Nullable String dateHalfLifeDays;

  @Option(names = "--older-only", negatable = true, order = 106,
      description = "Relate each post only to posts published before it (default: off).")
  @Nullable Boolean olderOnly;

  @Option(names = "--max-age-days", paramLabel = "DAYS", order = 107,
      description = "Leave out posts more than this many days older than the query post (default: no limit).")
  @Nullable String maxAgeDays;

  @Option(names = "--default-language", paramLabel = "CODE", order = 108,
      description = "ISO 639-1 language of posts that neither declare one nor have enough text to detect it (default: " + Options.DEFAULT_LANGUAGE + ").")
  @Nullable String defaultLanguage;

  @Option(names = "--any-language", negatable = true, order = 109,
      description = "Allow related posts in other languages than the query post's (default: same language only).")
  @Nullable Boolean anyLanguage;

  @Option(names = "--latent-dimensions", paramLabel = "N", order = 110,
      description = "Dimensions of the latent semantic space, 0 to 1000; 0 turns the latent signals off (default: " + Options.DEFAULT_LATENT_DIMENSIONS + ").")
  @Nullable String latentDimensions;

  @Option(names = "--latent-training-posts", paramLabel = "N", order = 110,
      description = "The most posts the latent space is learned from, 100 to 1000000: all up to N, an even sample of N beyond (default: "
          + Options.DEFAULT_LATENT_TRAINING_POSTS + ").")
  @Nullable String latentTrainingPosts;

  @Option(names = "--bm25", negatable = true, order = 111,
      description = "Weight terms with BM25 instead of TF-IDF (default: TF-IDF).")
  @Nullable Boolean bm25;

  @Option(names = "--field-weights", paramLabel = "TITLE,SUMMARY,BODY", order = 112,
      description = "How much a word counts in the title, summary and body (default: "
          + Options.DEFAULT_TITLE_WEIGHT + "," + Options.DEFAULT_SUMMARY_WEIGHT + "," + Options.DEFAULT_BODY_WEIGHT + ").")
  @Nullable String fieldWeights;

  @Option(names = "--multiword-terms", negatable = true, order = 113,
      description = "Use adjacent word pairs as terms too (default: on).")
  @Nullable Boolean multiwordTerms;

  @Option(names = "--subword-matching", negatable = true, order = 114,
      description = "Compare words of compounding languages (Swedish, German, ...) by their parts too (default: on).")
  @Nullable Boolean subwordMatching;

  /**
   * Returns the settings: those of the {@code --config} file, overridden by those given as options.
   *
   * @throws UserError a usage error if the file cannot be read or has an unknown key, or a weight names no
   *     signal
   */
  Settings settings() {
    Settings file = config == null ? Settings.none() : Settings.read(config);
    return file.overriddenBy(commandLine());
  }

  private Settings commandLine() {
    Map<Setting, Settings.Value> given = new EnumMap<>(Setting.class);
    put(given, Setting.K, k);
    put(given, Setting.MIN_SCORE, minScore);
    put(given, Setting.MIN_RELATIVE_SCORE, minRelativeScore);
    put(given, Setting.EXPOSURE_CORRECTION, exposureCorrection);
    if (weights != null) {
      for (Map.Entry<String, String> w : weights.entrySet()) {
        Setting setting = Setting.ofWeight(w.getKey()).orElseThrow(() -> UserError.usage(
            "--weights " + w.getKey() + "=" + w.getValue() + ": unknown signal '" + w.getKey() + "' (signals: " + Setting.signalNames() + ")"));
        given.put(setting, new Settings.Value(w.getValue().strip(), setting.option()));
      }
    }
    put(given, Setting.TAGS, tags);
    put(given, Setting.DATE_HALF_LIFE_DAYS, dateHalfLifeDays);
    put(given, Setting.OLDER_ONLY, olderOnly);
    put(given, Setting.MAX_AGE_DAYS, maxAgeDays);
    put(given, Setting.DEFAULT_LANGUAGE, defaultLanguage);
    put(given, Setting.ANY_LANGUAGE, anyLanguage);
    put(given, Setting.LATENT_DIMENSIONS, latentDimensions);
    put(given, Setting.LATENT_TRAINING_POSTS, latentTrainingPosts);
    put(given, Setting.BM25, bm25);
    put(given, Setting.FIELD_WEIGHTS, fieldWeights);
    put(given, Setting.MULTIWORD_TERMS, multiwordTerms);
    put(given, Setting.SUBWORD_MATCHING, subwordMatching);
    return Settings.of(given);
  }

  private static void put(Map<Setting, Settings.Value> given, Setting setting, @Nullable Object value) {
    if (value != null) {
      given.put(setting, new Settings.Value(value.toString().strip(), setting.option()));
    }
  }

  /** Returns the default weights as {@code --weights} takes them, for the help text. */
  static String defaultWeights() {
    Map<String, String> weights = new LinkedHashMap<>();
    for (Signal signal : Signal.values()) {
      weights.put(Setting.signalName(signal), String.format(Locale.ROOT, "%s", Weights.DEFAULT.of(signal)));
    }
    return weights.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(","));
  }

  /** Returns the help text's footer: the defaults that are not constants, and the exit codes. */
  static String[] footer() {
    return new String[] {
      "",
      "Default weights: " + defaultWeights(),
      "Default date half-life: " + Options.DEFAULT_DATE_HALF_LIFE.toDays() + " days",
      "Exit codes: 0 done, 1 bad or missing input data, 2 bad options or settings file."
    };
  }
}
