package io.github.relata.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks {@link Metrics} against {@code shared/tools/score_related.py} on the smallest real label corpus,
 * and against {@code shared/tools/score_links.py} on the smallest link corpus.
 * Skipped, with a message, where {@code ../shared} or {@code ../../shared} or {@code python3} is missing.
 */
final class MetricsAgreeWithReferenceScorerTest {

  private static final String CORPUS = "go_blog_en.jsonl";
  private static final String LINK_CORPUS = "go_blog_links_en";
  private static final Pattern LINKS_LINE = Pattern.compile(
      "Recall@10=(\\S+) hit@10=(\\S+) MRR=(\\S+) queries=(\\d+) missing=(\\d+) self=(\\d+)");
  private static final Pattern REFERENCE_LINE = Pattern.compile(
      "P@5=(\\S+) nDCG@10=(\\S+) MRR=(\\S+) queries=(\\d+) empty=(\\d+) self=(\\d+)");

  @TempDir Path dir;

  static Stream<Ranker> rankers() {
    return Stream.of(new PlainTfIdfRanker(), new LuceneMltRanker());
  }

  @ParameterizedTest
  @MethodSource("rankers")
  void metricsEqualTheReferenceScorersToThreeDecimals(Ranker ranker) throws Exception {
    Path workingDir = Path.of("").toAbsolutePath();
    Optional<Path> shared = SharedCorpora.find(workingDir).map(Path::getParent);
    assumeTrue(shared.isPresent(), "skipped: no ../shared or ../../shared beside " + workingDir);
    Path corpusFile = shared.get().resolve("corpora").resolve(CORPUS);
    Path scorer = shared.get().resolve("tools").resolve("score_related.py");
    assumeTrue(Files.isRegularFile(corpusFile), "skipped: " + corpusFile + " not found");
    assumeTrue(Files.isRegularFile(scorer), "skipped: " + scorer + " not found");
    assumeTrue(python3Available(), "skipped: python3 is not on the PATH");

    EvaluationResult result;
    try (ranker) {
      result = Evaluation.evaluate(Corpus.read(corpusFile), ranker, 10, dir);
    }
    Path related = dir.resolve(Corpus.nameOf(corpusFile) + "." + ranker.name() + ".jsonl");
    String reference = runScorer(scorer, corpusFile, related);

    Matcher m = REFERENCE_LINE.matcher(reference);
    assertTrue(m.find(), "unexpected score_related.py output: " + reference);
    QualityScores mine = (QualityScores) result.quality();
    assertEquals(m.group(1), Formats.threeDecimals(mine.precisionAt5()), "P@5");
    assertEquals(m.group(2), Formats.threeDecimals(mine.ndcgAt10()), "nDCG@10");
    assertEquals(m.group(3), Formats.threeDecimals(mine.mrr()), "MRR");
    assertEquals(Integer.parseInt(m.group(4)), mine.queries(), "queries");
    assertEquals(Integer.parseInt(m.group(5)), mine.emptyLists(), "empty");
    assertEquals(Integer.parseInt(m.group(6)), mine.selfHits(), "self");
  }

  @ParameterizedTest
  @MethodSource("rankers")
  void linkMetricsEqualTheReferenceScorersToThreeDecimals(Ranker ranker) throws Exception {
    Path workingDir = Path.of("").toAbsolutePath();
    Optional<Path> shared = SharedCorpora.find(workingDir).map(Path::getParent);
    assumeTrue(shared.isPresent(), "skipped: no ../shared or ../../shared beside " + workingDir);
    Path pool = shared.get().resolve("corpora").resolve(LINK_CORPUS + "_pool.jsonl");
    Path links = shared.get().resolve("corpora").resolve(LINK_CORPUS + "_links.jsonl");
    Path scorer = shared.get().resolve("tools").resolve("score_links.py");
    assumeTrue(Files.isRegularFile(pool) && Files.isRegularFile(links), "skipped: " + pool + " or " + links + " not found");
    assumeTrue(Files.isRegularFile(scorer), "skipped: " + scorer + " not found");
    assumeTrue(python3Available(), "skipped: python3 is not on the PATH");

    EvaluationResult result;
    try (ranker) {
      result = Evaluation.evaluate(Corpus.read(pool), ranker, 10, dir);
    }
    Path related = dir.resolve(LINK_CORPUS + "." + ranker.name() + ".jsonl");
    String reference = runScorer(scorer, links, related, "10");

    Matcher m = LINKS_LINE.matcher(reference);
    assertTrue(m.find(), "unexpected score_links.py output: " + reference);
    LinkScores mine = (LinkScores) result.quality();
    assertEquals(m.group(1), Formats.threeDecimals(mine.recallAt10()), "Recall@10");
    assertEquals(m.group(2), Formats.threeDecimals(mine.hitAt10()), "hit@10");
    assertEquals(m.group(3), Formats.threeDecimals(mine.mrr()), "MRR");
    assertEquals(Integer.parseInt(m.group(4)), mine.queries(), "queries");
    assertEquals("0", m.group(5), "missing: every query has a line");
    assertEquals(Integer.parseInt(m.group(6)), mine.selfHits(), "self");
  }

  private static boolean python3Available() {
    try {
      Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String runScorer(Path scorer, Path truth, Path related, String... more) throws Exception {
    List<String> command = new ArrayList<>(List.of("python3", scorer.toString(), truth.toString(), related.toString()));
    command.addAll(List.of(more));
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), scorer.getFileName() + " timed out");
    assertEquals(0, process.exitValue(), scorer.getFileName() + " failed: " + output);
    return output;
  }
}
