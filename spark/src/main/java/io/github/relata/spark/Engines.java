package io.github.relata.spark;

import io.github.relata.BatchScoring;
import io.github.relata.RelatedPosts;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The engine of each job's settings, built once per executor JVM (engines are not serializable, settings are). */
final class Engines {

  private static final Map<RelatedJob.Settings, BatchScoring> BY_SETTINGS = new ConcurrentHashMap<>();

  private Engines() {}

  static BatchScoring scoring(RelatedJob.Settings settings) {
    return BY_SETTINGS.computeIfAbsent(settings, s -> BatchScoring.of(
        RelatedPosts.builder().maxResults(s.maxResults()).latentTrainingPosts(s.latentTrainingPosts()).build()));
  }
}
