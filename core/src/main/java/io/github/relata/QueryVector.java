package io.github.relata;

import io.github.relata.internal.TermLookup;

/** The query post's vectors under one snapshot's statistics, computed once per query. */
final class QueryVector {

  final Doc doc;
  /** The query post's decoded vectors. */
  final DocVectors vectors;
  final int ordinal;
  /** Each word's weight in the query vector, idf included, and its idf. */
  final double[] weights;
  final double[] idf;
  final double norm;
  final double[] gramWeights;
  final double gramNorm;
  /** The query's n-grams by id, so that a candidate's n-grams are each one probe, not a merge. */
  final TermLookup gramLookup;
  final double[] labelIdf;
  final double labelNorm;
  final int[] keyTerms;
  final TermLookup lookup;
  /** Each word pair's weight in the query vector, idf included, its idf, and the pairs by hash. */
  final double[] pairWeights;
  final double[] pairIdf;
  final TermLookup pairLookup;
  /** The summed idf of the query's title words. */
  final double titleIdf;

  QueryVector(Doc post, int ordinal, TermWeights termWeights, boolean keyTermsOn) {
    this.doc = post;
    DocVectors doc = post.vectors();
    this.vectors = doc;
    this.ordinal = ordinal;
    weights = new double[doc.terms.length];
    idf = new double[doc.terms.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      idf[i] = termWeights.idfOf(doc.terms[i]);
      weights[i] = termWeights.tf(doc, i) * idf[i];
      sum += weights[i] * weights[i];
    }
    pairWeights = new double[doc.pairs.length];
    pairIdf = new double[doc.pairs.length];
    int[] hashes = new int[doc.pairs.length];
    for (int i = 0; i < pairWeights.length; i++) {
      hashes[i] = doc.pairHash(i);
      pairIdf[i] = termWeights.pairIdf(hashes[i]);
      pairWeights[i] = termWeights.pairTf(doc, i) * pairIdf[i];
      sum += pairWeights[i] * pairWeights[i];
    }
    pairLookup = new TermLookup(hashes);
    norm = Math.sqrt(sum);
    gramWeights = new double[doc.grams.length];
    for (int i = 0; i < gramWeights.length; i++) {
      gramWeights[i] = doc.gramLogTf(i) * termWeights.idfOf(doc.grams[i]);
    }
    gramNorm = termWeights.gramNorm(ordinal, doc);
    gramLookup = new TermLookup(doc.grams);
    labelIdf = new double[doc.labels.length];
    for (int i = 0; i < labelIdf.length; i++) {
      labelIdf[i] = termWeights.idfOf(doc.labels[i]);
    }
    labelNorm = termWeights.labelNorm(ordinal, doc);
    keyTerms = keyTermsOn ? TermWeights.strongest(doc.terms, weights, TermWeights.KEY_TERMS) : new int[0];
    lookup = new TermLookup(doc.terms);
    double title = 0;
    for (int position : doc.titlePositions) {
      title += idf[position];
    }
    titleIdf = title;
  }

  /**
   * The part of the text cosine's dot product of the query's word {@code i} and the same word in a
   * candidate, given the candidate's term-frequency part: both weights, each with the word's idf. The text
   * signal and the shared terms of an explanation both use it.
   */
  double wordProduct(int i, double candidateTf) {
    return weights[i] * candidateTf * idf[i];
  }

  /**
   * As {@link #wordProduct} for the query's word pair {@code i}: with the query's idf of the pair, the same
   * pair and so the same count, without a probe of the pair table.
   */
  double pairProduct(int i, double candidateTf) {
    return pairWeights[i] * candidateTf * pairIdf[i];
  }

  /** Whether the query has nothing to compare: no words and no tags. */
  boolean empty() {
    return norm == 0 && labelNorm == 0;
  }
}
