package io.github.relata.spring;

import io.github.relata.LiveIndex;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Micrometer meters of the index: {@code relata.index.posts} (gauge, posts), {@code
 * relata.index.last.rebuild} (gauge, seconds since the epoch when the index was last built) and {@code
 * relata.query} (timer of related-posts queries, from the endpoint and {@link RelatedLists}).
 */
final class RelataMetrics implements MeterBinder {

  private final LiveIndex index;
  private final QueryTimings timings;

  RelataMetrics(LiveIndex index, QueryTimings timings) {
    this.index = index;
    this.timings = timings;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("relata.index.posts", index, LiveIndex::size).description("Posts in the related-posts index").baseUnit("posts").register(registry);
    Gauge.builder("relata.index.last.rebuild", index, i -> i.lastBuilt().toEpochMilli() / 1000.0)
        .description("When the related-posts index was built or last rebuilt, in seconds since the epoch")
        .baseUnit("seconds")
        .register(registry);
    Timer timer = Timer.builder("relata.query").description("Related-posts queries").register(registry);
    timings.listen(timer::record);
  }
}
