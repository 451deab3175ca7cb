package io.github.relata.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The command-line evaluation: runs every ranker on every corpus in one process and prints a Markdown
 * table of quality and cost.
 *
 * <pre>{@code
 * java io.github.relata.bench.Evaluate [--k 10] [--write-related DIR] [--rankers a,b] [corpus.jsonl ...]
 * }</pre>
 *
 * <p>Without corpus arguments it reads every {@code *.jsonl} in {@code ../shared/corpora}, or else in
 * {@code ../../shared/corpora}, relative to the working directory. Exit status: 0 on success, 1 when a
 * file cannot be read or written, 2 on a usage error or when no corpus is found. Progress goes to
 * standard error, the table to standard output.
 */
public final class Evaluate {

  static final int OK = 0;
  static final int IO_ERROR = 1;
  static final int USAGE_ERROR = 2;
  static final int BELOW_BASELINE = 3;

  private Evaluate() {}

  /** Runs the evaluation; exits with a non-zero status on failure. */
  public static void main(String[] args) {
    int status = run(args, Path.of("").toAbsolutePath(), System.out, System.err);
    if (status != OK) {
      System.exit(status);
    }
  }

  /** Runs the evaluation with {@code workingDir} as the base of the default corpus paths; returns the exit status. */
  static int run(String[] args, Path workingDir, PrintStream out, PrintStream err) {
    EvaluateOptions options;
    List<Supplier<Ranker>> rankers;
    try {
      options = EvaluateOptions.parse(args);
      rankers = options.rankers().isEmpty() ? Rankers.all() : Rankers.named(options.rankers());
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(EvaluateOptions.USAGE);
      return USAGE_ERROR;
    }
    if (options.help()) {
      out.println(EvaluateOptions.USAGE);
      return OK;
    }
    try {
      List<Path> corpora = options.corpora().isEmpty() ? SharedCorpora.defaultCorpora(workingDir) : options.corpora();
      if (corpora.isEmpty()) {
        err.println("No corpora found: the evaluation needs the labelled corpora (*.jsonl) in "
            + "../shared/corpora or ../../shared/corpora relative to " + workingDir
            + ", or corpus files given as arguments.");
        return USAGE_ERROR;
      }
      for (Path corpus : corpora) {
        if (!Files.isRegularFile(corpus)) {
          err.println("error: no such corpus file: " + corpus);
          return USAGE_ERROR;
        }
      }
      List<EvaluationResult> results =
          Evaluation.run(corpora, rankers, options.k(), options.relatedDir(), result -> progress(err, result));
      out.print(MarkdownTable.render(results));
      QualityGoals goals = QualityGoals.of(results);
      if (!goals.rows().isEmpty()) {
        out.println();
        out.print(goals.render());
      }
      String calibration = Calibration.render(results, QualityGoals.RELATA);
      if (!calibration.isEmpty()) {
        out.println();
        out.println("What a score means: the share of relata's top-10 entries in each score band that share a label with their query (entries):");
        out.println();
        out.print(calibration);
      }
      out.flush();
      if (options.guard() && !goals.regressions().isEmpty()) {
        err.println("error: relata is below the better baseline (nDCG@10 or Recall@10) on: " + String.join(", ", goals.regressions()));
        return BELOW_BASELINE;
      }
      return OK;
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return IO_ERROR;
    }
  }

  private static void progress(PrintStream err, EvaluationResult result) {
    err.println(String.format(Locale.ROOT, "%s %s: %s, build %.0f ms", result.corpus(), result.ranker(),
        result.quality().toReferenceFormat(), result.performance().buildMillis()));
  }
}
