package io.github.relata;

import io.github.relata.internal.LayeredMap;
import io.github.relata.internal.PersistentArray;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        shell.engine(), shell.dictionary(), shell.nextTermId(), shell.surfaces(), LayeredMap.of(BatchShell.ids(docs)),
        PersistentArray.of(docs), postings(shell.postings(), docs), shell.pairCounts(), shell.liveCount(), shell.languages(),
        shell.totalLength(), shell.latent(), 0, densitySum, densityCount);
    return new Neighbourhood(data, self);
  }

  /** The site's postings table with these posts' entries only, under the site's document frequencies. */
  private static PostingsTable postings(PostingsTable site, Doc[] docs) {
    Map<Integer, List<long[]>> entries = new TreeMap<>();
    for (int o = 0; o < docs.length; o++) {
      DocVectors doc = docs[o].vectors(false);
      for (int i = 0; i < doc.terms.length; i++) {
        entries.computeIfAbsent(doc.terms[i], t -> new ArrayList<>()).add(new long[] {o, doc.postingWeight(i)});
      }
      for (int t : doc.labels) {
        entries.computeIfAbsent(t, x -> new ArrayList<>()).add(new long[] {o, doc.labelWeight()});
      }
    }
    PostingsTable.Editor edit = site.edit();
    entries.forEach((term, list) -> {
      int[] ordinals = new int[list.size()];
      byte[] weights = new byte[list.size()];
      for (int i = 0; i < ordinals.length; i++) {
        ordinals[i] = (int) list.get(i)[0];
        weights[i] = (byte) list.get(i)[1];
      }
      edit.set(term, Postings.slice(ordinals, weights, 0, ordinals.length, site.df(term)));
    });
    return edit.build();
  }
}
