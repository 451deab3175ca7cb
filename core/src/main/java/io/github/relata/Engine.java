package io.github.relata;

import java.util.Collection;

/** What every snapshot of one engine shares: its options, the analysis they configure, and query scratch space. */
final class Engine {

  final Options options;
  final Featurizer featurizer;
  /** The candidate search's accumulators, shared by every snapshot of this engine. */
  final ScratchPool scratch = new ScratchPool();

  Engine(Options options) {
    this.options = options;
    this.featurizer = new Featurizer(options);
  }

  IndexState index(Collection<Article> articles) {
    return IndexBuilder.build(this, articles);
  }
}
