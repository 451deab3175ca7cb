package io.github.relata.bench.perf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.analysis.Analyzer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Analysis stays linear on every adversarial text: the CPU time per MB at {@value #LARGE_MB} MB is less than
 * {@value #FACTOR} times that at 1 MB, where a quadratic step would make it about 4 times. Not a timed
 * limit: only the ratio counts, and the analysing thread's CPU time does not count waits for a core, so a
 * loaded machine does not fail it. {@code Bench analysis-linearity} gives the figures at 1, 10 and 100 MB.
 */
final class AnalysisLinearityTest {

  static final int LARGE_MB = 4;
  static final double FACTOR = 3;
  private static final Function<String, ?> SWEDISH = Analyzer.forLanguage("sv")::tokens;

  @BeforeAll
  static void warmUp() {
    AnalysisLinearity.warmUp(linearInputs(), List.of(AnalysisLinearity.Step.SV));
  }

  /** Every input but those of open defects. */
  private static List<AdversarialText> linearInputs() {
    return Arrays.stream(AdversarialText.values()).filter(t -> t != AdversarialText.COMBINING_MARKS).toList();
  }

  @Test
  void analysisTimePerMbStaysFlatFromOneToFourMb_onEveryAdversarialText() {
    StringBuilder failures = new StringBuilder();
    for (AdversarialText input : linearInputs()) {
      double ratio = ratio(SWEDISH, input, 1_000_000);
      if (!(ratio < FACTOR)) {
        failures.append(String.format(Locale.ROOT, "%s: %.2f; ", input.key(), ratio));
      }
    }
    assertTrue(failures.length() == 0, "CPU time per MB at " + LARGE_MB + " MB over 1 MB, at least " + FACTOR + ": " + failures);
  }

  /**
   * Unicode normalisation ({@code java.text.Normalizer}) reorders a run of combining marks by insertion, in
   * time quadratic in the run's length (about 110 s per MB at 1 MB before the core cut such runs to 30).
   */
  @Test
  void analysisTimePerMbStaysFlat_onARunOfCombiningMarks() {
    double ratio = ratio(SWEDISH, AdversarialText.COMBINING_MARKS, 1_000_000);
    assertTrue(ratio < FACTOR, () -> "CPU time per MB at " + LARGE_MB + " MB over 1 MB: " + ratio);
  }

  /** Returns the CPU time per MB at {@value #LARGE_MB} times {@code small} bytes over that at {@code small}, each the best of a few calls. */
  private static double ratio(Function<String, ?> analysis, AdversarialText input, long small) {
    long large = LARGE_MB * small;
    double perMbSmall = AnalysisLinearity.time(analysis, input.text(small), small, 3).cpu();
    double perMbLarge = AnalysisLinearity.time(analysis, input.text(large), large, 2).cpu();
    return perMbLarge / perMbSmall;
  }
}
