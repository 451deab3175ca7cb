package io.github.relata.cli;

import io.github.relata.Options;
import io.github.relata.RelatedPosts;
import io.github.relata.RelatedPostsBuilder;
import io.github.relata.Signal;
import io.github.relata.TermWeighting;
import io.github.relata.Weights;
import io.github.relata.imports.LanguageCodes;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Engine settings as a user gave them, each with where it was given, so that a bad value is reported with
 * its option or its file, line and key. Values stay text until {@link #builder(int)} parses them, so the
 * command line and a properties file are checked by the same code. Immutable.
 */
final class Settings {

  /**
   * One setting's value as written, and where.
   *
   * @param text the value, stripped
   * @param origin the option ({@code --k}) or the file, line and key ({@code relata.properties:3: k})
   */
  record Value(String text, String origin) {
    /** Returns the value as the user wrote it, for error messages: {@code --k=0}, {@code relata.properties:3: k=0}. */
    String describe() {
      return origin + "=" + text;
    }
  }

  private static final Settings NONE = new Settings(new EnumMap<>(Setting.class));

  private final Map<Setting, Value> values;

  private Settings(Map<Setting, Value> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /** Returns settings with nothing given, so every setting has the engine's default. */
  static Settings none() {
    return NONE;
  }

  /** Returns these settings. */
  static Settings of(Map<Setting, Value> values) {
    Map<Setting, Value> copy = new EnumMap<>(Setting.class);
    copy.putAll(values);
    return new Settings(copy);
  }

  /**
   * Reads settings from a properties file (UTF-8), whose keys are those of {@link Setting}.
   *
   * @param file the properties file
   * @return the settings it gives
   * @throws UserError a usage error naming the file if it cannot be read, and the key if a key is unknown
   */
  static Settings read(Path file) {
    String text;
    try {
      if (Files.isDirectory(file)) {
        throw UserError.usage(file + ": is a directory");
      }
      // The default decoder reports malformed input, where new String(bytes, UTF_8) would replace it.
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      throw UserError.usage(file + ": not valid UTF-8");
    } catch (IOException e) {
      throw UserError.usage(file + ": " + UserError.reason(e));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      throw UserError.usage(file + ": not a properties file: " + e.getMessage());
    }
    List<String> lines = text.lines().toList();
    Map<Setting, Value> values = new EnumMap<>(Setting.class);
    List<String> keys = properties.stringPropertyNames().stream()
        .sorted(Comparator.comparingInt((String key) -> lineOf(lines, key)).thenComparing(key -> key))
        .toList();
    for (String key : keys) {
      int line = lineOf(lines, key);
      String where = file + (line > 0 ? ":" + line : "");
      Setting setting = Setting.ofKey(key).orElseThrow(
          () -> UserError.usage(where + ": unknown key '" + key + "' (known keys: " + Setting.keys() + ")"));
      values.put(setting, new Value(properties.getProperty(key).strip(), where + ": " + key));
    }
    return new Settings(values);
  }

  /** Returns these settings with each one that {@code later} gives replaced by its value there. */
  Settings overriddenBy(Settings later) {
    Map<Setting, Value> merged = new EnumMap<>(Setting.class);
    merged.putAll(values);
    merged.putAll(later.values);
    return new Settings(merged);
  }

  /**
   * Returns an engine builder with these settings made.
   *
   * @param defaultK the list length when {@link Setting#K} is not given
   * @return the builder
   * @throws UserError a usage error naming the option or file and key, and the value, if a value is bad
   */
  RelatedPostsBuilder builder(int defaultK) {
    RelatedPostsBuilder engine = RelatedPosts.builder();
    if (!values.containsKey(Setting.K)) {
      engine.maxResults(defaultK);
    }
    apply(Setting.K, v -> engine.maxResults(wholeNumber(v, 1, Integer.MAX_VALUE)));
    apply(Setting.MIN_SCORE, v -> {
      double score = number(v);
      if (!(score >= 0 && score < 1)) {
        throw new BadValue("must be at least 0 and less than 1");
      }
      engine.minScore(score);
    });
    apply(Setting.MIN_RELATIVE_SCORE, v -> {
      double share = number(v);
      if (!(share >= 0 && share < 1)) {
        throw new BadValue("must be at least 0 and less than 1");
      }
      engine.minRelativeScore(share);
    });
    apply(Setting.EXPOSURE_CORRECTION, v -> {
      double strength = number(v);
      if (!(strength >= 0 && strength <= 1)) {
        throw new BadValue("must be from 0 to 1");
      }
      engine.exposureCorrection(strength);
    });
    engine.weights(weights());
    apply(Setting.DATE_HALF_LIFE_DAYS, v -> engine.dateHalfLife(days(v)));
    apply(Setting.OLDER_ONLY, v -> engine.newerPosts(bool(v) ? Options.NewerPosts.EXCLUDED : Options.NewerPosts.INCLUDED));
    apply(Setting.MAX_AGE_DAYS, v -> engine.maxAge(days(v)));
    apply(Setting.DEFAULT_LANGUAGE, v -> engine.defaultLanguage(
        LanguageCodes.primary(v).orElseThrow(() -> new BadValue("must be an ISO 639 language code such as sv or en"))));
    apply(Setting.ANY_LANGUAGE, v -> engine.languageScope(bool(v) ? Options.LanguageScope.ANY_LANGUAGE : Options.LanguageScope.SAME_LANGUAGE));
    apply(Setting.LATENT_DIMENSIONS, v -> engine.latentDimensions(wholeNumber(v, 0, 1000)));
    apply(Setting.LATENT_TRAINING_POSTS, v -> engine.latentTrainingPosts(wholeNumber(v, 100, 1_000_000)));
    apply(Setting.BM25, v -> engine.termWeighting(bool(v) ? TermWeighting.BM25 : TermWeighting.TF_IDF));
    apply(Setting.FIELD_WEIGHTS, v -> {
      String[] parts = v.split(",", -1);
      if (parts.length != 3) {
        throw new BadValue("must be three numbers, title,summary,body, such as 2,1,1");
      }
      double title = number(parts[0]);
      double summary = number(parts[1]);
      double body = number(parts[2]);
      if (title + summary + body <= 0) {
        throw new BadValue("must have at least one weight above 0");
      }
      engine.fieldWeights(title, summary, body);
    });
    apply(Setting.MULTIWORD_TERMS, v -> engine.wordPairs(bool(v) ? Options.WordPairs.INDEXED : Options.WordPairs.IGNORED));
    apply(Setting.SUBWORD_MATCHING, v -> engine.subwords(bool(v) ? Options.Subwords.MATCHED : Options.Subwords.IGNORED));
    return engine;
  }

  /** The default weights with each weight given replaced, and tags at 0 when tags are turned off. */
  private Weights weights() {
    Map<Signal, Double> weights = Weights.DEFAULT.asMap();
    for (Setting setting : Setting.values()) {
      Signal signal = setting.signal();
      if (signal != null) {
        // Weights.with checks the one value, and names the signal in its message.
        apply(setting, v -> weights.put(signal, Weights.DEFAULT.with(signal, number(v)).of(signal)));
      }
    }
    apply(Setting.TAGS, v -> {
      if (!bool(v)) {
        weights.put(Signal.TAGS, 0.0);
      }
    });
    try {
      return Weights.of(weights);
    } catch (IllegalArgumentException e) {
      throw UserError.usage("weights: " + e.getMessage());
    }
  }

  private interface Step {
    void apply(String value);
  }

  /** A value that breaks the setting's rule, said in the user's words: the message is "must be ...". */
  private static final class BadValue extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    BadValue(String rule) {
      super(rule);
    }
  }

  /**
   * Applies the value of {@code setting}, if given. A value that breaks a rule is reported as {@code --k must
   * be at least 1: 0} (or {@code relata.properties:3: k must be ...}); one the engine refuses, with the
   * engine's reason after the option and value.
   */
  private void apply(Setting setting, Step step) {
    Value value = values.get(setting);
    if (value == null) {
      return;
    }
    try {
      step.apply(value.text());
    } catch (BadValue e) {
      throw UserError.usage(value.origin() + " " + e.getMessage() + ": " + value.text());
    } catch (IllegalArgumentException e) {
      throw UserError.usage(value.describe() + ": " + e.getMessage());
    }
  }

  private static int wholeNumber(String text, int min, int max) {
    String s = text.strip();
    if (!s.matches("[+-]?\\d+")) {
      throw new BadValue("must be a whole number");
    }
    long value;
    try {
      value = Long.parseLong(s);
    } catch (NumberFormatException e) {
      value = s.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    if (max != Integer.MAX_VALUE && (value < min || value > max)) {
      throw new BadValue("must be between " + min + " and " + max);
    }
    if (value > max) {
      throw new BadValue("is too large (at most " + max + ")");
    }
    if (value < min) {
      throw new BadValue("must be at least " + min);
    }
    return (int) value;
  }

  private static double number(String text) {
    String s = text.strip();
    // Double.parseDouble also takes "1d", "0x1p3" and "NaN"; a settings value should look like a number.
    if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
      throw new BadValue("must be a number");
    }
    return Double.parseDouble(s);
  }

  private static Duration days(String text) {
    double days = number(text);
    if (!(days > 0) || days > 1_000_000) {
      throw new BadValue("must be a number of days, more than 0 and at most 1000000");
    }
    return Duration.ofSeconds(Math.round(days * 86_400));
  }

  private static boolean bool(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new BadValue("must be true or false");
    };
  }

  /**
   * Returns the 1-based line that sets {@code key} last (the one {@link Properties} keeps), or 0 when it
   * cannot be told (an escaped key, say).
   */
  private static int lineOf(List<String> lines, String key) {
    int found = 0;
    boolean continued = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).stripLeading();
      boolean isContinuation = continued;
      continued = endsWithOddBackslashes(line) && !line.startsWith("#") && !line.startsWith("!");
      if (isContinuation || !line.startsWith(key)) {
        continue;
      }
      if (line.length() == key.length() || "=: \t\f".indexOf(line.charAt(key.length())) >= 0) {
        found = i + 1;
      }
    }
    return found;
  }

  private static boolean endsWithOddBackslashes(String line) {
    int n = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      n++;
    }
    return n % 2 == 1;
  }

  @Override
  public String toString() {
    return "Settings" + values;
  }
}
