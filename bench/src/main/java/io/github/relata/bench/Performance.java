package io.github.relata.bench;

/**
 * What one ranker cost on one corpus.
 *
 * @param p50Millis median latency of one {@code related} call, in milliseconds (nearest rank)
 * @param p99Millis 99th-percentile latency of one {@code related} call, in milliseconds (nearest rank)
 * @param buildMillis wall time of {@link Ranker#index}, in milliseconds
 * @param heapMegabytes used heap after indexing minus used heap before, each read after a few
 *     {@code System.gc()} calls, in MiB; approximate (the JVM may not collect everything, and the figure
 *     can even be slightly negative for a tiny index)
 */
public record Performance(double p50Millis, double p99Millis, double buildMillis, double heapMegabytes) {}
