package io.github.relata;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Builds a snapshot from many posts at once: analysis in parallel, then compact postings in one pass, then
 * the latent space. The result equals adding the posts one by one, apart from the latent space, which is
 * learned from all of them. Also rebuilds a snapshot from its own posts, without analysing them again.
 */
final class IndexBuilder {

  /** Posts analysed together, in parallel. */
  private static final int BATCH = 4096;

  private IndexBuilder() {}

  static IndexState build(Engine engine, Collection<Article> input) {
    checkNotNull(input, "articles");
    TermTable.Builder ids = new TermTable.Builder(input.size());
    TermTable.Builder terms = new TermTable.Builder(1 << 16);
    Surfaces.Builder surfaces = new Surfaces.Builder();
    Doc[] docs = new Doc[input.size()];
    int count = 0;
    // The posts are read once, a batch at a time, and each batch is analysed in parallel, so that only one
    // batch of full articles and analysed text is held at once, whatever the caller passes in.
    List<Article> batch = new ArrayList<>(BATCH);
    for (Iterator<Article> it = input.iterator(); it.hasNext() || !batch.isEmpty(); ) {
      if (it.hasNext() && batch.size() < BATCH) {
        Article article = checkNotNull(it.next(), "articles must not contain null");
        int before = ids.size();
        ids.add(article.id());
        checkArgument(ids.size() > before, "duplicate article id: %s", article.id());
        batch.add(article);
        continue;
      }
      List<Featurizer.Features> features = batch.parallelStream().map(engine.featurizer::features).toList();
      for (int k = 0; k < batch.size(); k++) {
        Featurizer.Features f = features.get(k);
        int known = terms.size();
        TermVector words = TermVector.of(f.words(), terms::add);
        TermVector.Pairs pairs = TermVector.pairs(f.pairs(), terms::add);
        TermVector grams = TermVector.of(f.grams(), terms::add);
        TermVector labels = TermVector.of(Updates.asCounts(f.labels()), terms::add);
        for (int id = known; id < terms.size(); id++) {
          surfaces.append(f.surfaces().getOrDefault(terms.key(id), ""), f.language());
        }
        for (Map.Entry<String, String> e : f.surfaces().entrySet()) {
          int id = terms.add(e.getKey());
          if (id < known) {
            surfaces.merge(id, e.getValue(), f.language());
          }
        }
        Article article = Updates.stored(engine.options, batch.get(k));
        if (count == docs.length) {
          docs = Arrays.copyOf(docs, Math.max(16, docs.length * 2)); // the collection grew while we read it
        }
        docs[count++] = new Doc(article, f.language(), words.ids(), words.weights(), pairs.ids(), pairs.weights(), grams.ids(), grams.weights(), labels.ids(), f.length(), TermVector.of(Updates.asCounts(f.titleWords()), terms::add).ids(), null);
      }
      batch.clear();
    }
    return assemble(engine, LayeredMap.of(terms.build()), terms.size(), surfaces.build(), Arrays.copyOf(docs, count), LayeredMap.of(ids.build()));
  }

  /**
   * Rebuilds a snapshot from its live posts' analysed form: ordinals and term ids made dense again (terms no
   * live post uses are dropped), postings compacted, the latent space learned anew.
   */
  static IndexState rebuild(IndexState state) {
    List<Doc> live = liveDocs(state);
    int[] newId = new int[state.nextTermId];
    int termCount = 0;
    for (int t = 0; t < newId.length; t++) {
      newId[t] = state.df(t) > 0 ? termCount++ : -1;
    }
    String[] keys = new String[termCount];
    state.dictionary.forEach((key, id) -> {
      if (id < newId.length && newId[id] >= 0) {
        keys[newId[id]] = key;
      }
    });
    Surfaces.Builder surfaces = new Surfaces.Builder();
    for (int t = 0; t < newId.length; t++) {
      if (newId[t] >= 0) {
        String surface = state.surfaces.baseSurface(t);
        String language = state.surfaces.baseLanguage(t);
        surfaces.append(surface == null ? "" : surface, language == null ? "" : language);
      }
    }
    state.surfaces.forEachOther((term, language, surface) -> {
      if (term < newId.length && newId[term] >= 0) {
        surfaces.merge(newId[term], surface, language);
      }
    });
    Doc[] docs = new Doc[live.size()];
    List<String> ids = new ArrayList<>(live.size());
    for (int i = 0; i < docs.length; i++) {
      Doc d = live.get(i);
      // The mapping keeps the order of ids, so the arrays stay sorted.
      docs[i] = d.withTermIds(remap(d.terms, newId), remapPairs(d.pairs, newId), remap(d.grams, newId), remap(d.labels, newId));
      ids.add(d.id());
    }
    return assemble(state.engine, LayeredMap.of(List.of(keys)), termCount, surfaces.build(), docs, LayeredMap.of(ids));
  }

  private static long[] remapPairs(long[] pairs, int[] newId) {
    long[] mapped = new long[pairs.length];
    for (int i = 0; i < pairs.length; i++) {
      mapped[i] = (long) newId[(int) (pairs[i] >>> 32)] << 32 | newId[(int) pairs[i]];
    }
    return mapped;
  }

  private static int[] remap(int[] terms, int[] newId) {
    int[] mapped = new int[terms.length];
    for (int i = 0; i < terms.length; i++) {
      mapped[i] = newId[terms[i]];
    }
    return mapped;
  }

  private static IndexState assemble(
      Engine engine, LayeredMap dictionary, int termCount, Surfaces surfaces, Doc[] docs, LayeredMap ordinals) {
    double totalLength = 0;
    PersistentMap<String, Integer> languages = PersistentMap.empty();
    for (Doc doc : docs) {
      totalLength += doc.length;
      languages = Updates.count(languages, doc.language, +1);
    }
    IndexState state =
        new IndexState(
            engine,
            dictionary,
            termCount,
            surfaces,
            ordinals,
            PersistentArray.of(docs),
            postings(docs, termCount),
            pairCounts(docs),
            docs.length,
            languages,
            totalLength,
            null,
            0);
    return Density.attach(LatentSpace.attach(state));
  }

  private static PairCounts pairCounts(Doc[] docs) {
    PairCounts.Builder counts = new PairCounts.Builder();
    for (Doc doc : docs) {
      for (int i = 0; i < doc.pairs.length; i++) {
        counts.add(doc.pairHash(i));
      }
    }
    return counts.build();
  }

  /** Counts, then fills, the postings of every term in one pass over the posts. */
  private static PostingsTable postings(Doc[] docs, int termCount) {
    int[] df = new int[termCount];
    boolean[] countOnly = new boolean[termCount];
    for (Doc doc : docs) {
      for (int t : doc.terms) {
        df[t]++;
      }
      for (int t : doc.labels) {
        df[t]++;
      }
      for (int t : doc.grams) {
        df[t]++;
        countOnly[t] = true;
      }
    }
    int[] offsets = new int[termCount + 1];
    for (int t = 0; t < termCount; t++) {
      offsets[t + 1] = offsets[t] + (countOnly[t] ? 0 : df[t]);
    }
    int[] ordinals = new int[offsets[termCount]];
    byte[] weights = new byte[offsets[termCount]];
    int[] fill = new int[termCount];
    for (int ordinal = 0; ordinal < docs.length; ordinal++) {
      Doc doc = docs[ordinal];
      for (int i = 0; i < doc.terms.length; i++) {
        int at = offsets[doc.terms[i]] + fill[doc.terms[i]]++;
        ordinals[at] = ordinal;
        weights[at] = doc.postingWeight(i);
      }
      for (int t : doc.labels) {
        int at = offsets[t] + fill[t]++;
        ordinals[at] = ordinal;
        weights[at] = doc.labelWeight();
      }
    }
    for (int t = 0; t < termCount; t++) {
      if (offsets[t + 1] - offsets[t] > Postings.IMPACT_BUDGET) {
        sortByImpact(ordinals, weights, offsets[t], offsets[t + 1]);
      }
    }
    return PostingsTable.of(offsets, df, ordinals, weights);
  }

  /** Sorts a range of postings heaviest first (the smallest quantised weight), then by ordinal. */
  private static void sortByImpact(int[] ordinals, byte[] weights, int from, int to) {
    long[] keys = new long[to - from];
    for (int i = from; i < to; i++) {
      keys[i - from] = (long) (weights[i] & 0xFF) << 32 | ordinals[i];
    }
    Arrays.sort(keys);
    for (int i = from; i < to; i++) {
      ordinals[i] = (int) keys[i - from];
      weights[i] = (byte) (keys[i - from] >>> 32);
    }
  }

  static List<Doc> liveDocs(IndexState state) {
    List<Doc> live = new ArrayList<>(state.liveCount);
    for (int i = 0; i < state.ordinalCount(); i++) {
      Doc doc = state.doc(i);
      if (doc != null) {
        live.add(doc);
      }
    }
    return live;
  }
}
