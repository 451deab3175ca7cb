package io.github.relata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.imports.ImportFormat;
import io.github.relata.imports.SiteFixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code $ relata ...} line of the README's {@code console} blocks on the files it names and
 * checks that the tool prints what the README shows. Files the README shows in blocks such as {@code
 * ```jsonl broken.jsonl} are written as shown; the sites are the fixture sites. Times and rates are the
 * only figures allowed to differ.
 */
final class CliReadmeTest {

  private static final Set<String> FILE_OPTIONS = Set.of("--in", "--out", "--config", "--snapshot");

  @TempDir Path dir;

  private void writeFiles() throws Exception {
    Files.writeString(dir.resolve("posts.jsonl"), Cli.run("sample").out(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("empty.jsonl"), "");
    SiteFixtures.hugoSite(dir.resolve("my-site"), 120);
    SiteFixtures.jekyllSite(dir.resolve("my-blog"), 120);
    SiteFixtures.wxr(dir.resolve("export.xml"), 120);
    SiteFixtures.rssFeed(dir.resolve("feed.xml"), 120);
    for (Readme.Block block : Readme.blocks()) {
      String[] info = block.info().split("\\s+");
      if (info.length == 2) {
        Files.writeString(dir.resolve(info[1]), block.text(), StandardCharsets.UTF_8);
      }
    }
  }

  @Test
  void everyConsoleExample_printsWhatTheReadmeShows() throws Exception {
    writeFiles();
    int commands = 0;
    for (Readme.Block block : Readme.blocks()) {
      if (!block.info().equals("console")) {
        continue;
      }
      List<String> lines = block.lines();
      for (int i = 0; i < lines.size(); i++) {
        assertTrue(lines.get(i).startsWith("$ relata "), "a console block starts with a command: " + lines.get(i));
        List<String> expected = new ArrayList<>();
        int j = i + 1;
        for (; j < lines.size() && !lines.get(j).startsWith("$ "); j++) {
          expected.add(lines.get(j));
        }
        Cli.Result result = Cli.run(args(lines.get(i).substring("$ relata ".length())));
        List<String> actual = new ArrayList<>();
        for (String line : (result.out() + result.err()).replace(dir + "/", "").lines().toList()) {
          if (!line.matches("^(reading|indexing|ranking|loading|saving)\\b.*")) {
            actual.add(line);
          }
        }
        assertEquals(normalized(expected), normalized(actual), lines.get(i) + "\n--- it printed:\n" + String.join("\n", actual));
        commands++;
        i = j - 1;
      }
    }
    assertTrue(commands >= 14, "console examples run: " + commands);
  }

  /** Returns the arguments of a README command, with file names in the test's folder. */
  private String[] args(String command) {
    List<String> args = new ArrayList<>();
    String previous = "";
    for (String arg : command.split(" ")) {
      int colon = arg.indexOf(':');
      if (previous.equals("--from") && colon > 0 && ImportFormat.ofLabel(arg.substring(0, colon)).isPresent()) {
        arg = arg.substring(0, colon + 1) + dir.resolve(arg.substring(colon + 1));
      } else if (FILE_OPTIONS.contains(previous) && !arg.equals("-")) {
        arg = dir.resolve(arg).toString();
      }
      args.add(arg);
      previous = arg;
    }
    return args.toArray(String[]::new);
  }

  /** Returns the lines with times and rates replaced by N. */
  private static List<String> normalized(List<String> lines) {
    return lines.stream()
        .map(line -> line.replaceAll(" in \\d+(\\.\\d+)? s;", " in N s;"))
        .map(line -> line.matches("\\d+ posts, .*") ? line.replaceAll(", \\d+(\\.\\d+)? s, \\d+ posts/s, peak heap \\d+ MB$", ", N s, N posts/s, peak heap N MB") : line)
        .toList();
  }

  /**
   * The README's log of a long run is what {@link Progress} and {@link RunSummary} write for a run with those
   * times: the phases' ends, the ranking's first tenth (the README elides the other tenths as "..."), the summary.
   */
  @Test
  void progressExample_isWhatALongRunLogs() throws Exception {
    long[] now = {0};
    StringWriter log = new StringWriter();
    PrintWriter err = new PrintWriter(log);
    int posts = 10_246;
    try (Progress progress = new Progress(err, false, () -> now[0], Progress.DEFAULT_DELAY_NANOS, 0)) {
      progress.phase("reading", 0);
      now[0] = nanos(2.9);
      progress.phase("indexing", 0);
      now[0] = nanos(2.9 + 30.1);
      progress.phase("ranking", posts);
      progress.advance(1036);
      now[0] = nanos(2.9 + 30.1 + 4.9);
      progress.draw();
      progress.advance(posts - 1036);
      now[0] = nanos(2.9 + 30.1 + 22.1);
      progress.finish();
    }
    err.println(new RunSummary(posts, 55.6, 948_000_000L).format());
    err.flush();
    List<String> shown = Readme.block("log").lines().filter(line -> !line.equals("...")).toList();

    assertEquals(shown, log.toString().lines().toList());
  }

  private static long nanos(double seconds) {
    return Math.round(seconds * 1e9);
  }

  @Test
  void noPathOfTheBuildMachine_andNoOfflineBuild() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    assertFalse(readme.contains("/work/"), "the README speaks to a user on their own machine");
    assertFalse(readme.matches("(?s).*mvn [^\\n]*-o\\b.*"), "no offline build in the README");
    assertFalse(readme.contains("cd /"), "no cd into a path of this machine");
  }
}
