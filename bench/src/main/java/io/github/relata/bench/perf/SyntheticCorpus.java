package io.github.relata.bench.perf;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.relata.bench.Corpus;
import io.github.relata.bench.CorpusPost;
import io.github.relata.bench.SharedCorpora;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Any number of posts made reproducibly from the real text of the labelled corpora, so that benchmarks at
 * 100k or 1M posts see realistic term statistics.
 *
 * <p>The source posts' bodies are split into sentences (see {@link Sentences}). Post {@code i} is a pure
 * function of the seed, {@code i} and the corpus files (read in name order), drawn from its own
 * {@link SplittableRandom}:
 *
 * <ul>
 *   <li>language: English ({@value #MAJORITY_LANGUAGE}) for {@value #MAJORITY_SHARE} of the posts whatever
 *       the corpora's sizes (or, without English source posts, the language with the most), the others
 *       (Swedish) for the rest, in proportion to their source posts; one language per post. The mix is fixed
 *       rather than taken from the corpora's sizes so that adding a large corpus of one language (the
 *       12,625-post Swedish pool of the editor-picked links) does not change what the benchmark measures;
 *       before this rule that pool made 80% of the posts Swedish;
 *   <li>a source post of that language, uniformly among those with at least two usable sentences (so
 *       Reuters supplies most English posts, as it has most posts);
 *   <li>body: {@value #MIN_SENTENCES} to {@value #MAX_SENTENCES} sentences, most of them from the source post
 *       in their original order, and a quarter or so from random other posts of the same corpus, inserted
 *       after the first sentence; paragraphs of three sentences;
 *   <li>title: the first 5 to 10 words of a random sentence of the source post;
 *   <li>date: a random day from {@value #FIRST_YEAR} to {@value #LAST_YEAR};
 *   <li>id {@code synthetic-<i>}; labels those of the source post; no tags.
 * </ul>
 *
 * <p>Posts made from the same source post share much of their text, as near-duplicates and follow-ups do on
 * a real site. The median length is about that of Reuters (some 100 words). Immutable and thread-safe;
 * generating a post takes about a microsecond, and only the sentence pools (some 25 MB) are held.
 */
public final class SyntheticCorpus {

  /** The seed of the published benchmark figures. */
  public static final long DEFAULT_SEED = 2026;
  /** The share of posts in the majority language. */
  public static final double MAJORITY_SHARE = 0.8;
  /** The majority language, when the corpora have source posts in it. */
  public static final String MAJORITY_LANGUAGE = "en";
  static final int MIN_SENTENCES = 3;
  static final int MAX_SENTENCES = 8;
  static final int FIRST_YEAR = 2008;
  static final int LAST_YEAR = 2025;
  private static final int SENTENCES_PER_PARAGRAPH = 3;
  private static final LocalDate FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1);
  private static final int DAYS = (int) (LocalDate.of(LAST_YEAR + 1, 1, 1).toEpochDay() - FIRST_DAY.toEpochDay());

  private final long seed;
  private final List<SentencePool> pools;
  /** Cumulative language shares, one per pool, the last 1.0. */
  private final double[] cumulativeShare;

  private SyntheticCorpus(long seed, List<SentencePool> pools) {
    this.seed = seed;
    this.pools = pools;
    this.cumulativeShare = new double[pools.size()];
    int minorityPosts = 0;
    for (int p = 1; p < pools.size(); p++) {
      minorityPosts += pools.get(p).mains.length;
    }
    double sum = 0;
    for (int p = 0; p < pools.size(); p++) {
      double share = pools.size() == 1 ? 1.0
          : p == 0 ? MAJORITY_SHARE
          : (1 - MAJORITY_SHARE) * pools.get(p).mains.length / minorityPosts;
      sum += share;
      cumulativeShare[p] = p == pools.size() - 1 ? 1.0 : sum;
    }
  }

  /**
   * Reads every corpus in a directory ({@link SharedCorpora#files}) and prepares the generator.
   *
   * @param corporaDirectory a directory of corpus files, such as {@code ../shared/corpora}
   * @param seed the seed; {@link #DEFAULT_SEED} for the published figures
   * @return the generator
   * @throws IOException if a corpus cannot be read
   * @throws IllegalArgumentException if the corpora have no usable text
   */
  public static SyntheticCorpus load(Path corporaDirectory, long seed) throws IOException {
    Objects.requireNonNull(corporaDirectory, "corporaDirectory");
    List<Corpus> corpora = new ArrayList<>();
    for (Path file : SharedCorpora.files(corporaDirectory)) {
      corpora.add(Corpus.read(file));
    }
    return of(corpora, seed);
  }

  /** Loads the shared corpora with the default seed; throws {@link IllegalStateException} with a clear message when they are absent. */
  public static SyntheticCorpus loadShared() throws IOException {
    return load(SharedCorpora.require(), DEFAULT_SEED);
  }

  /**
   * Prepares the generator from corpora in memory (their order matters for reproducibility).
   *
   * @param corpora source corpora
   * @param seed the seed
   * @return the generator
   * @throws IllegalArgumentException if no post has at least two usable sentences
   */
  public static SyntheticCorpus of(List<Corpus> corpora, long seed) {
    Map<String, SentencePool.Builder> builders = new TreeMap<>();
    for (Corpus corpus : corpora) {
      for (CorpusPost post : corpus.posts()) {
        String lang = post.lang().isBlank() ? "en" : post.lang();
        builders.computeIfAbsent(lang, SentencePool.Builder::new)
            .add(corpus.name(), Sentences.split(post.body()), post.labels());
      }
    }
    List<SentencePool> pools = new ArrayList<>();
    for (SentencePool.Builder builder : builders.values()) {
      SentencePool pool = builder.build();
      if (pool.mains.length > 0) {
        pools.add(pool);
      }
    }
    if (pools.isEmpty()) {
      throw new IllegalArgumentException("the corpora have no post with two usable sentences: " + corpora.size() + " corpora");
    }
    // English first, then the language with most source posts; ties by code.
    pools.sort(Comparator.comparing((SentencePool pool) -> !pool.lang.equals(MAJORITY_LANGUAGE))
        .thenComparing(pool -> -pool.mains.length)
        .thenComparing(pool -> pool.lang));
    return new SyntheticCorpus(seed, List.copyOf(pools));
  }

  /** Returns each language's expected share of the posts, e.g. {@code {en=0.8, sv=0.2}}. */
  public Map<String, Double> languageShares() {
    Map<String, Double> shares = new LinkedHashMap<>();
    double previous = 0;
    for (int p = 0; p < pools.size(); p++) {
      shares.put(pools.get(p).lang, cumulativeShare[p] - previous);
      previous = cumulativeShare[p];
    }
    return shares;
  }

  /** Returns this generator's seed. */
  public long seed() {
    return seed;
  }

  /**
   * Returns post number {@code i}; the same for the same seed, {@code i} and corpora.
   *
   * @param i zero or more
   * @return the post, with id {@code synthetic-<i>}
   */
  public CorpusPost post(int i) {
    if (i < 0) {
      throw new IllegalArgumentException("post number must not be negative: " + i);
    }
    SplittableRandom random = new SplittableRandom(mix(seed, i));
    SentencePool pool = pools.get(languageIndex(random.nextDouble()));
    int source = pool.mains[random.nextInt(pool.mains.length)];
    String[] own = pool.sentences[source];
    int count = MIN_SENTENCES + random.nextInt(MAX_SENTENCES - MIN_SENTENCES + 1);
    int foreign = count / 4 + random.nextInt(2);
    int fromOwn = Math.min(count - foreign, own.length);

    List<String> chosen = new ArrayList<>(fromOwn + foreign);
    int needed = fromOwn;
    for (int s = 0; s < own.length && needed > 0; s++) {
      if (random.nextInt(own.length - s) < needed) { // selection sampling: keeps the original order
        chosen.add(own[s]);
        needed--;
      }
    }
    int corpusStart = pool.corpusStart[source];
    int corpusSize = pool.corpusEnd[source] - corpusStart;
    for (int f = 0; f < foreign; f++) {
      String[] other = pool.sentences[corpusStart + random.nextInt(corpusSize)];
      if (other.length > 0) {
        chosen.add(1 + random.nextInt(chosen.size()), other[random.nextInt(other.length)]);
      }
    }
    String title = Sentences.firstWords(own[random.nextInt(own.length)], 5 + random.nextInt(6));
    LocalDate date = FIRST_DAY.plusDays(random.nextInt(DAYS));
    return new CorpusPost("synthetic-" + i, title, body(chosen), date, pool.lang, List.of(), pool.labels.get(source));
  }

  private int languageIndex(double draw) {
    for (int p = 0; p < cumulativeShare.length; p++) {
      if (draw < cumulativeShare[p]) {
        return p;
      }
    }
    return cumulativeShare.length - 1;
  }

  private static String body(List<String> sentences) {
    StringBuilder body = new StringBuilder(sentences.size() * 140);
    for (int s = 0; s < sentences.size(); s++) {
      if (s > 0) {
        body.append(s % SENTENCES_PER_PARAGRAPH == 0 ? "\n\n" : " ");
      }
      body.append(sentences.get(s));
    }
    return body.toString();
  }

  /** Returns a well-mixed 64-bit seed for post {@code i} (SplitMix64's finaliser over seed and index). */
  static long mix(long seed, long i) {
    long z = seed * 0x9E3779B97F4A7C15L + (i + 1) * 0xD1B54A32D192ED03L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Returns posts 0 to {@code n - 1} as a list that makes each post when it is read: it holds nothing, and
   * {@code get(i)} returns a new, equal post on each call.
   *
   * @param n the number of posts, zero or more
   * @return an unmodifiable random-access view
   */
  public List<CorpusPost> posts(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative: " + n);
    }
    return new Generated(n);
  }

  private final class Generated extends AbstractList<CorpusPost> implements RandomAccess {
    private final int size;

    Generated(int size) {
      this.size = size;
    }

    @Override
    public CorpusPost get(int index) {
      Objects.checkIndex(index, size);
      return post(index);
    }

    @Override
    public int size() {
      return size;
    }
  }

  /**
   * Writes posts 0 to {@code n - 1} as a JSON Lines corpus (the format of {@code corpora/README.md}, labels
   * sorted), streaming: nothing is held.
   *
   * @param file the file to write, replaced if it exists
   * @param n the number of posts
   * @throws IOException if the file cannot be written
   */
  public void writeJsonl(Path file, int n) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeJsonl(out, n);
    }
  }

  /** Writes posts 0 to {@code n - 1} as JSON Lines to {@code out}, which is flushed but not closed. */
  public void writeJsonl(Writer out, int n) throws IOException {
    JsonFactory factory = new JsonFactory();
    factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    try (JsonGenerator json = factory.createGenerator(out)) {
      json.setRootValueSeparator(null);
      for (int i = 0; i < n; i++) {
        CorpusPost post = post(i);
        json.writeStartObject();
        json.writeStringField("id", post.id());
        json.writeStringField("title", post.title());
        json.writeStringField("date", post.date() == null ? null : post.date().toString());
        json.writeStringField("body", post.body());
        json.writeArrayFieldStart("tags");
        json.writeEndArray();
        json.writeArrayFieldStart("labels");
        for (String label : post.labels().stream().sorted().toList()) {
          json.writeString(label);
        }
        json.writeEndArray();
        json.writeStringField("lang", post.lang());
        json.writeNullField("url");
        json.writeEndObject();
        json.flush();
        out.write('\n');
      }
    }
    out.flush();
  }

  @Override
  public String toString() {
    return "SyntheticCorpus[seed=" + seed + ", languages=" + Collections.unmodifiableMap(languageShares()) + "]";
  }
}
