package io.github.relata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class MainTest {

  @TempDir Path dir;

  /** Runs {@code related} on the nine posts with extra options, and checks it is refused as a usage error. */
  private Cli.Result usageError(String... options) throws IOException {
    Path out = dir.resolve("related.jsonl");
    List<String> args = new ArrayList<>(List.of(Cli.args("related", "--in", TestPosts.nine(dir), "--out", out)));
    args.addAll(List.of(options));
    Cli.Result result = Cli.run(args.toArray(String[]::new));
    assertEquals(2, result.exitCode(), result.toString());
    assertTrue(result.err().startsWith("relata: "), result.err());
    assertFalse(result.err().contains("\tat "), "no stack trace: " + result.err());
    assertFalse(Files.exists(out), "nothing written");
    return result;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--k|0|relata: --k must be at least 1: 0",
    "--k|ten|relata: --k must be a whole number: ten",
    "--k|99999999999|relata: --k is too large (at most 2147483647): 99999999999",
    "--min-score|1.5|relata: --min-score must be at least 0 and less than 1: 1.5",
    "--weights|text=-1|relata: --weights text=-1: weight of text must be a finite number >= 0: -1.0",
    "--weights|colour=1|relata: --weights colour=1: unknown signal 'colour' (signals: text, title, tags, keyTerms, date, latent, neighbours)",
    "--date-half-life-days|-7|relata: --date-half-life-days must be a number of days, more than 0 and at most 1000000: -7",
    "--max-age-days|soon|relata: --max-age-days must be a number: soon",
    "--latent-dimensions|5000|relata: --latent-dimensions must be between 0 and 1000: 5000",
    "--field-weights|0,0,0|relata: --field-weights must have at least one weight above 0: 0,0,0",
    "--default-language|english|relata: --default-language must be an ISO 639 language code such as sv or en: english",
    "--default-language|xx|relata: --default-language must be an ISO 639 language code such as sv or en: xx",
    "--format|html|relata: --format must be one of ids, rich, hugo, jekyll: html",
    "--order|oldest|relata: --order must be score or newest: oldest",
    "--max-post-size|big|relata: --max-post-size must be a size such as 10MB, 512KiB or 2000000 (bytes): big",
  })
  void related_badOptionValue_exitsTwoNamingTheValue(String option, String value, String message) throws IOException {
    assertEquals(message + "\n", usageError(option, value).err());
  }

  @Test
  void related_unknownOption_exitsTwo() throws IOException {
    Cli.Result result = usageError("--frobnicate");
    assertTrue(result.err().contains("Unknown option: '--frobnicate'"), result.err());
    assertTrue(result.err().contains("Try 'relata related --help'"), result.err());
  }

  @Test
  void related_weightWithoutValue_exitsTwo() throws IOException {
    assertTrue(usageError("--weights", "text").err().contains("text"));
  }

  @Test
  void related_missingRequiredOption_exitsTwo() {
    Cli.Result result = Cli.run("related", "--in", "posts.jsonl");
    assertEquals(2, result.exitCode(), result.toString());
    assertTrue(result.err().startsWith("relata: Missing required option: '--out=FILE'"), result.err());
    Cli.Result noInput = Cli.run("related", "--out", "related.jsonl");
    assertEquals(2, noInput.exitCode(), noInput.toString());
    assertEquals("relata: Missing required option: '--in=FILE' or '--from=FORMAT:PATH'\n", noInput.err());
    Cli.Result both = Cli.run("related", "--in", "a.jsonl", "--from", "jsonl:b.jsonl", "--out", "related.jsonl");
    assertEquals("relata: --in and --from name the input twice: give one\n", both.err());
    Cli.Result badFrom = Cli.run("related", "--from", "csv:posts.csv", "--out", "related.jsonl");
    assertEquals("relata: --from must be FORMAT:PATH, FORMAT one of hugo, jekyll, wxr, feed, jsonl, json: csv:posts.csv\n", badFrom.err());
  }

  @Test
  void badSettings_areReportedBeforeTheInputIsRead() {
    Cli.Result result = Cli.run("related", "--in", "missing.jsonl", "--out", "out.jsonl", "--k", "0");
    assertEquals(2, result.exitCode(), result.toString());
  }

  @Test
  void badConfigFile_exitsTwoNamingFileKeyAndValue() throws IOException {
    Path config = TestPosts.write(dir, "relata.properties", List.of("k=10", "olderOnly=maybe"));
    Cli.Result result = usageError("--config", config.toString());
    assertEquals("relata: " + config + ":2: olderOnly must be true or false: maybe\n", result.err());
  }

  @Test
  void noCommand_printsUsageAndExitsTwo() {
    Cli.Result result = Cli.run();
    assertEquals(2, result.exitCode());
    assertTrue(result.err().startsWith("Usage: relata"), result.err());
    assertTrue(result.err().contains("related"), result.err());
  }

  @Test
  void unknownCommand_exitsTwo() {
    Cli.Result result = Cli.run("relate");
    assertEquals(2, result.exitCode());
    assertTrue(result.err().startsWith("relata: Unmatched argument at index 0: 'relate'"), result.err());
  }

  @Test
  void version_printsTheProjectVersion() {
    Cli.Result result = Cli.run("--version");
    assertEquals(0, result.exitCode());
    assertTrue(result.out().matches("relata \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), result.out());
  }

  @Test
  void help_listsCommandsAndOptions() {
    Cli.Result top = Cli.run("--help");
    assertEquals(0, top.exitCode());
    for (String command : List.of("related", "explain", "sample")) {
      assertTrue(top.out().contains(command), top.out());
    }
    Cli.Result related = Cli.run("related", "--help");
    assertEquals(0, related.exitCode());
    for (String option : List.of("--in", "--out", "--k", "--config", "--weights", "--date-half-life-days", "--[no-]older-only",
        "--max-age-days", "--min-score", "--default-language", "--[no-]tags", "--[no-]any-language", "--latent-dimensions",
        "--[no-]bm25", "--field-weights", "--quiet", "Default weights: text=0.55")) {
      assertTrue(related.out().contains(option), option + " in " + related.out());
    }
    assertEquals(0, Cli.run("help", "explain").exitCode());
  }
}
