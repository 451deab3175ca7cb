package io.github.relata.cli;

import io.github.relata.Signal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One engine setting a user can give, with its key in a properties file and its command-line option: the
 * key is the option's name in camel case ({@code --date-half-life-days} and {@code dateHalfLifeDays}), and
 * each weight is {@code weights.SIGNAL} in a file and {@code --weights SIGNAL=W} on the command line.
 */
enum Setting {
  K("k", "--k"),
  MIN_SCORE("minScore", "--min-score"),
  MIN_RELATIVE_SCORE("minRelativeScore", "--min-relative-score"),
  EXPOSURE_CORRECTION("exposureCorrection", "--exposure-correction"),
  WEIGHT_TEXT(Signal.TEXT),
  WEIGHT_TITLE(Signal.TITLE),
  WEIGHT_TAGS(Signal.TAGS),
  WEIGHT_KEY_TERMS(Signal.KEY_TERMS),
  WEIGHT_DATE(Signal.DATE),
  WEIGHT_LATENT(Signal.LATENT),
  WEIGHT_NEIGHBOURS(Signal.NEIGHBOURS),
  TAGS("tags", "--tags"),
  DATE_HALF_LIFE_DAYS("dateHalfLifeDays", "--date-half-life-days"),
  OLDER_ONLY("olderOnly", "--older-only"),
  MAX_AGE_DAYS("maxAgeDays", "--max-age-days"),
  DEFAULT_LANGUAGE("defaultLanguage", "--default-language"),
  ANY_LANGUAGE("anyLanguage", "--any-language"),
  LATENT_DIMENSIONS("latentDimensions", "--latent-dimensions"),
  LATENT_TRAINING_POSTS("latentTrainingPosts", "--latent-training-posts"),
  BM25("bm25", "--bm25"),
  FIELD_WEIGHTS("fieldWeights", "--field-weights"),
  MULTIWORD_TERMS("multiwordTerms", "--multiword-terms"),
  SUBWORD_MATCHING("subwordMatching", "--subword-matching");

  private final String key;
  private final String option;
  private final @Nullable Signal signal;

  Setting(String key, String option) {
    this.key = key;
    this.option = option;
    this.signal = null;
  }

  Setting(Signal signal) {
    this.key = "weights." + signalName(signal);
    this.option = "--weights " + signalName(signal);
    this.signal = signal;
  }

  /** Returns the key in a properties file, such as {@code dateHalfLifeDays} or {@code weights.text}. */
  String key() {
    return key;
  }

  /** Returns the command-line option, such as {@code --date-half-life-days} or {@code --weights text}. */
  String option() {
    return option;
  }

  /** Returns the signal whose weight this is, or null when it is not a weight. */
  @Nullable Signal signal() {
    return signal;
  }

  /** Returns the setting with this properties key, if there is one. */
  static Optional<Setting> ofKey(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
  }

  /** Returns the weight setting of the signal with this name ({@code text}, {@code keyTerms}, ...). */
  static Optional<Setting> ofWeight(String signalName) {
    return Arrays.stream(values())
        .filter(s -> s.signal != null && signalName(s.signal).equalsIgnoreCase(signalName.strip()))
        .findFirst();
  }

  /** Returns every properties key, comma-separated, for error messages. */
  static String keys() {
    return Arrays.stream(values()).map(Setting::key).collect(Collectors.joining(", "));
  }

  /** Returns every signal name, comma-separated, for error messages. */
  static String signalNames() {
    return Arrays.stream(Signal.values()).map(Setting::signalName).collect(Collectors.joining(", "));
  }

  /** Returns a signal's name as users write it: {@code text}, {@code keyTerms}, {@code neighbours}. */
  static String signalName(Signal signal) {
    String[] words = signal.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder name = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i], 1, words[i].length());
    }
    return name.toString();
  }
}
