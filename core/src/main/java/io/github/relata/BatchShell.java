package io.github.relata;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.relata.internal.LayeredMap;
import io.github.relata.internal.PersistentMap;
import io.github.relata.internal.TermTable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The indexes a batch run builds from a {@link BatchModel}, so that core's own scoring reads the site's
 * statistics: the statistics-only index (the site's dictionary, document frequencies, pair counts, surfaces
 * and sizes, and no posts), the index the latent space is learned from, and the index of all the posts.
 */
final class BatchShell {

  private BatchShell() {}

  /** The post as an index holds it, with term ids from the model and no latent vector. */
  static Doc doc(BatchPost p, ToIntFunction<String> idOf) {
    return Doc.analysed(p.article(), p.features(), idOf);
  }

  /** The statistics-only index of a model, built once a machine and kept in the model. */
  static IndexData of(EngineContext engine, BatchModel model) {
    Object cached = model.shellCache();
    if (cached instanceof IndexData data && data.engine() == engine) {
      return data;
    }
    synchronized (model) {
      cached = model.shellCache();
      if (cached instanceof IndexData data && data.engine() == engine) {
        return data;
      }
      PairCounts.Builder pairs = new PairCounts.Builder();
      model.pairDf.forEach((hash, count) -> {
        for (int i = 0; i < count; i++) {
          pairs.add(hash);
        }
      });
      IndexData data = new IndexData(
          engine, LayeredMap.of(TermTable.of(Arrays.asList(model.keys))), model.keys.length, surfaces(model), LayeredMap.empty(),
          DocTable.EMPTY, countsOnly(model), pairs.build(), model.posts, languages(model), model.totalLength, model.space(), 0, 0,
          0, ArticleDictionary.NONE);
      model.shellCache(data);
      return data;
    }
  }

  /** The site's postings table with document frequencies only. */
  private static PostingsTable countsOnly(BatchModel model) {
    return PostingsTable.of(new int[model.keys.length + 1], model.df, new int[0], new byte[0]);
  }

  /** The site's surfaces by term id: of each word that two posts share, in each language. */
  private static Surfaces surfaces(BatchModel model) {
    Surfaces.Builder surfaces = new Surfaces.Builder();
    for (int t = 0; t < model.keys.length; t++) {
      boolean appended = false;
      if (model.df[t] >= 2) {
        for (String language : model.languages.keySet()) {
          String surface = model.surfaces.get(model.keys[t] + '\u0000' + language);
          if (surface == null) {
            continue;
          }
          if (!appended) {
            surfaces.append(surface, language);
            appended = true;
          } else {
            surfaces.merge(t, surface, language);
          }
        }
      }
      if (!appended) {
        surfaces.append("", ""); // n-grams, labels, and words no other post has: never shown
      }
    }
    return surfaces.build();
  }

  static PersistentMap<String, Integer> languages(BatchModel model) {
    PersistentMap<String, Integer> languages = PersistentMap.empty();
    for (Map.Entry<String, Integer> e : model.languages.entrySet()) {
      languages = languages.with(e.getKey(), e.getValue());
    }
    return languages;
  }

  /** Returns the space learned from the training posts, in order of id, as an index of all the model's posts learns it; or null. */
  static @Nullable LatentSpace learn(EngineContext engine, BatchModel model, List<Doc> training) {
    int wanted = engine.options().latentDimensions();
    if (wanted == 0 || model.posts < LatentSpace.MIN_POSTS) {
      return null;
    }
    return LatentSpace.learn(training, model.keys.length, model.keys, wanted);
  }

  /**
   * Returns an index of all the site's posts, as a bulk build makes it from them, with the model's latent
   * space and the given densities.
   *
   * @param posts every post of the model, in order of id, each with its latent vector
   * @param analysed the same posts analysed, for the surfaces of words in one post only
   * @param densities each post's density, in the same order
   */
  static IndexData index(EngineContext engine, BatchModel model, List<Doc> posts, List<BatchPost> analysed, float[] densities) {
    checkArgument(posts.size() == model.posts, "the model has %s posts, not %s", model.posts, posts.size());
    checkArgument(analysed.size() == posts.size(), "%s analysed posts for %s posts", analysed.size(), posts.size());
    checkArgument(densities.length == posts.size(), "%s densities for %s posts", densities.length, posts.size());
    Doc[] docs = new Doc[posts.size()];
    double densitySum = 0;
    int densityCount = 0;
    for (int o = 0; o < docs.length; o++) {
      Doc doc = posts.get(o);
      checkArgument(o == 0 || docs[o - 1].id().compareTo(doc.id()) < 0, "posts must be in order of id: %s after %s", doc.id(),
          o == 0 ? "" : docs[o - 1].id());
      checkArgument(analysed.get(o).id().equals(doc.id()), "analysed post %s at %s, not %s", analysed.get(o).id(), o, doc.id());
      docs[o] = Float.isNaN(densities[o]) ? doc : doc.withDensity(densities[o]);
      if (!Float.isNaN(densities[o])) {
        densitySum += densities[o];
        densityCount++;
      }
    }
    IndexData shell = of(engine, model);
    IndexData state = new IndexData(
        engine, shell.dictionary(), model.keys.length, surfacesWithOwn(model, shell.surfaces(), analysed), LayeredMap.sorted(ids(docs)),
        DocTable.of(docs), PostingsTable.EMPTY, PairCounts.EMPTY, model.posts, languages(model), model.totalLength, model.space(), 0,
        densitySum, densityCount, ArticleDictionary.NONE);
    return IndexBuilder.compact(state); // the postings and pair counts of every post, the rest as given
  }

  /** The site's surfaces, with each word of one post only written as that post writes it. */
  private static Surfaces surfacesWithOwn(BatchModel model, Surfaces shared, List<BatchPost> analysed) {
    Map<Integer, String[]> own = new HashMap<>();
    for (BatchPost p : analysed) {
      for (int i = 0; i < p.words.length; i++) {
        int id = model.requireId(p.words[i]);
        if (model.df[id] == 1) {
          own.put(id, new String[] {p.surfaces[i], p.language});
        }
      }
    }
    Surfaces.Builder surfaces = new Surfaces.Builder();
    for (int t = 0; t < model.keys.length; t++) {
      String[] mine = own.get(t);
      String base = shared.baseSurface(t);
      if (mine != null) {
        surfaces.append(mine[0], mine[1]);
      } else {
        surfaces.append(base == null ? "" : base, base == null ? "" : shared.baseLanguage(t));
      }
    }
    shared.forEachOther((term, language, surface) -> surfaces.merge(term, surface, language));
    return surfaces.build();
  }

  static List<String> ids(Doc[] docs) {
    return Arrays.stream(docs).map(Doc::id).toList();
  }
}
