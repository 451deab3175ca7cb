package io.github.relata;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a snapshot from many posts at once: analysis in parallel, then compact postings in one pass, then
 * the latent space. The result equals adding the posts one by one, apart from the latent space, which is
 * learned from all of them.
 */
final class IndexBuilder {

  private IndexBuilder() {}

  static IndexState build(Engine engine, Collection<Article> input) {
    checkNotNull(input, "articles");
    List<Article> articles = List.copyOf(input);
    Set<String> seen = new HashSet<>();
    for (Article article : articles) {
      checkArgument(seen.add(article.id()), "duplicate article id: %s", article.id());
    }
    List<Featurizer.Features> features =
        articles.parallelStream().map(a -> engine.featurizer.features(a, false)).toList();

    Map<String, Integer> dictionary = new HashMap<>();
    Map<String, Integer> ordinals = new HashMap<>();
    Doc[] docs = new Doc[articles.size()];
    double totalLength = 0;
    PersistentMap<String, Integer> languages = PersistentMap.empty();
    for (int i = 0; i < docs.length; i++) {
      Featurizer.Features f = features.get(i);
      TermVector words = TermVector.of(f.words(), t -> dictionary.computeIfAbsent(t, k -> dictionary.size()));
      TermVector grams = TermVector.of(f.grams(), t -> dictionary.computeIfAbsent(t, k -> dictionary.size()));
      TermVector labels =
          TermVector.of(Updates.asCounts(f.labels()), t -> dictionary.computeIfAbsent(t, k -> dictionary.size()));
      docs[i] = new Doc(articles.get(i), f.language(), words.ids(), words.weights(), grams.ids(), grams.weights(), labels.ids(), f.length(), null);
      ordinals.put(articles.get(i).id(), i);
      totalLength += f.length();
      languages = Updates.count(languages, f.language(), +1);
    }
    Postings[] postings = postings(docs, dictionary.size());
    IndexState state =
        new IndexState(
            engine,
            LayeredMap.of(dictionary),
            dictionary.size(),
            LayeredMap.of(ordinals),
            PersistentArray.of(docs),
            PersistentArray.of(postings),
            docs.length,
            languages,
            totalLength,
            null,
            0);
    return LatentSpace.attach(state);
  }

  /** Counts, then fills, the postings of every term in one pass over the posts. */
  private static Postings[] postings(Doc[] docs, int termCount) {
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
    int[][] ordinals = new int[termCount][];
    byte[][] weights = new byte[termCount][];
    int[] fill = new int[termCount];
    for (int t = 0; t < termCount; t++) {
      if (!countOnly[t]) {
        ordinals[t] = new int[df[t]];
        weights[t] = new byte[df[t]];
      }
    }
    for (int ordinal = 0; ordinal < docs.length; ordinal++) {
      Doc doc = docs[ordinal];
      for (int i = 0; i < doc.terms.length; i++) {
        int t = doc.terms[i];
        ordinals[t][fill[t]] = ordinal;
        weights[t][fill[t]++] = doc.postingWeight(i);
      }
      for (int t : doc.labels) {
        ordinals[t][fill[t]] = ordinal;
        weights[t][fill[t]++] = doc.labelWeight();
      }
    }
    Postings[] postings = new Postings[termCount];
    for (int t = 0; t < termCount; t++) {
      postings[t] = countOnly[t] ? Postings.countOnly(df[t]) : Postings.of(ordinals[t], weights[t]);
    }
    return postings;
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
