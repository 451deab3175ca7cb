/**
 * The performance suite: Relata beside Lucene MoreLikeThis at 10k, 100k and 1M posts, made reproducibly
 * from the labelled corpora's real text.
 *
 * <ul>
 *   <li>{@link io.github.relata.bench.perf.SyntheticCorpus}: the post generator (fixed seed, streaming,
 *       JSON Lines output).
 *   <li>JMH benchmarks: {@link io.github.relata.bench.perf.BuildBenchmark} (index build),
 *       {@link io.github.relata.bench.perf.AddBenchmark} (incremental add of one post),
 *       {@link io.github.relata.bench.perf.QueryBenchmark} (one related-posts query, p50 and p99) and
 *       {@link io.github.relata.bench.perf.AllPairsBenchmark} (every post's top 10), each with the
 *       parameters {@code size} and {@code engine}.
 *   <li>{@link io.github.relata.bench.perf.HeapPerPost}: retained heap per post, a program of its own.
 *   <li>{@link io.github.relata.bench.perf.Bench}: runs all of them and prints the Performance table;
 *       draws the README's charts ({@code SvgChart}); writes synthetic corpora.
 * </ul>
 *
 * <p>Both engines are driven through the package-private {@code PerfEngine}: {@code RelataEngine} (the
 * public API with default settings) and {@code LuceneMltEngine} (set up as the quality bench's
 * {@code LuceneMltRanker}).
 */
package io.github.relata.bench.perf;
