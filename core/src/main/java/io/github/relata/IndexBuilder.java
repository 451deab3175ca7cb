package io.github.relata;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Builds a snapshot from many posts at once: analysis in parallel, then compact postings in one pass, then
 * the latent space. The result equals adding the posts one by one, apart from the latent space, which is
 * learned from all of them.
 */
final class IndexBuilder {

  /** Posts analysed together, in parallel. */
  private static final int BATCH = 4096;

  private IndexBuilder() {}

  static IndexState build(Engine engine, Collection<Article> input) {
    checkNotNull(input, "articles");
    List<Article> articles = List.copyOf(input);
    TermTable.Builder ids = new TermTable.Builder(articles.size());
    for (Article article : articles) {
      int before = ids.size();
      ids.add(article.id());
      checkArgument(ids.size() > before, "duplicate article id: %s", article.id());
    }
    TermTable.Builder terms = new TermTable.Builder(1 << 16);
    Doc[] docs = new Doc[articles.size()];
    double totalLength = 0;
    PersistentMap<String, Integer> languages = PersistentMap.empty();
    // Analysis runs in parallel a batch at a time, so that only one batch of analysed text is held at once.
    for (int from = 0; from < docs.length; from += BATCH) {
      List<Article> batch = articles.subList(from, Math.min(docs.length, from + BATCH));
      List<Featurizer.Features> features = batch.parallelStream().map(a -> engine.featurizer.features(a, false)).toList();
      for (int k = 0; k < batch.size(); k++) {
        Featurizer.Features f = features.get(k);
        TermVector words = TermVector.of(f.words(), terms::add);
        TermVector grams = TermVector.of(f.grams(), terms::add);
        TermVector labels = TermVector.of(Updates.asCounts(f.labels()), terms::add);
        Article article = batch.get(k);
        docs[from + k] = new Doc(article, f.language(), words.ids(), words.weights(), grams.ids(), grams.weights(), labels.ids(), f.length(), null);
        totalLength += f.length();
        languages = Updates.count(languages, f.language(), +1);
      }
    }
    IndexState state =
        new IndexState(
            engine,
            LayeredMap.of(terms.build()),
            terms.size(),
            LayeredMap.of(ids.build()),
            PersistentArray.of(docs),
            postings(docs, terms.size()),
            docs.length,
            languages,
            totalLength,
            null,
            0);
    return LatentSpace.attach(state);
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
    return PostingsTable.of(offsets, df, ordinals, weights);
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
