package io.github.relata.spring;

import io.github.relata.LiveIndex;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The {@code relata} health of {@code /actuator/health}: up, with the number of posts and when the index was
 * last built; down, with the error, when the index cannot be read.
 */
final class RelataHealthIndicator extends AbstractHealthIndicator {

  private final LiveIndex index;

  RelataHealthIndicator(LiveIndex index) {
    super("Relata index health check failed");
    this.index = index;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    builder.up().withDetail("posts", index.size()).withDetail("lastRebuild", index.lastBuilt().toString());
  }
}
