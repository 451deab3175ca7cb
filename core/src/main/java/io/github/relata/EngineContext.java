package io.github.relata;

/**
 * What every snapshot of one engine shares: its options, the analysis they configure, and the candidate
 * search's scratch space.
 *
 * @param options the engine's settings
 * @param featurizer the analysis of posts under {@code options}
 * @param scratch the candidate search's accumulators, lent to one query at a time
 */
record EngineContext(Options options, Featurizer featurizer, ScratchPool scratch) {

  /** Returns the context of a new engine with {@code options}. */
  static EngineContext of(Options options) {
    return new EngineContext(options, new Featurizer(options), new ScratchPool());
  }
}
