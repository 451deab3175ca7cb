package io.github.relata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.Article;
import io.github.relata.RelatedPost;
import io.github.relata.Signal;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ExplainCommandTest {

  @TempDir Path dir;

  @Test
  void explain_printsTitleThenDateTitleScoreAndReasons() throws IOException {
    Path posts = TestPosts.nine(dir);
    Cli.Result result = Cli.run(Cli.args("explain", "--in", posts, "--id", "cup"));
    assertEquals(0, result.exitCode(), result.toString());
    List<String> lines = result.outLines();
    assertEquals("Cup final goes to penalties", lines.get(0));
    assertTrue(lines.get(1).startsWith("2022-05-28  cup  ("), lines.get(1));
    assertTrue(lines.size() >= 4 && lines.size() <= 2 + ExplainCommand.DEFAULT_K, result.out());
    String best = lines.get(2);
    assertTrue(best.matches("  2022-0\\d-\\d\\d  (Derby ends in a late winner|Striker signs for the champions) +0\\.\\d\\d  because: .*"), best);
    assertTrue(best.contains("football"), "a shared term: " + best);
    assertTrue(best.matches(".*\\(text 0\\.\\d\\d.*\\)"), "signal shares: " + best);
    assertEquals("", result.err());
  }

  @Test
  void explain_k_limitsTheList() throws IOException {
    Cli.Result result = Cli.run(Cli.args("explain", "--in", TestPosts.nine(dir), "--id", "java", "-k", "1"));
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals(3, result.outLines().size(), result.out());
    assertTrue(result.outLines().get(2).startsWith("  undated     Kotlin data classes compared with Java records  0."), result.out());
  }

  @Test
  void explain_unknownId_namesIdAndFile() throws IOException {
    Path posts = TestPosts.nine(dir);
    Cli.Result result = Cli.run(Cli.args("explain", "--in", posts, "--id", "nope"));
    assertEquals(1, result.exitCode(), result.toString());
    assertEquals("relata: " + posts + ": no post with id 'nope'\n", result.err());
    assertEquals("", result.out());
  }

  @Test
  void explain_readsStandardInput() {
    Cli.Result result = Cli.runWithInput(String.join("\n", TestPosts.NINE), "explain", "--in", "-", "--id", "bread");
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals("Baking sourdough bread at home", result.outLines().get(0));
  }

  @Test
  void format_oneEntry_readsAsASentence() {
    Article query = Article.builder("s3", "Smart specialisering i Stockholm").published(LocalDate.of(2017, 3, 8)).build();
    Article other = Article.builder("upphandling", "Smart specialisering och upphandling i fokus")
        .published(LocalDate.of(2018, 4, 13)).build();
    Map<Signal, Double> shares = new EnumMap<>(Signal.class);
    shares.put(Signal.TEXT, 0.31);
    shares.put(Signal.TAGS, 0.12);
    shares.put(Signal.DATE, 0.04);
    shares.put(Signal.LATENT, 0.15);
    RelatedPost related = new RelatedPost(
        other, 0.62, shares, List.of("smart specialisering", "Interreg Europe", "HIGHER"), List.of("regionalpolitik"), 0.8);
    assertEquals(
        List.of(
            "Smart specialisering i Stockholm",
            "2017-03-08  s3  (1 related post)",
            "  2018-04-13  Smart specialisering och upphandling i fokus  0.62  because: #regionalpolitik, smart specialisering,"
                + " Interreg Europe, HIGHER (text 0.31, tags 0.12, date 0.04, latent 0.15) [demoted x0.80: close to many posts]"),
        ExplainCommand.format(query, List.of(related)));
  }

  @Test
  void format_undatedAndLongTitles_lineUp() {
    Article query = Article.builder("q", "Query").build();
    Article longTitle = Article.builder("long", "A".repeat(80)).published(LocalDate.of(2020, 1, 1)).build();
    Article undated = Article.builder("short", "Short").build();
    List<String> lines = ExplainCommand.format(query, List.of(
        new RelatedPost(longTitle, 0.5, Map.of(Signal.TEXT, 0.5), List.of(), List.of(), 1),
        new RelatedPost(undated, 0.25, Map.of(Signal.TEXT, 0.25), List.of("short"), List.of(), 1.2)));
    assertEquals("undated     q  (2 related posts)", lines.get(1));
    assertEquals("  2020-01-01  " + "A".repeat(59) + "…  0.50  because: (text 0.50)", lines.get(2));
    assertEquals("  undated     Short" + " ".repeat(55) + "  0.25  because: short (text 0.25)", lines.get(3));
  }
}
