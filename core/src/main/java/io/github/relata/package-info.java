/**
 * Related posts for sites that publish articles: which other posts should a reader see next, and why.
 *
 * <p>Configure a {@link io.github.relata.RelatedPosts} engine with its builder, index the site's {@link
 * io.github.relata.Article}s into an {@link io.github.relata.ArticleIndex} snapshot (or a {@link
 * io.github.relata.LiveIndex} for a running site), and ask for the posts related to any post or draft.
 * Each {@link io.github.relata.RelatedPost} carries its score and the reasons: each {@link
 * io.github.relata.Signal}'s contribution and the terms the posts share.
 *
 * <ul>
 *   <li>{@link io.github.relata.RelatedPosts} and its {@link io.github.relata.RelatedPostsBuilder}: the entry
 *       point;
 *   <li>{@link io.github.relata.ArticleIndex}, {@link io.github.relata.LiveIndex}: immutable and live indexes;
 *       {@code ArticleIndex.save} and {@code RelatedPosts.load} keep one in a snapshot file, and {@link
 *       io.github.relata.SnapshotException} says why a file cannot be loaded;
 *   <li>{@link io.github.relata.Article} (made by its {@link io.github.relata.ArticleBuilder}), {@link
 *       io.github.relata.RelatedPost}: posts in and out;
 *   <li>{@link io.github.relata.Weights}, {@link io.github.relata.Signal}, {@link io.github.relata.Options} (with
 *       its choices, such as {@link io.github.relata.Options.NewerPosts}), {@link io.github.relata.TermWeighting},
 *       {@link io.github.relata.Limits}: settings;
 *   <li>{@link io.github.relata.Filter}: per-query filters, list length and date rules;
 *   <li>{@link io.github.relata.BatchScoring}, with {@link io.github.relata.BatchPost}, {@link
 *       io.github.relata.BatchModel}, {@link io.github.relata.EncodedPost} and {@link
 *       io.github.relata.CandidateJoin}: the same analysis and scoring, one step at a time, for batch runs on
 *       many machines (the {@code relata-spark} job).
 * </ul>
 *
 * <p>Every parameter is non-null unless marked {@code @Nullable}; the few nullable returns are marked too, and
 * their javadoc says when they are null. A null argument is a {@link NullPointerException} naming it, a bad
 * value an {@link IllegalArgumentException} naming it and the rule, a setting made twice an {@link
 * IllegalStateException}.
 */
/*
 * Inside this package (package-private, so not in the javadoc), one post travels one way, and each part
 * uses only the parts below it (LayoutTest checks that no two classes depend on each other, directly or
 * through others):
 *
 *   batch runs        BatchScoring (each step of a run on many machines), BatchShell (the indexes a run builds from
 *                     the site's statistics), BatchCandidates (candidate search as a join), Neighbourhood (a post
 *                     and its candidates as an index of their own)
 *   facade            RelatedPosts, RelatedPostsBuilder, LiveIndex, LiveState, IndexSnapshot (the one ArticleIndex)
 *   snapshot files    SnapshotFiles, SnapshotWriter, SnapshotReader and their helpers
 *   build and update  IndexBuilder (bulk build, rebuild, compaction), Updates (one post), Density
 *   ranking           Scorer (candidates to ranked, cut and explained lists), Candidates (approximate scores
 *                     from postings), Eligibility
 *   explanations      Explainer, TermReasons, SharedTerms
 *   signals           Signals (each signal's value), ScoreFormula (their combination), QueryVector,
 *                     ScoredCandidate, TermWeights (term weights under one snapshot's statistics)
 *   snapshot data     IndexData (a record of one snapshot's structures), EngineContext, ScratchPool, Doc
 *                     (a post; DocEncoding its analysed form's bytes, DocVectors decoded), ArticleCodec (its article
 *                     in one array), ArticleDictionary (what articles are compressed against;
 *                     ArticleSample learns it), PostingsTable, Postings (PostingsCodec their bytes), PairCounts, LatentSpace,
 *                     LatentColumns, LatentVector (a post's vector in one array)
 *   post analysis     Featurizer (a post's weighted words, pairs, n-grams and labels), TermVector, Surfaces
 *   formulas          Weighting (the term weight formulas: tf, BM25, idf, pairs, postings bytes)
 *
 * The engine stays in one package so that it can stay package-private; generic structures that depend on
 * nothing else of it are in io.github.relata.internal (public, but not API), the analysis in
 * io.github.relata.analysis.
 */
@NullMarked
package io.github.relata;

import org.jspecify.annotations.NullMarked;
