package io.github.relata;

import java.util.Collection;

/** What every snapshot of one engine shares: its options and the analysis they configure. */
final class Engine {

  final Options options;
  final Featurizer featurizer;

  Engine(Options options) {
    this.options = options;
    this.featurizer = new Featurizer(options);
  }

  IndexState index(Collection<Article> articles) {
    return IndexBuilder.build(this, articles);
  }
}
