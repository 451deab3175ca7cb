package io.github.relata;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.relata.internal.LayeredMap;
import io.github.relata.internal.PersistentMap;
import io.github.relata.internal.TermTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinTask;

/**
 * Builds a snapshot from many posts at once: analysis in parallel, then compact postings in one pass, then
 * the latent space. The result equals adding the posts one by one, apart from the latent space, which is
 * learned from all of them. Also rebuilds a snapshot from its own posts, without analysing them again.
 */
final class IndexBuilder {

  /**
   * Posts analysed together, in parallel. Two batches of full articles and their analysed text (some 10 KB a
   * post in maps and strings) are alive at once, and every young collection copies them: with 4,096 a batch
   * the collections copied some 80 MB each, and their pauses took 11.4 s of a 100k build (1.0 s with 256).
   */
  static final int BATCH = 256;

  private IndexBuilder() {}

  static IndexData build(EngineContext engine, Collection<Article> input) {
    checkNotNull(input, "articles");
    engine.options().limits().checkPosts(input.size());
    engine.options().limits().checkAll(input);
    TermTable.Builder ids = new TermTable.Builder(input.size());
    Merge merge = new Merge(engine, input.size());
    // The posts are read once, a batch at a time, and each batch is analysed in parallel, so that only one
    // batch of full articles and analysed text is held at once, whatever the caller passes in. While a batch
    // is analysed, the batch before it is merged (term ids given, posts made) on another thread of the pool:
    // merges run one at a time in batch order, so term ids are given in the same order whatever the threads.
    List<Article> batch = new ArrayList<>(BATCH);
    ForkJoinTask<?> merging = null;
    for (Iterator<Article> it = input.iterator(); it.hasNext() || !batch.isEmpty(); ) {
      if (it.hasNext() && batch.size() < BATCH) {
        Article article = checkNotNull(it.next(), "articles must not contain null");
        int before = ids.size();
        ids.add(article.id());
        checkArgument(ids.size() > before, "duplicate article id: %s", article.id());
        batch.add(article);
        continue;
      }
      List<Featurizer.Features> features = batch.parallelStream().map(engine.featurizer()::features).toList();
      if (merging != null) {
        merging.join();
      }
      List<Article> analysed = batch;
      merging = ForkJoinTask.adapt(() -> merge.add(analysed, features)).fork();
      batch = new ArrayList<>(BATCH);
    }
    if (merging != null) {
      merging.join();
    }
    ids = null; // only for the duplicate check: not kept through the steps below, which need the most memory
    return merge.canonical();
  }

  /** The posts merged so far, each with its term ids, and the terms and surfaces they use. Not thread-safe. */
  private static final class Merge {
    private final EngineContext engine;
    private TermTable.Builder terms = new TermTable.Builder(1 << 16);
    private Surfaces.Builder surfaces = new Surfaces.Builder();
    private Doc[] docs;
    private int count;

    Merge(EngineContext engine, int expected) {
      this.engine = engine;
      this.docs = new Doc[expected];
    }

    /** Gives the terms of a batch of analysed posts their ids, in input order, and adds the posts. */
    void add(List<Article> batch, List<Featurizer.Features> features) {
      for (int k = 0; k < batch.size(); k++) {
        Featurizer.Features f = features.get(k);
        int known = terms.size();
        Article article = Updates.stored(engine.options(), batch.get(k));
        Doc doc = Doc.analysed(article, f, terms::add);
        for (int id = known; id < terms.size(); id++) {
          surfaces.append(f.surfaces().getOrDefault(terms.key(id), ""), f.language());
        }
        for (Map.Entry<String, String> e : f.surfaces().entrySet()) {
          int id = terms.add(e.getKey());
          if (id < known) {
            surfaces.merge(id, e.getValue(), f.language());
          }
        }
        if (count == docs.length) {
          docs = Arrays.copyOf(docs, Math.max(16, docs.length * 2)); // the collection grew while we read it
        }
        docs[count++] = doc;
      }
    }

    /**
     * Returns the index of the posts merged, handing them over: this merge no longer holds them, so that each
     * post's form before canonical term ids (and its article before compression) can be collected as soon as
     * its successor is made, rather than staying reachable from here through the whole build.
     */
    IndexData canonical() {
      String[] keys = new String[terms.size()];
      for (int id = 0; id < keys.length; id++) {
        keys[id] = terms.key(id);
      }
      Doc[] all = count == docs.length ? docs : Arrays.copyOf(docs, count);
      Surfaces built = surfaces.build();
      docs = new Doc[0];
      count = 0;
      terms = new TermTable.Builder(0);
      surfaces = new Surfaces.Builder();
      return IndexBuilder.canonical(engine, all, keys, built);
    }
  }

  /**
   * Rebuilds a snapshot from its live posts' analysed form, without analysing them again: in canonical form
   * (see {@link #canonical}), with the postings compacted, the latent space learned anew and the
   * neighbourhood densities computed again. The result equals a bulk build of the same posts.
   */
  static IndexData rebuild(IndexData index) {
    Doc[] docs = index.liveDocs().stream().map(d -> d.withoutLearned()).toArray(Doc[]::new);
    return canonical(index.engine(), docs, keys(index), index.surfaces());
  }

  /**
   * Compacts a snapshot: the slots of removed and replaced posts dropped, the live posts' ordinals made dense
   * again (in their order), postings and pair counts rebuilt from them. Term ids, the latent space and the
   * densities stay as they are, so the answers are those of {@code index}; the cost is proportional to the
   * index.
   */
  static IndexData compact(IndexData index) {
    Doc[] docs = index.liveDocs().toArray(Doc[]::new);
    List<String> ids = new ArrayList<>(docs.length);
    for (Doc d : docs) {
      ids.add(d.id());
    }
    return new IndexData(
        index.engine(), index.dictionary(), index.nextTermId(), index.surfaces(), LayeredMap.sorted(ids), DocTable.of(docs),
        PostingsTable.of(docs, index.nextTermId()), pairCounts(docs), docs.length, index.languages(), index.totalLength(), index.latent(),
        index.folded(), index.densitySum(), index.densityCount(), index.articles());
  }

  /** The dictionary's keys by term id; null for ids no key has. */
  static String[] keys(IndexData index) {
    return keys(index.dictionary(), index.nextTermId());
  }

  /** The keys of {@code dictionary} by term id, for the ids below {@code count}; null for ids no key has. */
  static String[] keys(LayeredMap dictionary, int count) {
    String[] keys = new String[count];
    dictionary.forEach((key, id) -> {
      if (id < keys.length) {
        keys[id] = key;
      }
    });
    return keys;
  }

  /**
   * Assembles the snapshot of {@code docs} in canonical form, so that it is a function of the set of posts
   * alone, not of the order they came in: ordinals in the order of post ids, term ids by the number of posts
   * that use each term, most first, then in the order of the terms (terms no post uses dropped), so that
   * every sum, tie and sample is the same whatever the input order. Common terms first keep a post's ids,
   * most of them common words, close together, so that their gaps in its analysed form ({@link DocEncoding})
   * take fewer bytes: 280 against 320 a post of the benchmark's synthetic posts at 100k, where the ids were
   * in the order of the terms.
   *
   * @param docs the posts, any order, each with its term ids into {@code keys}; handed over (sorted and
   *     replaced in place)
   * @param keys each old term id's dictionary key; handed over (cleared once read)
   * @param surfaces the surfaces under the old term ids
   */
  private static IndexData canonical(EngineContext engine, Doc[] docs, String[] keys, Surfaces surfaces) {
    sortById(docs);
    int[] df = new int[keys.length];
    for (Doc post : docs) {
      DocVectors d = post.vectors();
      for (int t : d.terms) {
        df[t]++;
      }
      for (int t : d.grams) {
        df[t]++;
      }
      for (int t : d.labels) {
        df[t]++;
      }
    }
    Integer[] order = java.util.stream.IntStream.range(0, keys.length).filter(t -> df[t] > 0 && keys[t] != null).boxed().toArray(Integer[]::new);
    Arrays.parallelSort(order, (a, b) -> df[a] != df[b] ? Integer.compare(df[b], df[a]) : keys[a].compareTo(keys[b]));
    int[] newId = new int[keys.length];
    Arrays.fill(newId, -1);
    List<String> sortedKeys = new ArrayList<>(order.length);
    Surfaces.Builder newSurfaces = new Surfaces.Builder();
    for (int k = 0; k < order.length; k++) {
      int old = order[k];
      newId[old] = k;
      sortedKeys.add(keys[old]);
      String surface = surfaces.baseSurface(old);
      String language = surfaces.baseLanguage(old);
      newSurfaces.append(surface == null ? "" : surface, language == null ? "" : language);
    }
    surfaces.forEachOther((term, language, surface) -> {
      if (term < newId.length && newId[term] >= 0) {
        newSurfaces.merge(newId[term], surface, language);
      }
    });
    LayeredMap dictionary = LayeredMap.of(TermTable.of(sortedKeys));
    int termCount = sortedKeys.size();
    // The keys as strings are not needed past here: the dictionary holds their characters.
    sortedKeys = null;
    Arrays.fill(keys, null);
    // In place: each post's old form is garbage as soon as its remapped one exists (the caller hands the
    // array over), so the build never holds two forms of every post.
    java.util.stream.IntStream.range(0, docs.length).parallel().forEach(i -> docs[i] = docs[i].remapped(newId));
    List<String> ids = new ArrayList<>(docs.length);
    for (Doc d : docs) {
      ids.add(d.id());
    }
    return assemble(engine, dictionary, termCount, newSurfaces.build(), docs, LayeredMap.sorted(ids));
  }

  private static IndexData assemble(
      EngineContext engine, LayeredMap dictionary, int termCount, Surfaces surfaces, Doc[] docs, LayeredMap ordinals) {
    ArticleDictionary articles = ArticleSample.learn(docs);
    java.util.stream.IntStream.range(0, docs.length).parallel().forEach(i -> docs[i] = docs[i].withArticles(articles));
    double totalLength = 0;
    PersistentMap<String, Integer> languages = PersistentMap.empty();
    for (Doc doc : docs) {
      totalLength += doc.length;
      languages = Updates.count(languages, doc.language, +1);
    }
    PostingsTable postings = PostingsTable.of(docs, termCount);
    PairCounts pairs = pairCounts(docs);
    // The posts are packed into the table's leaves, each standalone post let go of once it is (the caller
    // hands the array over), so the build does not hold every post twice.
    DocTable table = DocTable.consuming(docs);
    IndexData index =
        new IndexData(
            engine,
            dictionary,
            termCount,
            surfaces,
            ordinals,
            table,
            postings,
            pairs,
            table.size(),
            languages,
            totalLength,
            null,
            0,
            0,
            0,
            articles);
    return Density.attach(withLatentSpace(index));
  }

  /** Returns {@code index} with a latent space learned from its posts and every post projected, or as is when it is too small for one. */
  private static IndexData withLatentSpace(IndexData index) {
    int wanted = index.engine().options().latentDimensions();
    if (wanted == 0 || index.liveCount() < LatentSpace.MIN_POSTS) {
      return index;
    }
    List<Doc> training = LatentSpace.sample(index.liveDocs(), index.engine().options().latentTrainingPosts());
    LatentSpace space = LatentSpace.learn(training, index.nextTermId(), keys(index), wanted);
    if (space == null) {
      return index;
    }
    Doc[] projected = new Doc[index.ordinalCount()];
    java.util.stream.IntStream.range(0, projected.length).parallel().forEach(i -> {
      Doc doc = index.doc(i);
      projected[i] = doc == null ? null : doc.withLatent(space.project(doc));
    });
    return index.withLatent(space, DocTable.consuming(projected));
  }

  /** Sorts posts by id, reading each id once. */
  private static void sortById(Doc[] docs) {
    String[] ids = new String[docs.length];
    Integer[] order = new Integer[docs.length];
    java.util.stream.IntStream.range(0, docs.length).parallel().forEach(i -> {
      ids[i] = docs[i].id();
      order[i] = i;
    });
    Arrays.parallelSort(order, java.util.Comparator.comparing(i -> ids[i]));
    Doc[] sorted = new Doc[docs.length];
    for (int i = 0; i < docs.length; i++) {
      sorted[i] = docs[order[i]];
    }
    System.arraycopy(sorted, 0, docs, 0, docs.length);
  }

  private static PairCounts pairCounts(Doc[] docs) {
    PairCounts.Builder counts = new PairCounts.Builder();
    for (Doc post : docs) {
      DocVectors doc = post.vectors();
      for (int i = 0; i < doc.pairs.length; i++) {
        counts.add(doc.pairHash(i));
      }
    }
    return counts.build();
  }
}
