package io.github.relata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.relata.Options;
import io.github.relata.TermWeighting;
import io.github.relata.Weights;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SettingsTest {

  @TempDir Path dir;

  private Path config(String... lines) throws IOException {
    return TestPosts.write(dir, "relata.properties", List.of(lines));
  }

  /** Parses a {@code related} command line as {@code relata} would, and returns the engine settings it makes. */
  private static Options options(String... args) {
    var command = Main.commandLine(new ByteArrayInputStream(new byte[0]), false);
    var parsed = command.parseArgs(args).subcommand();
    RelatedCommand related = (RelatedCommand) parsed.commandSpec().userObject();
    return related.engineOptions.settings().builder(RelatedCommand.DEFAULT_K).options();
  }

  @Test
  void defaults_areTheEngineDefaultsWithTheCommandsListLength() {
    Options options = Settings.none().builder(7).options();
    assertEquals(7, options.maxResults());
    assertEquals(Weights.DEFAULT, options.weights());
    assertEquals(Options.DEFAULT_DATE_HALF_LIFE, options.dateHalfLife());
    assertEquals(Options.NewerPosts.INCLUDED, options.newerPosts());
    assertEquals(Options.LanguageScope.SAME_LANGUAGE, options.languageScope());
  }

  @Test
  void read_everyKey_configuresTheEngine() throws IOException {
    Path file = config(
        "# Relata settings",
        "k = 3",
        "minScore=0.1",
        "minRelativeScore=0.2",
        "exposureCorrection=0",
        "weights.text=0.6",
        "weights.title=0.15",
        "weights.latent: 0.2",
        "weights.neighbours=0",
        "weights.keyTerms=0.1",
        "tags=false",
        "dateHalfLifeDays=30",
        "olderOnly=true",
        "maxAgeDays=365.5",
        "defaultLanguage=sv",
        "anyLanguage=true",
        "latentDimensions=0",
        "latentTrainingPosts=5000",
        "bm25=true",
        "fieldWeights=3,1,0.5",
        "multiwordTerms=false",
        "subwordMatching=false");
    Options options = options("related", "--in", "x", "--out", "y", "--config", file.toString());
    assertEquals(3, options.maxResults());
    assertEquals(0.1, options.minScore());
    assertEquals(new Weights(0.6, 0.15, 0.0, 0.1, Weights.DEFAULT.date(), 0.2, 0.0), options.weights());
    assertEquals(0.2, options.minRelativeScore());
    assertEquals(0.0, options.exposureCorrection());
    assertEquals(Duration.ofDays(30), options.dateHalfLife());
    assertEquals(Options.NewerPosts.EXCLUDED, options.newerPosts());
    assertEquals(Duration.ofHours(365 * 24 + 12), options.maxAge());
    assertEquals("sv", options.defaultLanguage());
    assertEquals(Options.LanguageScope.ANY_LANGUAGE, options.languageScope());
    assertEquals(0, options.latentDimensions());
    assertEquals(5000, options.latentTrainingPosts());
    assertEquals(TermWeighting.BM25, options.termWeighting());
    assertEquals(List.of(3.0, 1.0, 0.5), List.of(options.titleWeight(), options.summaryWeight(), options.bodyWeight()));
    assertEquals(Options.WordPairs.IGNORED, options.wordPairs());
    assertEquals(Options.Subwords.IGNORED, options.subwords());
  }

  @Test
  void defaultLanguage_aTagWithARegion_isItsLanguage() throws IOException {
    Path file = config("defaultLanguage=sv-SE");
    assertEquals("sv", options("related", "--in", "x", "--out", "y", "--config", file.toString()).defaultLanguage());
    assertEquals("en", options("related", "--in", "x", "--out", "y", "--default-language", "EN_us").defaultLanguage());
  }

  @Test
  void commandLine_overridesTheFile() throws IOException {
    Path file = config("k=3", "weights.text=0.6", "weights.date=0.2", "olderOnly=true", "tags=false", "bm25=true", "defaultLanguage=sv");
    Options options = options("related", "--in", "x", "--out", "y", "--config", file.toString(),
        "--k", "4", "--weights", "text=0.9", "--no-older-only", "--tags", "--no-bm25");
    assertEquals(4, options.maxResults());
    assertEquals(0.9, options.weights().text());
    assertEquals(0.2, options.weights().date(), "a weight the command line does not give keeps the file's");
    assertEquals(Weights.DEFAULT.tags(), options.weights().tags());
    assertEquals(Options.NewerPosts.INCLUDED, options.newerPosts());
    assertEquals(TermWeighting.TF_IDF, options.termWeighting());
    assertEquals("sv", options.defaultLanguage());
  }

  @Test
  void commandLine_optionsAlone() {
    Options options = options("related", "--in", "x", "--out", "y", "--older-only", "--no-tags", "--any-language",
        "--bm25", "--weights", "text=1,date=0.5", "--weights", "latent=0", "--max-age-days", "10", "--latent-dimensions", "20",
        "--latent-training-posts", "40000");
    assertEquals(Options.NewerPosts.EXCLUDED, options.newerPosts());
    assertEquals(new Weights(1, Weights.DEFAULT.title(), 0, 0, 0.5, 0, Weights.DEFAULT.neighbours()), options.weights());
    assertEquals(Options.LanguageScope.ANY_LANGUAGE, options.languageScope());
    assertEquals(TermWeighting.BM25, options.termWeighting());
    assertEquals(Duration.ofDays(10), options.maxAge());
    assertEquals(20, options.latentDimensions());
    assertEquals(40_000, options.latentTrainingPosts());
    assertNull(options("related", "--in", "x", "--out", "y").maxAge());
  }

  @Test
  void read_unknownKey_namesFileLineAndKey() throws IOException {
    Path file = config("k=3", "", "halfLife=30");
    UserError e = assertThrows(UserError.class, () -> Settings.read(file));
    assertEquals(UserError.USAGE, e.exitCode());
    assertTrue(e.getMessage().startsWith(file + ":3: unknown key 'halfLife' (known keys: k, minScore, "), e.getMessage());
  }

  @Test
  void builder_badValueInFile_namesFileLineKeyAndValue() throws IOException {
    assertBad(config("k=three"), file -> file + ":1: k must be a whole number: three");
    assertBad(config("# comment", "k=0"), file -> file + ":2: k must be at least 1: 0");
    assertBad(config("olderOnly=yes"), file -> file + ":1: olderOnly must be true or false: yes");
    assertBad(config("weights.text=-1"), file -> file + ":1: weights.text=-1: weight of text must be a finite number >= 0: -1.0");
    assertBad(config("dateHalfLifeDays=0"), file -> file + ":1: dateHalfLifeDays must be a number of days, more than 0 and at most 1000000: 0");
    assertBad(config("fieldWeights=1,2"), file -> file + ":1: fieldWeights must be three numbers, title,summary,body, such as 2,1,1: 1,2");
    assertBad(config("minScore=NaN"), file -> file + ":1: minScore must be a number: NaN");
    assertBad(config("defaultLanguage=english"), file -> file + ":1: defaultLanguage must be an ISO 639 language code such as sv or en: english");
    assertBad(config("defaultLanguage=xx-SE"), file -> file + ":1: defaultLanguage must be an ISO 639 language code such as sv or en: xx-SE");
  }

  private static void assertBad(Path file, java.util.function.Function<Path, String> message) {
    Settings settings = Settings.read(file);
    UserError e = assertThrows(UserError.class, () -> settings.builder(10));
    assertEquals(UserError.USAGE, e.exitCode());
    assertEquals(message.apply(file), e.getMessage());
  }

  @Test
  void read_missingFile_isAUsageErrorNamingIt() {
    Path missing = dir.resolve("missing.properties");
    UserError e = assertThrows(UserError.class, () -> Settings.read(missing));
    assertEquals(UserError.USAGE, e.exitCode());
    assertEquals(missing + ": no such file or directory", e.getMessage());
  }

  @Test
  void read_byteOrderMarkAndUtf8() throws IOException {
    Path file = dir.resolve("bom.properties");
    Files.write(file, "\uFEFFdefaultLanguage=sv\nk=2\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("sv", Settings.read(file).builder(10).options().defaultLanguage());
  }

  @Test
  void weights_allZero_isAUsageError() {
    UserError e = assertThrows(UserError.class, () -> options("related", "--in", "x", "--out", "y",
        "--weights", "text=0,title=0,tags=0,keyTerms=0,date=0,latent=0,neighbours=0"));
    assertTrue(e.getMessage().startsWith("weights: at least one weight other than date must be positive"), e.getMessage());
  }

  @Test
  void related_configFileAndOverride_endToEnd() throws IOException {
    Path posts = TestPosts.nine(dir);
    Path file = config("k=2");
    Path out = dir.resolve("related.jsonl");
    ObjectMapper json = new ObjectMapper();

    assertEquals(0, Cli.run(Cli.args("related", "--in", posts, "--out", out, "--config", file, "-q")).exitCode());
    int longest = 0;
    for (String line : Files.readAllLines(out)) {
      longest = Math.max(longest, json.readTree(line).get("related").size());
    }
    assertEquals(2, longest);

    assertEquals(0, Cli.run(Cli.args("related", "--in", posts, "--out", out, "--config", file, "-k", "1", "-q")).exitCode());
    for (String line : Files.readAllLines(out)) {
      assertTrue(json.readTree(line).get("related").size() <= 1, line);
    }
  }
}
