package io.github.relata;

import io.github.relata.analysis.Analyzer;
import io.github.relata.analysis.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a snapshot records of the engine that made it, to refuse an engine that would not give the same
 * answers from it: the settings that shaped the index, and for each language of its posts a fingerprint of
 * the analyzer (its class and description, and a digest of the tokens it makes of some of the posts' own
 * titles and summaries, since a custom analyzer cannot be saved).
 *
 * <p>An engine may load a snapshot when these match; the settings used only when answering (maxResults,
 * minScore, and the strengths of minRelativeScore and exposureCorrection) may differ. Neighbourhood
 * densities are stored, so an engine that uses them (either of those two above 0) needs a snapshot that
 * has them and the same settings that shaped them (weights, term weighting, date rules, languages).
 *
 * @param library the version of the library that wrote the snapshot
 * @param index settings that shaped every snapshot, by name
 * @param densities whether the snapshot has neighbourhood densities
 * @param densitySettings settings that shaped the densities, by name; empty without densities
 * @param analyzers one fingerprint per language of the posts
 */
record SnapshotSettings(
    String library, Map<String, String> index, boolean densities, Map<String, String> densitySettings, List<AnalyzerProbe> analyzers) {

  /** Titles and summaries of at most this many posts per language go into its analyzer's fingerprint. */
  static final int PROBE_POSTS = 8;

  /** Text that exercises the analysis chain whatever the posts are: markup, entities, hyphens, apostrophes, scripts. */
  static final String PROBE_TEXT =
      "<p>The <b>Smart</b> specialisation strategies &amp; e-post of EU:s regions, Anna's l'homme, 2018 S3 "
          + "co-operation. Regeringens specialiseringsstrategier för innovation och kluster i Malmö; "
          + "Die Straßenbahnhaltestelle und das Fahrrad. Ελλάδα 東京都 Сибирь</p>";

  /**
   * One language's analyzer as a snapshot knows it.
   *
   * @param language the ISO 639-1 code
   * @param description the analyzer's class and {@code toString()}
   * @param texts the texts the digest was made from
   * @param digest SHA-256 of the tokens the analyzer made of the texts
   */
  record AnalyzerProbe(String language, String description, List<String> texts, byte[] digest) {}

  /** Returns the settings of the engine that made {@code state}, with probes of the posts' languages. */
  static SnapshotSettings of(IndexData state) {
    Options options = state.engine().options();
    Map<String, List<String>> texts = new LinkedHashMap<>();
    TreeSet<String> languages = new TreeSet<>();
    state.languages().forEach((language, count) -> languages.add(language));
    for (String language : languages) {
      List<String> probe = new ArrayList<>();
      probe.add(PROBE_TEXT);
      texts.put(language, probe);
    }
    int full = 0;
    for (int o = 0; o < state.ordinalCount() && full < texts.size(); o++) {
      Doc doc = state.doc(o);
      List<String> probe = doc == null ? null : texts.get(doc.language);
      if (probe != null && probe.size() < 1 + 2 * PROBE_POSTS) {
        Article article = doc.article();
        probe.add(article.title());
        probe.add(article.summary());
        if (probe.size() == 1 + 2 * PROBE_POSTS) {
          full++;
        }
      }
    }
    List<AnalyzerProbe> probes = new ArrayList<>();
    texts.forEach((language, probe) -> {
      Analyzer analyzer = options.analyzerFor(language);
      probes.add(new AnalyzerProbe(language, describe(analyzer), List.copyOf(probe), digest(analyzer, probe)));
    });
    boolean densities = Density.used(options);
    return new SnapshotSettings(SnapshotFormat.LIBRARY_VERSION, indexSettings(options), densities,
        densities ? densitySettings(options) : Map.of(), probes);
  }

  /** The settings every snapshot depends on. */
  static Map<String, String> indexSettings(Options o) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("titleWeight", Double.toString(o.titleWeight()));
    s.put("summaryWeight", Double.toString(o.summaryWeight()));
    s.put("bodyWeight", Double.toString(o.bodyWeight()));
    s.put("multiwordTerms", Boolean.toString(o.multiwordTerms()));
    s.put("subwordMatching", Boolean.toString(o.subwordMatching()));
    s.put("defaultLanguage", o.defaultLanguage());
    s.put("latentDimensions", Integer.toString(o.latentDimensions()));
    s.put("retainBodies", Boolean.toString(o.retainBodies()));
    return s;
  }

  /** The settings that neighbourhood densities depend on. */
  static Map<String, String> densitySettings(Options o) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("weights", o.weights().toString());
    s.put("termWeighting", o.termWeighting().toString());
    s.put("dateHalfLife", o.dateHalfLife().toString());
    s.put("includeNewer", Boolean.toString(o.includeNewer()));
    s.put("maxAge", String.valueOf(o.maxAge()));
    s.put("sameLanguageOnly", Boolean.toString(o.sameLanguageOnly()));
    return s;
  }

  /** Returns how an engine with {@code options} differs from the one that made the snapshot, one entry per setting; empty when it may load it. */
  List<String> differences(Options options) {
    List<String> differences = new ArrayList<>();
    compare(index, indexSettings(options), "", differences);
    for (AnalyzerProbe probe : analyzers) {
      Analyzer analyzer = options.analyzerFor(probe.language());
      String description = describe(analyzer);
      if (!description.equals(probe.description())) {
        differences.add("the analyzer for " + probe.language() + " is " + probe.description() + " in the snapshot, " + description + " here");
      } else if (!Arrays.equals(digest(analyzer, probe.texts()), probe.digest())) {
        differences.add("the analyzer for " + probe.language() + " (" + description + ") makes other terms of the posts' text than the one that made the snapshot");
      }
    }
    if (Density.used(options)) {
      if (!densities) {
        differences.add("this engine uses neighbourhood densities (exposureCorrection " + options.exposureCorrection() + ", minRelativeScore "
            + options.minRelativeScore() + "), which the snapshot was made without (both 0)");
      } else {
        compare(densitySettings, densitySettings(options), " (it shaped the neighbourhood densities stored in the snapshot)", differences);
      }
    }
    return differences;
  }

  private static void compare(Map<String, String> saved, Map<String, String> current, String why, List<String> differences) {
    current.forEach((name, value) -> {
      String was = saved.get(name);
      if (!value.equals(was)) {
        differences.add(name + " is " + (was == null ? "not recorded" : was) + " in the snapshot, " + value + " here" + why);
      }
    });
  }

  /**
   * Describes an analyzer: its class, and its {@code toString()} where it has its own, without what differs
   * from one run to the next (lambda class numbers, identity hash codes of parts without a description).
   */
  static String describe(Analyzer analyzer) {
    Class<?> type = analyzer.getClass();
    boolean ownToString;
    try {
      ownToString = type.getMethod("toString").getDeclaringClass() != Object.class;
    } catch (NoSuchMethodException e) {
      ownToString = false;
    }
    String description = ownToString ? type.getName() + " " + analyzer : type.getName();
    return RUN_SPECIFIC.matcher(description).replaceAll("$1");
  }

  /** Lambda class suffixes ({@code $$Lambda$14/0x0000000800c03000}) and identity hashes ({@code @1b6d3586}). */
  private static final Pattern RUN_SPECIFIC = Pattern.compile("(\\$\\$Lambda)[$/\\w.]*|@[0-9a-f]{1,8}\\b");

  /** SHA-256 of each token's term, surface and joining, over every text. */
  static byte[] digest(Analyzer analyzer, List<String> texts) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    for (String text : texts) {
      for (Token token : analyzer.tokens(text)) {
        sha.update(token.term().getBytes(StandardCharsets.UTF_16BE));
        sha.update((byte) 0);
        sha.update(token.surface().getBytes(StandardCharsets.UTF_16BE));
        sha.update((byte) (token.joinedToPrevious() ? 1 : 2));
      }
      sha.update((byte) 3);
    }
    return sha.digest();
  }

  void write(SnapshotOutput out) throws IOException {
    out.writeString(library);
    writeMap(out, index);
    out.writeBoolean(densities);
    writeMap(out, densitySettings);
    out.writeInt(analyzers.size());
    for (AnalyzerProbe probe : analyzers) {
      out.writeString(probe.language());
      out.writeString(probe.description());
      out.writeInt(probe.texts().size());
      for (String text : probe.texts()) {
        out.writeString(text);
      }
      out.writeBytes(probe.digest());
    }
  }

  static SnapshotSettings read(SnapshotInput in) throws IOException {
    String library = in.readString("library version");
    Map<String, String> index = readMap(in);
    boolean densities = in.readBoolean();
    Map<String, String> densitySettings = readMap(in);
    int n = in.readCount("analyzers", 8);
    List<AnalyzerProbe> probes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String language = in.readString("analyzer language");
      String description = in.readString("analyzer description");
      int texts = in.readCount("probe texts", 4);
      List<String> probe = new ArrayList<>(texts);
      for (int t = 0; t < texts; t++) {
        probe.add(in.readString("probe text"));
      }
      probes.add(new AnalyzerProbe(language, description, probe, in.readBytes("analyzer digest")));
    }
    return new SnapshotSettings(library, index, densities, densitySettings, probes);
  }

  private static void writeMap(SnapshotOutput out, Map<String, String> map) throws IOException {
    out.writeInt(map.size());
    for (Map.Entry<String, String> e : map.entrySet()) {
      out.writeString(e.getKey());
      out.writeString(e.getValue());
    }
  }

  private static Map<String, String> readMap(SnapshotInput in) throws IOException {
    int n = in.readCount("settings", 8);
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      map.put(in.readString("setting name"), in.readString("setting value"));
    }
    return map;
  }
}
