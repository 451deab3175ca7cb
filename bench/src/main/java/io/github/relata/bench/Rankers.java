package io.github.relata.bench;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.relata.Options;
import io.github.relata.Signal;
import io.github.relata.TermWeighting;
import io.github.relata.Weights;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The registry of rankers that {@link Evaluate} runs: the one place to add a method.
 *
 * <p>To add a ranker, add its constructor to {@link #FACTORIES}, e.g. {@code RelataRanker::new}.
 */
public final class Rankers {

  private static final List<Supplier<Ranker>> FACTORIES =
      List.of(
          RelataRanker::new,
          PlainTfIdfRanker::new,
          LuceneMltRanker::new);

  /**
   * Relata with one part turned off, to measure what each part adds; run by name only (for example
   * {@code --rankers relata,relata-no-latent}), never by default.
   */
  private static final List<Supplier<Ranker>> VARIANTS =
      List.of(
          () -> RelataRanker.variant("relata-no-title", b -> b.weights(Weights.DEFAULT.with(Signal.TITLE, 0))),
          () -> RelataRanker.variant("relata-no-date", b -> b.weights(Weights.DEFAULT.with(Signal.DATE, 0))),
          () -> RelataRanker.variant("relata-no-neighbours", b -> b.weights(Weights.DEFAULT.with(Signal.NEIGHBOURS, 0))),
          () -> RelataRanker.variant("relata-no-latent", b -> b.latentDimensions(0)),
          () -> RelataRanker.variant("relata-latent-train-1000", b -> b.latentTrainingPosts(1000)),
          () -> RelataRanker.variant("relata-latent-train-3000", b -> b.latentTrainingPosts(3000)),
          () -> RelataRanker.variant("relata-latent-pair", b -> b.weights(Weights.DEFAULT.with(Signal.LATENT, 0.3))),
          () -> RelataRanker.variant("relata-no-exposure", b -> b.exposureCorrection(0)),
          () -> RelataRanker.variant("relata-no-cut", b -> b.minRelativeScore(0).minScore(0)),
          () -> RelataRanker.variant("relata-no-subwords", b -> b.subwords(Options.Subwords.IGNORED)),
          () -> RelataRanker.variant("relata-no-pairs", b -> b.wordPairs(Options.WordPairs.IGNORED)),
          () -> RelataRanker.variant("relata-bm25", b -> b.termWeighting(TermWeighting.BM25)));

  private Rankers() {}

  /** Returns factories for every registered ranker, in report order; each call of one gives a new ranker. */
  public static List<Supplier<Ranker>> all() {
    return FACTORIES;
  }

  /** Returns the names of the registered rankers, in report order. */
  public static List<String> names() {
    List<String> names = new ArrayList<>();
    for (Supplier<Ranker> factory : FACTORIES) {
      try (Ranker ranker = factory.get()) {
        names.add(ranker.name());
      }
    }
    return names;
  }

  /**
   * Returns the factories of the named rankers, in the given order: registered rankers and the variants.
   *
   * @param names ranker names as returned by {@link Ranker#name()}
   * @return one factory per name
   * @throws IllegalArgumentException if a name is not registered
   */
  public static List<Supplier<Ranker>> named(List<String> names) {
    checkNotNull(names, "names");
    List<Supplier<Ranker>> everything = new ArrayList<>(FACTORIES);
    everything.addAll(VARIANTS);
    List<String> known = new ArrayList<>();
    for (Supplier<Ranker> factory : everything) {
      try (Ranker ranker = factory.get()) {
        known.add(ranker.name());
      }
    }
    List<Supplier<Ranker>> result = new ArrayList<>();
    for (String name : names) {
      int index = known.indexOf(name);
      checkArgument(index >= 0, "unknown ranker: %s (known: %s)", name, String.join(", ", known));
      result.add(everything.get(index));
    }
    return result;
  }
}
