package io.github.relata;

import io.github.relata.SnapshotException.Problem;
import io.github.relata.internal.LayeredMap;
import io.github.relata.internal.PersistentMap;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a snapshot written by {@link SnapshotWriter} into an {@link IndexData} of the loading engine,
 * after checking that the engine's settings are those the snapshot was made with. What is read is checked
 * as far as a query or a change relies on it (ids in range, arrays of matching lengths, sorted term ids),
 * so that even a file with valid checksums but wrong content fails here rather than in a query.
 */
final class SnapshotReader {

  private final EngineContext engine;
  private final SnapshotInput in;
  private int ordinalCount;
  private int nextTermId;
  /** The dimensions of the posts' latent vectors, -1 before the first. */
  private int vectorDimensions = -1;
  /** The dictionary of the ARTD section, which the posts read after it are compressed against. */
  private ArticleDictionary articles = ArticleDictionary.NONE;
  /** One string per language code, as a built index shares them. */
  private final Map<String, String> languageCodes = new HashMap<>();

  private SnapshotReader(EngineContext engine, SnapshotInput in) {
    this.engine = engine;
    this.in = in;
  }

  /**
   * Reads a snapshot.
   *
   * @param source the file's name, or "the stream", for messages
   * @param size the file's length, or -1 for a stream
   * @param endCheck whether the file ends with an end marker, for a file
   * @throws SnapshotException if it is not a snapshot this engine can load, saying why
   * @throws IOException if it cannot be read
   */
  static IndexData read(EngineContext engine, InputStream stream, String source, long size, SnapshotInput.@Nullable EndCheck endCheck)
      throws IOException {
    SnapshotInput in = new SnapshotInput(stream, source, size, endCheck);
    try {
      return new SnapshotReader(engine, in).readAll();
    } catch (RuntimeException e) {
      // A value the index's own types reject (a blank id, say): written wrongly, as every checksum matched.
      throw new SnapshotException(Problem.CORRUPT, in.source() + ": corrupt: inconsistent content, though every checksum matches: " + e, e);
    }
  }

  private IndexData readAll() throws IOException {
    in.expect("HEAD");
    checkSettings(SnapshotSettings.read(in));
    in.expect("SIZE");
    Sizes sizes = readSizes();
    in.expect("ARTD");
    articles = ArticleDictionary.of(in.readBytes("article dictionary"));
    in.expect("DOCS");
    Posts posts = readPosts(sizes.liveCount());
    in.expect("TERM");
    LayeredMap dictionary = readDictionary();
    SnapshotTables tables = new SnapshotTables(in, ordinalCount, nextTermId);
    in.expect("SURF");
    Surfaces surfaces = tables.surfaces();
    in.expect("POST");
    PostingsTable postings = tables.postings();
    in.expect("PAIR");
    PairCounts pairCounts = tables.pairCounts();
    in.expect("LANG");
    PersistentMap<String, Integer> languages = readLanguages(sizes.liveCount());
    in.expect("LATN");
    LatentSpace latent = tables.latent(IndexBuilder.keys(dictionary, nextTermId));
    // A snapshot records each vector's components padded to a multiple of eight (LatentVector.codes).
    in.check(vectorDimensions < 0 || latent != null && LatentVector.padded(vectorDimensions) == LatentVector.padded(latent.dimensions()),
        "latent vectors of dimensions",
        vectorDimensions + " in a space of " + (latent == null ? "none" : latent.dimensions()));
    in.finish();
    return new IndexData(engine, dictionary, nextTermId, surfaces, posts.ordinals(), DocTable.consuming(posts.docs()), postings, pairCounts,
        sizes.liveCount(), languages, sizes.totalLength(), latent, sizes.folded(), sizes.densitySum(), sizes.densityCount(), articles);
  }

  /** Fails unless this engine has the settings the snapshot was made with. */
  private void checkSettings(SnapshotSettings settings) throws SnapshotException {
    List<String> differences = settings.differences(engine.options());
    if (!differences.isEmpty()) {
      throw new SnapshotException(Problem.INCOMPATIBLE_SETTINGS, in.source() + ": made by an engine with other settings (Relata "
          + settings.library() + "): " + String.join("; ", differences)
          + ". Load it with an engine of the settings it was made with, or index the posts anew with these.");
    }
  }

  /** The counts and totals of the SIZE section. */
  private record Sizes(int liveCount, int folded, double totalLength, double densitySum, int densityCount) {}

  private Sizes readSizes() throws IOException {
    ordinalCount = in.readCount("posts", 1);
    int liveCount = in.readInt();
    in.check(liveCount >= 0 && liveCount <= ordinalCount, "live posts", liveCount + " of " + ordinalCount);
    if (liveCount > engine.options().limits().maxPosts()) {
      throw new SnapshotException(Problem.INCOMPATIBLE_SETTINGS, in.source() + ": holds " + liveCount
          + " posts, over this engine's limit of " + engine.options().limits().maxPosts() + " (Limits.maxPosts)");
    }
    nextTermId = in.readCount("terms", 1);
    int folded = in.readInt();
    in.check(folded >= 0, "changes since the build", folded);
    double totalLength = in.readDouble();
    double densitySum = in.readDouble();
    int densityCount = in.readInt();
    in.check(densityCount >= 0 && densityCount <= liveCount, "posts with a density", densityCount);
    return new Sizes(liveCount, folded, totalLength, densitySum, densityCount);
  }

  /** The posts by ordinal (null where removed), and post id to ordinal. */
  private record Posts(Doc[] docs, LayeredMap ordinals) {}

  private Posts readPosts(int liveCount) throws IOException {
    Doc[] docs = new Doc[in.initial(ordinalCount, 8)];
    List<String> ids = new ArrayList<>(in.initial(liveCount, 8));
    int live = 0;
    int firstHole = -1;
    for (int o = 0; o < ordinalCount; o++) {
      if (o == docs.length) {
        docs = Arrays.copyOf(docs, (int) Math.min(ordinalCount, 2L * docs.length + 16));
      }
      if (in.readBoolean()) {
        docs[o] = readDoc();
        ids.add(docs[o].id());
        live++;
      } else if (firstHole < 0) {
        firstHole = o;
      }
    }
    in.check(live == liveCount, "live posts", live + " where the header says " + liveCount);
    return new Posts(Arrays.copyOf(docs, ordinalCount), ordinals(docs, ids, firstHole));
  }

  private PersistentMap<String, Integer> readLanguages(int liveCount) throws IOException {
    PersistentMap<String, Integer> languages = PersistentMap.empty();
    int languageCount = in.readCount("languages", 8);
    long counted = 0;
    for (int i = 0; i < languageCount; i++) {
      String language = in.readString("language");
      int count = in.readInt();
      in.check(count > 0 && languages.get(language) == null, "posts in " + language, count);
      languages = languages.with(language, count);
      counted += count;
    }
    in.check(counted == liveCount, "posts counted by language", counted + " of " + liveCount);
    return languages;
  }

  private Doc readDoc() throws IOException {
    String id = in.readString("post id");
    String title = in.readString("title");
    String summary = in.readString("summary");
    String body = in.readString("body");
    Instant published = in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    Set<String> tags = readLabels("tags");
    Set<String> categories = readLabels("categories");
    String author = in.readNullableString("author");
    String url = in.readNullableString("url");
    String language = shared(in.readNullableString("language"));
    Article article = new Article(id, title, summary, body, published, tags, categories, author, url, language);
    String analysedLanguage = shared(in.readString("analysed language"));
    int[] terms = ascendingIds(in.readInts("terms"), "terms", id);
    char[] tfs = in.readChars("term frequencies");
    long[] pairs = in.readLongs("word pairs");
    for (long pair : pairs) {
      if (!termId((int) (pair >>> 32)) || !termId((int) pair)) {
        throw in.inconsistent("a word pair of " + id + ": " + Long.toHexString(pair));
      }
    }
    char[] pairTfs = in.readChars("pair frequencies");
    int[] grams = ascendingIds(in.readInts("n-grams"), "n-grams", id);
    char[] gramTfs = in.readChars("n-gram frequencies");
    int[] labels = ascendingIds(in.readInts("labels"), "labels", id);
    if (tfs.length != terms.length || pairTfs.length != pairs.length || gramTfs.length != grams.length) {
      throw in.inconsistent("frequencies for every term, pair and n-gram of " + id);
    }
    float length = in.readFloat();
    int[] titlePositions = in.readInts("title positions");
    for (int p : titlePositions) {
      if (p < 0 || p >= terms.length) {
        throw in.inconsistent("a title position of " + id + ": " + p);
      }
    }
    byte[] vector = null;
    if (in.readBoolean()) {
      float scale = in.readFloat();
      byte[] values = in.readBytes("latent vector");
      if (vectorDimensions >= 0 && vectorDimensions != values.length) {
        throw in.inconsistent("the latent dimensions of " + id + ": " + values.length + " where others have " + vectorDimensions);
      }
      vectorDimensions = values.length;
      vector = LatentVector.restored(values, scale);
    }
    float density = in.readFloat();
    return Doc.restored(article, analysedLanguage, terms, tfs, pairs, pairTfs, grams, gramTfs, labels, length, titlePositions, vector,
        density).withArticles(articles);
  }

  private @Nullable String shared(@Nullable String code) {
    return code == null ? null : languageCodes.computeIfAbsent(code, c -> c);
  }

  private Set<String> readLabels(String what) throws IOException {
    int n = in.readCount(what, 4);
    Set<String> labels = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      labels.add(in.readString(what));
    }
    return labels;
  }

  private boolean termId(int id) {
    return id >= 0 && id < nextTermId;
  }

  private int[] ascendingIds(int[] ids, String what, String id) throws IOException {
    for (int i = 0; i < ids.length; i++) {
      if (!termId(ids[i]) || i > 0 && ids[i] <= ids[i - 1]) {
        throw in.inconsistent(what + " of " + id + " (ascending ids below " + nextTermId + "): " + ids[i]);
      }
    }
    return ids;
  }

  /** Post id to ordinal: one compact table up to the first removed post, the rest in the overlay. */
  private LayeredMap ordinals(Doc[] docs, List<String> ids, int firstHole) throws IOException {
    int dense = firstHole < 0 ? ids.size() : firstHole;
    LayeredMap ordinals = LayeredMap.sorted(ids.subList(0, dense));
    in.check(ordinals.size() == dense, "distinct post ids", ordinals.size() + " of " + dense);
    for (int o = dense; o < ordinalCount; o++) {
      if (docs[o] != null) {
        if (ordinals.get(docs[o].id()) != LayeredMap.ABSENT) {
          throw in.inconsistent("a post id that appears twice: " + docs[o].id());
        }
        ordinals = ordinals.with(docs[o].id(), o);
      }
    }
    return ordinals;
  }

  /** Term to id: one compact table up to the first id without a term (none, unless ids were dropped), the rest in the overlay. */
  private LayeredMap readDictionary() throws IOException {
    int n = in.readInt();
    in.check(n == nextTermId, "terms in the dictionary", n + " where the header says " + nextTermId);
    List<String> dense = new ArrayList<>(in.initial(n, 8));
    int id = 0;
    for (; id < n; id++) {
      String key = in.readNullableString("term");
      if (key == null) {
        break;
      }
      dense.add(key);
    }
    LayeredMap dictionary = LayeredMap.of(dense);
    in.check(dictionary.size() == dense.size(), "distinct terms", dictionary.size() + " of " + dense.size());
    for (id++; id < n; id++) {
      String key = in.readNullableString("term");
      if (key != null) {
        if (dictionary.get(key) != LayeredMap.ABSENT) {
          throw in.inconsistent("a term that appears twice: " + key);
        }
        dictionary = dictionary.with(key, id);
      }
    }
    return dictionary;
  }
}
