package io.github.relata;

import io.github.relata.internal.LayeredMap;
import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One query post and its candidates as an index of their own that answers as an index of the whole site
 * would: the site's dictionary and term ids, document frequencies, word pair counts, surfaces, post count,
 * total length, languages, latent space and mean density (the statistics-only index of {@link BatchShell}),
 * with the postings of these posts only and their latent vectors and densities as computed for the site.
 * Candidate search within it finds exactly the given candidates, so that {@link Scorer} scores and explains
 * them as it would in the site's index.
 *
 * @param data the index
 * @param self the query's ordinal in it
 */
record Neighbourhood(IndexData data, int self) {

  /**
   * Returns the neighbourhood of {@code query}.
   *
   * @param densities the density of the query and of each candidate, by id; NaN or missing for none
   */
  static Neighbourhood of(
      IndexData shell, Doc query, List<Doc> candidates, Map<String, Float> densities, double densitySum, int densityCount) {
    Map<String, Doc> byId = new LinkedHashMap<>();
    byId.put(query.id(), query);
    for (Doc c : candidates) {
      byId.putIfAbsent(c.id(), c);
    }
    List<Doc> posts = new ArrayList<>(byId.values());
    posts.sort(Comparator.comparing(Doc::id)); // ordinals in id order, as in the site's index
    Doc[] docs = new Doc[posts.size()];
    int self = -1;
    for (int o = 0; o < docs.length; o++) {
      Doc doc = posts.get(o);
      Float density = densities.get(doc.id());
      docs[o] = density == null || density.isNaN() ? doc : doc.withDensity(density);
      if (doc == query) {
        self = o;
      }
    }
    IndexData data = new IndexData(
        shell.engine(), shell.dictionary(), shell.nextTermId(), shell.surfaces(), LayeredMap.sorted(BatchShell.ids(docs)),
        DocTable.of(docs), postings(shell.postings(), docs), shell.pairCounts(), shell.liveCount(), shell.languages(),
        shell.totalLength(), shell.latent(), 0, densitySum, densityCount, shell.articles());
    return new Neighbourhood(data, self);
  }

  /**
   * The site's postings table with these posts' entries only, under the site's document frequencies: each
   * entry packed as term id, ordinal and weight, sorted, and sliced by term.
   */
  private static PostingsTable postings(PostingsTable site, Doc[] docs) {
    checkArgument(docs.length < 1 << 24, "a neighbourhood of %s posts is more than one query scores", docs.length);
    long[] entries = new long[64 * docs.length];
    int n = 0;
    for (int o = 0; o < docs.length; o++) {
      DocVectors doc = docs[o].vectors(false);
      if (n + doc.terms.length + doc.labels.length > entries.length) {
        entries = Arrays.copyOf(entries, Math.max(2 * entries.length, n + doc.terms.length + doc.labels.length));
      }
      for (int i = 0; i < doc.terms.length; i++) {
        entries[n++] = (long) doc.terms[i] << 32 | (long) o << 8 | (doc.postingWeight(i) & 0xFF);
      }
      for (int label : doc.labels) {
        entries[n++] = (long) label << 32 | (long) o << 8 | (doc.labelWeight() & 0xFF);
      }
    }
    Arrays.sort(entries, 0, n);
    int[] ordinals = new int[n];
    byte[] weights = new byte[n];
    int[] terms = new int[n];
    Postings[] postings = new Postings[n];
    int distinct = 0;
    for (int start = 0, end; start < n; start = end) {
      int term = (int) (entries[start] >>> 32);
      for (end = start; end < n && (int) (entries[end] >>> 32) == term; end++) {
        ordinals[end] = (int) entries[end] >>> 8;
        weights[end] = (byte) entries[end];
      }
      if (end - start > Postings.IMPACT_BUDGET) {
        PostingsTable.sortByImpact(ordinals, weights, start, end); // as a bulk build orders a long term's entries
      }
      terms[distinct] = term;
      postings[distinct++] = Postings.slice(ordinals, weights, start, end - start, site.df(term));
    }
    return site.withPostings(Arrays.copyOf(terms, distinct), Arrays.copyOf(postings, distinct));
  }
}
