package io.github.relata;

import io.github.relata.internal.SortedIds;
import io.github.relata.internal.TermLookup;

/**
 * Computes each signal's value in [0, 1] for one query and one candidate, under one snapshot's term
 * statistics; {@link Scorer} combines them and adds the second-order {@link Signal#NEIGHBOURS}.
 */
final class Signals {

  /** Share of the n-gram cosine in the text signal, where subword matching applies. */
  static final double GRAM_SHARE = 0.3;
  /**
   * Added to a title's summed idf before the mentioned share is taken, so that a short title of common words
   * ("Go", "News") counts as weak evidence even when all of it is mentioned: about two rare words' worth.
   */
  static final double TITLE_SHRINKAGE = 10;

  private final IndexData index;
  private final TermWeights termWeights;
  private final QueryVector query;
  private final double halfLifeDays;
  private final boolean keyTerms;
  private final TermWeights.Frequencies frequencies;
  /** Each candidate's analysed form, read into the same arrays one candidate after another. */
  private final DocEncoding.Reader reader = new DocEncoding.Reader();

  Signals(IndexData index, TermWeights termWeights, QueryVector query) {
    Options options = index.engine().options();
    this.index = index;
    this.termWeights = termWeights;
    this.query = query;
    this.halfLifeDays = options.dateHalfLife().toSeconds() / 86400.0;
    this.keyTerms = options.keyTermsWeighted() && query.keyTerms.length > 0;
    this.frequencies = termWeights.frequencies();
  }

  /** Returns the candidate with every signal but {@link Signal#NEIGHBOURS} computed. */
  ScoredCandidate of(int ordinal, Doc c) {
    ScoredCandidate s = new ScoredCandidate(ordinal, c);
    Doc q = query.doc;
    DocEncoding.Reader cv = reader;
    cv.read(c.encodedForm(), c.formStart(), query.gramNorm > 0);
    s.set(Signal.TEXT, text(ordinal, c, cv));
    s.set(Signal.TITLE, title(cv));
    if (keyTerms) {
      int shared = SortedIds.sharedCount(query.keyTerms, termWeights.keyTerms(ordinal, c));
      s.set(Signal.KEY_TERMS, (double) shared / query.keyTerms.length);
    }
    if (query.labelNorm > 0 && cv.labelCount > 0) {
      double[] dot = {0};
      SortedIds.forEachShared(query.vectors.labels, query.vectors.labels.length, cv.labels, cv.labelCount,
          (i, j) -> dot[0] += query.labelIdf[i] * query.labelIdf[i]);
      s.set(Signal.TAGS, clamp(dot[0] / (query.labelNorm * termWeights.labelNorm(ordinal, c))));
    }
    if (q.dated() && c.dated()) {
      s.set(Signal.DATE, Math.pow(0.5, Math.abs(q.day - c.day) / halfLifeDays));
    }
    if (q.hasLatent() && c.hasLatent()) {
      s.set(Signal.LATENT, clamp(q.latentDot(c)));
    }
    return s;
  }

  /** The cosine of the word and word-pair vectors, mixed with the n-gram cosine where there is one. */
  private double text(int ordinal, Doc doc, DocEncoding.Reader c) {
    double text = 0;
    if (query.norm > 0) {
      double dot = 0;
      int[] terms = c.terms;
      char[] tfs = c.tfs;
      TermLookup lookup = query.lookup;
      for (int j = 0, n = c.termCount; j < n; j++) {
        int i = lookup.positionOf(terms[j]);
        if (i >= 0) {
          dot += query.wordProduct(i, frequencies.of(tfs[j], doc.length));
        }
      }
      int[] pairs = c.pairHashes;
      char[] pairTfs = c.pairTfs;
      TermLookup pairLookup = query.pairLookup;
      for (int j = 0, n = c.pairCount; j < n; j++) {
        int i = pairLookup.positionOf(pairs[j]);
        if (i >= 0) {
          dot += query.pairProduct(i, frequencies.of(pairTfs[j], doc.length));
        }
      }
      double norm = termWeights.textNorm(ordinal, doc);
      text = norm == 0 ? 0 : dot / (query.norm * norm);
    }
    if (query.gramNorm > 0 && c.gramCount > 0) {
      // The shared n-grams in the candidate's order, as a merge of the two sorted arrays would visit them.
      double dot = 0;
      int[] candidateGrams = c.grams;
      char[] gramTfs = c.gramTfs;
      TermLookup gramLookup = query.gramLookup;
      for (int j = 0, n = c.gramCount; j < n; j++) {
        int i = gramLookup.positionOf(candidateGrams[j]);
        if (i >= 0) {
          dot += query.gramWeights[i] * Weighting.logTf(gramTfs[j]) * termWeights.idfOf(candidateGrams[j]);
        }
      }
      double grams = dot / (query.gramNorm * termWeights.gramNorm(ordinal, doc));
      text = (1 - GRAM_SHARE) * text + GRAM_SHARE * grams;
    }
    return clamp(text);
  }

  /**
   * The mean, over both directions, of the idf-weighted share of one post's title words that the other
   * post's text has, each share shrunk by {@link #TITLE_SHRINKAGE}.
   */
  private double title(DocEncoding.Reader c) {
    double candidateTitle = 0;
    double mentionedInQuery = 0;
    int[] terms = c.terms;
    for (int k = 0; k < c.titleCount; k++) {
      int term = terms[c.titlePositions[k]];
      double idf = termWeights.idfOf(term);
      candidateTitle += idf;
      if (query.lookup.positionOf(term) >= 0) {
        mentionedInQuery += idf;
      }
    }
    double mentionedInCandidate = 0;
    int[] queryTerms = query.vectors.terms;
    for (int position : query.vectors.titlePositions) {
      if (java.util.Arrays.binarySearch(terms, 0, c.termCount, queryTerms[position]) >= 0) {
        mentionedInCandidate += query.idf[position];
      }
    }
    double a = candidateTitle == 0 ? 0 : mentionedInQuery / (candidateTitle + TITLE_SHRINKAGE);
    double b = query.titleIdf == 0 ? 0 : mentionedInCandidate / (query.titleIdf + TITLE_SHRINKAGE);
    return (a + b) / 2;
  }

  static double clamp(double value) {
    return Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
  }
}
