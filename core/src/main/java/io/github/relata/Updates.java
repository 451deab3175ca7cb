package io.github.relata;

import java.util.LinkedHashMap;
import java.util.Map;

/** Adds one post to, or removes one post from, a snapshot, copying only what the post touches. */
final class Updates {

  private Updates() {}

  /** Assigns ids to terms new to a snapshot's dictionary. */
  private static final class Interner {
    LayeredMap dictionary;
    int nextTermId;

    Interner(IndexState s) {
      dictionary = s.dictionary;
      nextTermId = s.nextTermId;
    }

    int idOf(String term) {
      int id = dictionary.get(term);
      if (id == LayeredMap.ABSENT) {
        id = nextTermId++;
        dictionary = dictionary.with(term, id);
      }
      return id;
    }
  }

  static IndexState add(IndexState s, Featurizer.Features f, Article article) {
    Interner interner = new Interner(s);
    TermVector words = TermVector.of(f.words(), interner::idOf);
    TermVector.Pairs pairs = TermVector.pairs(f.pairs(), interner::idOf);
    TermVector grams = TermVector.of(f.grams(), interner::idOf);
    TermVector labels = TermVector.of(asCounts(f.labels()), interner::idOf);
    Surfaces surfaces = s.surfaces;
    for (Map.Entry<String, String> e : f.surfaces().entrySet()) {
      surfaces = surfaces.with(interner.dictionary.get(e.getKey()), e.getValue(), f.language());
    }
    Doc doc = new Doc(stored(s.engine.options, article), f.language(), words.ids(), words.weights(), pairs.ids(), pairs.weights(), grams.ids(), grams.weights(), labels.ids(), f.length(), TermVector.of(Updates.asCounts(f.titleWords()), interner::idOf).ids(), null);
    if (s.latent != null) {
      doc = doc.withLatent(s.latent.project(doc));
    }
    int ordinal = s.docs.size();
    PostingsTable.Editor postings = s.postings.edit();
    for (int i = 0; i < doc.terms.length; i++) {
      append(postings, doc.terms[i], ordinal, doc.postingWeight(i));
    }
    for (int gram : doc.grams) {
      count(postings, gram, +1);
    }
    PairCounts.Editor pairCounts = s.pairCounts.edit();
    for (int i = 0; i < doc.pairs.length; i++) {
      pairCounts.plus(doc.pairHash(i), +1);
    }
    for (int label : doc.labels) {
      append(postings, label, ordinal, doc.labelWeight());
    }
    IndexState added = new IndexState(
        s.engine,
        interner.dictionary,
        interner.nextTermId,
        surfaces,
        s.ordinals.with(article.id(), ordinal),
        s.docs.plus(doc),
        postings.build(),
        pairCounts.build(),
        s.liveCount + 1,
        count(s.languages, doc.language, +1),
        s.totalLength + doc.length,
        s.latent,
        s.folded + 1,
        s.densitySum,
        s.densityCount);
    return added;
  }

  static IndexState remove(IndexState s, int ordinal) {
    Doc doc = s.docs.get(ordinal);
    PostingsTable.Editor postings = s.postings.edit();
    for (int term : doc.terms) {
      postings.set(term, postings.get(term).minusOne());
    }
    for (int gram : doc.grams) {
      count(postings, gram, -1);
    }
    PairCounts.Editor pairCounts = s.pairCounts.edit();
    for (int i = 0; i < doc.pairs.length; i++) {
      pairCounts.plus(doc.pairHash(i), -1);
    }
    for (int label : doc.labels) {
      postings.set(label, postings.get(label).minusOne());
    }
    return new IndexState(
        s.engine,
        s.dictionary,
        s.nextTermId,
        s.surfaces,
        s.ordinals.without(doc.id()),
        s.docs.with(ordinal, null),
        postings.build(),
        pairCounts.build(),
        s.liveCount - 1,
        count(s.languages, doc.language, -1),
        s.totalLength - doc.length,
        s.latent,
        s.folded + 1,
        Density.withoutSum(s, doc),
        doc.hasDensity() ? s.densityCount - 1 : s.densityCount);
  }

  /** The article as the index keeps it: without its body unless the engine retains bodies. */
  static Article stored(Options options, Article article) {
    return options.retainBodies() || article.body().isEmpty()
        ? article
        : new Article(article.id(), article.title(), article.summary(), "", article.published(), article.tags(),
            article.categories(), article.author(), article.url(), article.language());
  }

  static PersistentMap<String, Integer> count(PersistentMap<String, Integer> counts, String key, int delta) {
    Integer current = counts.get(key);
    int updated = (current == null ? 0 : current) + delta;
    return updated == 0 ? counts.without(key) : counts.with(key, updated);
  }

  static Map<String, Float> asCounts(Iterable<String> labels) {
    Map<String, Float> counts = new LinkedHashMap<>();
    for (String label : labels) {
      counts.put(label, 1f);
    }
    return counts;
  }

  private static void append(PostingsTable.Editor postings, int term, int ordinal, byte weight) {
    Postings p = postings.get(term);
    postings.set(term, p == null ? Postings.single(ordinal, weight) : p.plus(ordinal, weight));
  }

  private static void count(PostingsTable.Editor postings, int term, int delta) {
    Postings p = postings.get(term);
    postings.set(term, p == null ? Postings.countOnly(delta) : p.counted(delta));
  }
}
