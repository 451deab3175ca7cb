package io.github.relata;

import io.github.relata.internal.LayeredMap;
import io.github.relata.internal.PersistentMap;
import java.util.Map;

/** Adds one post to, or removes one post from, a snapshot, copying only what the post touches. */
final class Updates {

  private Updates() {}

  /** Assigns ids to terms new to a snapshot's dictionary. */
  private static final class Interner {
    LayeredMap dictionary;
    int nextTermId;

    Interner(IndexData index) {
      dictionary = index.dictionary();
      nextTermId = index.nextTermId();
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

  static IndexData add(IndexData index, Featurizer.Features f, Article article) {
    Interner interner = new Interner(index);
    Doc post = Doc.analysed(stored(index.engine().options(), article), f, interner::idOf);
    Surfaces surfaces = index.surfaces();
    for (Map.Entry<String, String> e : f.surfaces().entrySet()) {
      surfaces = surfaces.with(interner.dictionary.get(e.getKey()), e.getValue(), f.language());
    }
    if (index.latent() != null) {
      post = post.withLatent(index.latent().project(post));
    }
    post = post.withArticles(index.articles());
    DocVectors doc = post.vectors();
    int ordinal = index.docs().size();
    PostingsTable.Editor postings = index.postings().edit();
    for (int i = 0; i < doc.terms.length; i++) {
      append(postings, doc.terms[i], ordinal, doc.postingWeight(i));
    }
    for (int gram : doc.grams) {
      count(postings, gram, +1);
    }
    PairCounts.Editor pairCounts = index.pairCounts().edit();
    for (int i = 0; i < doc.pairs.length; i++) {
      pairCounts.plus(doc.pairHash(i), +1);
    }
    for (int label : doc.labels) {
      append(postings, label, ordinal, doc.labelWeight());
    }
    IndexData added = new IndexData(
        index.engine(),
        interner.dictionary,
        interner.nextTermId,
        surfaces,
        index.ordinals().with(article.id(), ordinal),
        index.docs().plus(post),
        postings.build(),
        pairCounts.build(),
        index.liveCount() + 1,
        count(index.languages(), post.language, +1),
        index.totalLength() + post.length,
        index.latent(),
        index.folded() + 1,
        index.densitySum(),
        index.densityCount(),
        index.articles());
    return added;
  }

  static IndexData remove(IndexData index, int ordinal) {
    Doc post = index.docs().get(ordinal);
    DocVectors doc = post.vectors();
    PostingsTable.Editor postings = index.postings().edit();
    for (int term : doc.terms) {
      postings.set(term, postings.get(term).minusOne());
    }
    for (int gram : doc.grams) {
      count(postings, gram, -1);
    }
    PairCounts.Editor pairCounts = index.pairCounts().edit();
    for (int i = 0; i < doc.pairs.length; i++) {
      pairCounts.plus(doc.pairHash(i), -1);
    }
    for (int label : doc.labels) {
      postings.set(label, postings.get(label).minusOne());
    }
    return new IndexData(
        index.engine(),
        index.dictionary(),
        index.nextTermId(),
        index.surfaces(),
        index.ordinals().without(post.id()),
        index.docs().with(ordinal, null),
        postings.build(),
        pairCounts.build(),
        index.liveCount() - 1,
        count(index.languages(), post.language, -1),
        index.totalLength() - post.length,
        index.latent(),
        index.folded() + 1,
        Density.withoutSum(index, post),
        post.hasDensity() ? index.densityCount() - 1 : index.densityCount(),
        index.articles());
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

  private static void append(PostingsTable.Editor postings, int term, int ordinal, byte weight) {
    Postings p = postings.get(term);
    postings.set(term, p == null ? Postings.single(ordinal, weight) : p.plus(ordinal, weight));
  }

  private static void count(PostingsTable.Editor postings, int term, int delta) {
    Postings p = postings.get(term);
    postings.set(term, p == null ? Postings.countOnly(delta) : p.counted(delta));
  }
}
