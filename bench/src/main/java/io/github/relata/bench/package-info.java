/**
 * The quality-evaluation harness: runs related-post rankers on the labelled corpora in
 * {@code ../shared/corpora} and reports P@5, nDCG@10 and MRR (as {@code shared/tools/score_related.py}
 * defines them) with latency, build time and heap, all methods in one process.
 *
 * <ul>
 *   <li>{@link io.github.relata.bench.Evaluate}: the command line, printing a Markdown table.
 *   <li>{@link io.github.relata.bench.Evaluation}: the same run as data, one
 *       {@link io.github.relata.bench.EvaluationResult} per corpus and ranker.
 *   <li>{@link io.github.relata.bench.Ranker} and {@link io.github.relata.bench.Rankers}: the methods
 *       under test and the one list to add a method to; the baselines are
 *       {@link io.github.relata.bench.PlainTfIdfRanker} and {@link io.github.relata.bench.LuceneMltRanker}.
 *   <li>{@link io.github.relata.bench.Corpus} and {@link io.github.relata.bench.CorpusPost}: the corpus
 *       reader and its records.
 *   <li>{@link io.github.relata.bench.Metrics}: the quality metrics.
 * </ul>
 */
package io.github.relata.bench;
