package io.github.relata.spring;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Hands the duration of each related-posts query to whoever listens (the Micrometer timer, when metrics are
 * on), so the servlet and {@link RelatedLists} need not know about metrics. Thread-safe.
 */
final class QueryTimings implements Consumer<Duration> {

  private final List<Consumer<Duration>> listeners = new CopyOnWriteArrayList<>();

  void listen(Consumer<Duration> listener) {
    listeners.add(listener);
  }

  @Override
  public void accept(Duration took) {
    for (Consumer<Duration> listener : listeners) {
      listener.accept(took);
    }
  }
}
