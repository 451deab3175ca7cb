package io.github.relata;

import io.github.relata.internal.TermLookup;

/** The query post's vectors under one snapshot's statistics, computed once per query. */
final class QueryVector {

  final Doc doc;
  final int ordinal;
  /** Each word's weight in the query vector, idf included, and its idf. */
  final double[] weights;
  final double[] idf;
  final double norm;
  final double[] gramWeights;
  final double gramNorm;
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

  QueryVector(Doc doc, int ordinal, TermWeights termWeights, boolean keyTermsOn) {
    this.doc = doc;
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

  /** Whether the query has nothing to compare: no words and no tags. */
  boolean empty() {
    return norm == 0 && labelNorm == 0;
  }
}
