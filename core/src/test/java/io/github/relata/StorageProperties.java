package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The compact forms a post is kept in: {@link ArticleCodec} for its article, {@link Doc}'s encoding of its analysed form. */
final class StorageProperties {

  @Test
  void anArticleIsKeptExactly() {
    qt().withExamples(PropertyExamples.scaled(2_000)).forAll(Generators.nastyText(), Generators.nastyText(), Generators.nastyText(), longs().all()).checkAssert((title, text, label, seed) -> {
      Random random = new Random(seed);
      Set<String> tags = new LinkedHashSet<>();
      if (!label.isBlank()) {
        tags.add(label.strip());
      }
      tags.add("tag " + random.nextInt(5));
      Instant published = random.nextBoolean() ? null : Instant.ofEpochSecond(random.nextLong() % 100_000_000_000L, random.nextInt(1_000_000_000));
      Article a = new Article("id-" + text.length() + "-\uDFFF" + seed, title, text, random.nextBoolean() ? text : "", published, tags,
          random.nextBoolean() ? Set.of("kategori ö") : Set.of(), random.nextBoolean() ? null : "Författare " + label, random.nextBoolean() ? null : "https://example.org/" + seed,
          random.nextBoolean() ? null : "sv");
      byte[] bytes = ArticleCodec.encode(a);
      Article decoded = ArticleCodec.decode(bytes);
      assertEquals(a, decoded);
      assertEquals(a.toString(), decoded.toString());
      assertEquals(a.tags().stream().toList(), decoded.tags().stream().toList(), "tags in their order");
      assertEquals(a.id(), ArticleCodec.id(bytes));
    });
  }

  @Test
  void anArticleCompressedAgainstADictionaryIsKeptExactly() {
    int[] compressed = {0};
    int examples = PropertyExamples.scaled(2_000);
    qt().withExamples(examples).forAll(Generators.nastyText(), Generators.nastyText(), Generators.nastyText(), longs().all()).checkAssert((title, text, label, seed) -> {
      Random random = new Random(seed);
      Instant published = random.nextBoolean() ? null : Instant.ofEpochSecond(random.nextLong() % 100_000_000_000L, random.nextInt(1_000_000_000));
      Article a = new Article("id-" + text.length() + "-\uDFFF" + seed, title + " " + title, text + " " + text + " " + label, random.nextBoolean() ? text : "",
          published, label.isBlank() ? Set.of("tag") : Set.of(label.strip(), "tag"), Set.of(), random.nextBoolean() ? null : "Författare " + label,
          random.nextBoolean() ? null : "https://example.org/" + seed, random.nextBoolean() ? null : "sv");
      // A dictionary learned from the article itself or from others like it, or from an unrelated one.
      Article other = Article.builder("other", random.nextBoolean() ? title : "Unrelated").summary(random.nextBoolean() ? text : "nothing shared").build();
      Doc[] sample = random.nextBoolean() ? new Doc[] {doc(a), doc(other)} : new Doc[] {doc(other)};
      ArticleDictionary dictionary = ArticleSample.learn(sample);
      byte[] raw = ArticleCodec.encode(a);
      byte[] stored = ArticleCodec.compressed(raw, ArticleDictionary.NONE, dictionary);
      assertTrue(stored.length <= raw.length, stored.length + " bytes stored for " + raw.length);
      if (stored != raw) {
        compressed[0]++;
      }
      Article decoded = ArticleCodec.decode(stored, dictionary);
      assertEquals(a, decoded);
      assertEquals(a.toString(), decoded.toString());
      assertEquals(a.tags().stream().toList(), decoded.tags().stream().toList(), "tags in their order");
      assertEquals(a.id(), ArticleCodec.id(stored));
      assertArrayEquals(raw, ArticleCodec.raw(stored, dictionary));
      // Against a dictionary recorded in a snapshot, and moved to another one (a rebuild).
      ArticleDictionary restored = ArticleDictionary.of(dictionary.bytes());
      assertEquals(a, ArticleCodec.decode(stored, restored));
      ArticleDictionary next = ArticleSample.learn(new Doc[] {doc(other)});
      assertEquals(a, ArticleCodec.decode(ArticleCodec.compressed(stored, dictionary, next), next));
    });
    assertTrue(compressed[0] > examples / 4, "compressed " + compressed[0] + " of " + examples + " articles");
  }

  @Test
  void aCompressedArticleDoesNotDecodeWithoutItsDictionary() {
    Article a = Article.builder("p", "A title repeated, a title repeated, a title repeated").summary("A title repeated, a title repeated").build();
    ArticleDictionary dictionary = ArticleSample.learn(new Doc[] {doc(a)});
    byte[] stored = ArticleCodec.compressed(ArticleCodec.encode(a), ArticleDictionary.NONE, dictionary);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ArticleCodec.decode(stored));
    assertTrue(e.getMessage().contains("the article p is compressed"), e.getMessage());
  }

  @Test
  void aTruncatedCompressedArticleIsAClearError_notAShorterArticle() {
    Article a = Article.builder("p", "A title repeated, a title repeated, a title repeated")
        .summary("A summary of some length, with words the dictionary has and words it has not: Nordregio, regionalpolitik.").build();
    Article other = Article.builder("q", "A title repeated").summary("A summary of some length, with words").build();
    ArticleDictionary dictionary = ArticleSample.learn(new Doc[] {doc(other)});
    byte[] stored = ArticleCodec.compressed(ArticleCodec.encode(a), ArticleDictionary.NONE, dictionary);
    assertTrue(stored.length < ArticleCodec.encode(a).length, "compressed");
    byte[] truncated = java.util.Arrays.copyOf(stored, stored.length - 4);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ArticleCodec.decode(truncated, dictionary));
    assertTrue(e.getMessage().contains("compressed bytes") && e.getMessage().contains("dictionary of"), e.getMessage());
  }

  @Test
  void aBuiltIndexKeepsItsArticlesCompressed_andAddedPostsAgainstItsDictionary() throws IOException {
    List<Article> all = SamplePosts.all();
    RelatedPosts engine = RelatedPosts.builder().build();
    ArticleIndex built = engine.index(all.subList(1, all.size()));
    IndexData data = ((IndexSnapshot) built).data();
    assertTrue(!data.articles().isNone(), "a bulk build learns a dictionary");
    long kept = 0;
    long raw = 0;
    for (Doc doc : data.liveDocs()) {
      kept += doc.articleSize();
      raw += ArticleCodec.encode(doc.article()).length;
    }
    assertTrue(kept < 0.8 * raw, kept + " bytes kept for " + raw + " uncompressed");
    for (Article a : all.subList(1, all.size())) {
      assertEquals(Updates.stored(engine.options(), a), built.article(a.id()).orElseThrow());
    }

    Article added = all.get(0);
    ArticleIndex live = built.with(added);
    IndexData after = ((IndexSnapshot) live).data();
    assertSame(data.articles(), after.articles(), "a post added between rebuilds is compressed against the current dictionary");
    Doc doc = after.doc(after.ordinals().get(added.id()));
    assertTrue(doc.articleSize() < ArticleCodec.encode(doc.article()).length, "the added post is compressed");
    assertEquals(Updates.stored(engine.options(), added), live.article(added.id()).orElseThrow());

    // A saved snapshot records the dictionary, and the loaded one keeps its articles as compressed as the saved one.
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    live.save(file);
    IndexData loaded = ((IndexSnapshot) engine.load(new ByteArrayInputStream(file.toByteArray()))).data();
    assertArrayEquals(after.articles().bytes(), loaded.articles().bytes());
    for (int o = 0; o < after.ordinalCount(); o++) {
      assertEquals(after.doc(o).articleSize(), loaded.doc(o).articleSize(), "the article at ordinal " + o);
      assertEquals(after.doc(o).article(), loaded.doc(o).article());
    }
  }

  private static Doc doc(Article article) {
    return Doc.restored(article, "en", new int[0], new char[0], new long[0], new char[0], new int[0], new char[0], new int[0], 1f, new int[0], null,
        Float.NaN);
  }

  @Test
  void aLatin1ArticleTakesAboutOneByteACharacter() {
    Article a = Article.builder("smart-specialisering", "Smart specialisering i Stockholm").summary("Regionerna satsar på smart specialisering och entreprenöriell upptäckt.").build();
    int chars = a.id().length() + a.title().length() + a.summary().length();
    int bytes = ArticleCodec.encode(a).length;
    assertTrue(bytes <= chars + 16, bytes + " bytes for " + chars + " characters");
  }

  @Test
  void theAnalysedFormDecodesToWhatWasEncoded() {
    qt().withExamples(PropertyExamples.scaled(3_000)).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      int[] terms = ascending(random, random.nextInt(300), random.nextBoolean() ? 5_000 : Integer.MAX_VALUE);
      char[] tfs = frequencies(random, terms.length);
      long[] pairs = pairsOf(random, terms);
      char[] pairTfs = frequencies(random, pairs.length);
      int[] grams = ascending(random, random.nextInt(3) == 0 ? random.nextInt(600) : 0, Integer.MAX_VALUE);
      char[] gramTfs = frequencies(random, grams.length);
      int[] labels = ascending(random, random.nextInt(6), Integer.MAX_VALUE);
      int[] title = ascending(random, Math.min(terms.length, random.nextInt(12)), terms.length);
      Article article = Article.builder("p" + seed, "t").build();
      Doc doc = Doc.restored(article, "en", terms, tfs, pairs, pairTfs, grams, gramTfs, labels, 12.5f, title, null, Float.NaN);
      DocVectors v = doc.vectors();
      assertArrayEquals(terms, v.terms);
      assertArrayEquals(tfs, v.storedTfs());
      assertArrayEquals(pairs, v.pairs);
      assertArrayEquals(pairTfs, v.storedPairTfs());
      assertArrayEquals(grams, v.grams);
      assertArrayEquals(gramTfs, v.storedGramTfs());
      assertArrayEquals(labels, v.labels);
      assertArrayEquals(title, v.titlePositions);
      assertEquals(12.5f, v.length);
      assertEquals(doc.stableNorm, v.stableNorm);
      assertEquals(article, doc.article());
      assertNotSame(doc.article(), doc.article());
      assertEquals(article.id(), doc.id());
      assertNotSame(v.terms, doc.vectors().terms);
      DocVectors withoutGrams = doc.vectors(false);
      assertArrayEquals(terms, withoutGrams.terms);
      assertArrayEquals(pairs, withoutGrams.pairs);
      assertArrayEquals(labels, withoutGrams.labels);
      assertArrayEquals(title, withoutGrams.titlePositions);
      assertEquals(0, withoutGrams.grams.length);
    });
  }

  @Test
  void aLongPostsFarApartPairsDecode() {
    // Gaps and positions of some 18 bits: a pair's bits with an escaped frequency no longer fit the first
    // window read, so the reader reads a second one.
    int[] terms = java.util.stream.IntStream.range(0, 150_000).map(i -> 3 * i + 1).toArray();
    char[] tfs = new char[terms.length];
    Arrays.fill(tfs, (char) 16);
    long[] pairs = {
      (long) terms[0] << 32 | terms[149_999], (long) terms[140_001] << 32 | terms[1], (long) terms[140_001] << 32 | terms[2],
      (long) terms[149_999] << 32 | terms[0]};
    char[] pairTfs = {(char) 60_000, (char) 65_000, (char) 24, (char) 8};
    Article article = Article.builder("long", "t").build();
    Doc doc = Doc.restored(article, "en", terms, tfs, pairs, pairTfs, new int[0], new char[0], new int[0], 1f, new int[] {0, 149_999}, null,
        Float.NaN);
    DocVectors v = doc.vectors();
    assertArrayEquals(terms, v.terms);
    assertArrayEquals(pairs, v.pairs);
    assertArrayEquals(pairTfs, v.storedPairTfs());
    assertArrayEquals(new int[] {0, 149_999}, v.titlePositions);
    DocEncoding.Reader reader = new DocEncoding.Reader();
    reader.read(doc.encodedForm(), doc.formStart(), true);
    assertEquals(pairs.length, reader.pairCount);
    for (int i = 0; i < pairs.length; i++) {
      assertEquals(PairCounts.hash((int) (pairs[i] >>> 32), (int) pairs[i]), reader.pairHashes[i], "pair " + i);
      assertEquals(pairTfs[i], reader.pairTfs[i], "frequency of pair " + i);
    }
    assertEquals(2, reader.titleCount);
    assertEquals(149_999, reader.titlePositions[1]);
  }

  @Test
  void oneReaderReusedFromPostToPostReadsWhatDecodingReads() {
    // A query scores its candidates through one reader: arrays grown for a long post and reused for shorter
    // ones must hold exactly the current post, up to each count.
    qt().withExamples(PropertyExamples.scaled(300)).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      DocEncoding.Reader reader = new DocEncoding.Reader();
      for (int post = 0; post < 12; post++) {
        int[] terms = ascending(random, random.nextInt(random.nextBoolean() ? 300 : 20), random.nextBoolean() ? 5_000 : Integer.MAX_VALUE);
        long[] pairs = pairsOf(random, terms);
        int[] grams = ascending(random, random.nextInt(3) == 0 ? random.nextInt(600) : 0, Integer.MAX_VALUE);
        int[] labels = ascending(random, random.nextInt(12), Integer.MAX_VALUE);
        int[] title = ascending(random, Math.min(terms.length, random.nextInt(20)), terms.length);
        byte[] encoded = DocEncoding.encode(terms, frequencies(random, terms.length), pairs, frequencies(random, pairs.length), grams,
            frequencies(random, grams.length), labels, title);
        boolean withGrams = random.nextBoolean();
        // Among other posts' bytes, as a leaf of DocTable keeps it: the reader starts where the form does.
        int from = random.nextInt(40);
        byte[] among = new byte[from + encoded.length + random.nextInt(40)];
        random.nextBytes(among);
        System.arraycopy(encoded, 0, among, from, encoded.length);
        reader.read(among, from, withGrams);
        DocVectors v = DocEncoding.decode(among, from, 1f, 1f, true);
        assertArrayEquals(v.terms, Arrays.copyOf(reader.terms, reader.termCount));
        assertArrayEquals(v.storedTfs(), Arrays.copyOf(reader.tfs, reader.termCount));
        int[] hashes = new int[v.pairs.length];
        for (int i = 0; i < hashes.length; i++) {
          hashes[i] = v.pairHash(i);
        }
        assertArrayEquals(hashes, Arrays.copyOf(reader.pairHashes, reader.pairCount));
        assertArrayEquals(v.storedPairTfs(), Arrays.copyOf(reader.pairTfs, reader.pairCount));
        assertArrayEquals(v.labels, Arrays.copyOf(reader.labels, reader.labelCount));
        assertArrayEquals(v.titlePositions, Arrays.copyOf(reader.titlePositions, reader.titleCount));
        assertArrayEquals(withGrams ? v.grams : new int[0], Arrays.copyOf(reader.grams, reader.gramCount));
        assertArrayEquals(withGrams ? v.storedGramTfs() : new char[0], Arrays.copyOf(reader.gramTfs, reader.gramCount));
      }
    });
  }

  @Test
  void aPairOfWordsThePostDoesNotHaveIsRefused() {
    Article article = Article.builder("p", "t").build();
    char[] two = {16, 16};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Doc.restored(article, "en", new int[] {3, 7}, two, new long[] {3L << 32 | 8}, new char[] {8}, new int[0], new char[0], new int[0], 1, new int[0], null, 0));
    assertTrue(e.getMessage().contains("word pair"), e.getMessage());
  }

  @Test
  void pairCountsAreExactForEveryHash() {
    qt().withExamples(PropertyExamples.scaled(300)).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      int distinct = random.nextInt(random.nextBoolean() ? 50 : 20_000);
      int[] pool = random.ints(distinct).toArray();
      java.util.Map<Integer, Integer> expected = new java.util.HashMap<>();
      PairCounts.Builder builder = new PairCounts.Builder();
      int adds = distinct == 0 ? 0 : random.nextInt(3 * distinct + 1);
      for (int i = 0; i < adds; i++) {
        // A few hashes are counted hundreds of times, past what a count byte holds.
        int hash = random.nextInt(10) == 0 ? pool[0] : pool[random.nextInt(distinct)];
        builder.add(hash);
        expected.merge(hash, 1, Integer::sum);
      }
      PairCounts counts = builder.build();
      PairCounts restored = PairCounts.restored(counts.baseKeys(), counts.baseCounts(), counts.overlay());
      for (int hash : pool) {
        assertEquals(expected.getOrDefault(hash, 0), counts.df(hash), "count of " + hash);
        assertEquals(expected.getOrDefault(hash, 0), restored.df(hash), "restored count of " + hash);
      }
      for (int i = 0; i < 200; i++) {
        int other = random.nextInt();
        assertEquals(expected.getOrDefault(other, 0), counts.df(other), "count of " + other);
      }
      assertEquals(expected.size(), counts.baseKeys().length);
    });
  }

  @Test
  void aLatentVectorIsOneArrayThatKeepsItsComponentsAndScale() {
    qt().withExamples(PropertyExamples.scaled(2_000)).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      int dimensions = 1 + random.nextInt(random.nextBoolean() ? 8 : 200);
      float[] unit = unitVector(random, dimensions);
      float[] dense = new float[dimensions];
      double exact = 0;
      for (int i = 0; i < dimensions; i++) {
        dense[i] = (float) random.nextGaussian();
        exact += unit[i] * dense[i];
      }
      byte[] v = LatentVector.of(unit);
      int padded = (dimensions + 7) / 8 * 8;
      assertEquals(5 * padded / 8 + Float.BYTES, v.length, "five bits a component, padded to a multiple of eight, and the scale, in one array");
      assertEquals(LatentVector.bytes(dimensions), v.length);
      assertEquals(padded, LatentVector.dimensions(v));
      float max = 0;
      for (float x : unit) {
        max = Math.max(max, Math.abs(x));
      }
      float scale = LatentVector.scale(v);
      assertEquals(max / 15f, scale);
      byte[] codes = LatentVector.codes(v);
      assertEquals(padded, codes.length);
      for (int i = 0; i < padded; i++) {
        if (i >= dimensions) {
          assertEquals(0, codes[i], "padding is zero");
        } else if (scale > 0) {
          // Each component is rounded to the nearest step of the scale.
          assertEquals(unit[i], codes[i] * scale, scale / 2 * 1.001 + 1e-30);
        }
      }
      double absoluteUnit = 0;
      double absolute = 0;
      for (int i = 0; i < dimensions; i++) {
        absoluteUnit += Math.abs(unit[i]);
        absolute += Math.abs(dense[i]);
      }
      assertEquals(1.0, LatentVector.dot(v, v), scale * absoluteUnit * 1.001 + dimensions * scale * scale / 4 + 1e-5);
      assertEquals(exact, LatentVector.dot(v, dense), scale / 2 * absolute * 1.001 + 1e-5);
      float[] sum = new float[dimensions];
      LatentVector.addTo(v, sum);
      LatentVector.addTo(v, sum);
      for (int i = 0; i < dimensions; i++) {
        assertEquals(2 * codes[i] * scale, sum[i], 1e-6f * Math.abs(sum[i]) + 1e-30f);
      }
      assertArrayEquals(v, LatentVector.restored(codes, scale), "as a snapshot restores it");
    });
  }

  @Test
  void theDotProductOfTwoLatentVectorsIsTheSumOfTheirStepsProducts() {
    qt().withExamples(PropertyExamples.scaled(2_000)).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      int dimensions = 1 + random.nextInt(random.nextBoolean() ? 8 : 200);
      byte[] a = LatentVector.of(unitVector(random, dimensions));
      byte[] b = LatentVector.of(unitVector(random, dimensions));
      byte[] ca = LatentVector.codes(a);
      byte[] cb = LatentVector.codes(b);
      long steps = 0;
      for (int i = 0; i < ca.length; i++) {
        steps += ca[i] * cb[i];
      }
      double expected = (double) steps * LatentVector.scale(a) * LatentVector.scale(b);
      assertEquals(expected, LatentVector.dot(a, b), Math.abs(expected) * 1e-12);
      assertEquals(LatentVector.dot(a, b), LatentVector.dot(b, a));
      // Inside a larger array, from an offset, as a post keeps it.
      int offset = random.nextInt(5);
      byte[] inside = new byte[offset + a.length + random.nextInt(5)];
      System.arraycopy(a, 0, inside, offset, a.length);
      assertEquals(LatentVector.dot(a, b), LatentVector.dot(inside, offset, b, 0, ca.length));
    });
  }

  @Test
  void aLatentVectorFromASnapshotOfAByteAComponentIsRoundedToFiveBits() {
    qt().withExamples(PropertyExamples.scaled(500)).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      int dimensions = 1 + random.nextInt(200);
      byte[] bytes = new byte[dimensions];
      for (int i = 0; i < dimensions; i++) {
        bytes[i] = (byte) (random.nextInt(255) - 127);
      }
      bytes[random.nextInt(dimensions)] = (byte) (random.nextBoolean() ? 127 : -127);
      float scale = (1 + random.nextFloat()) / 127 / (float) Math.sqrt(dimensions);
      byte[] v = LatentVector.restored(bytes, scale);
      float restoredScale = LatentVector.scale(v);
      assertEquals(127 * scale / 15, restoredScale, 1e-6 * restoredScale);
      byte[] codes = LatentVector.codes(v);
      for (int i = 0; i < dimensions; i++) {
        assertTrue(Math.abs(codes[i]) <= 15, "a step of at most 15: " + codes[i]);
        assertEquals(bytes[i] * scale, codes[i] * restoredScale, restoredScale / 2 * 1.001);
      }
    });
  }

  private static float[] unitVector(Random random, int dimensions) {
    float[] unit = new float[dimensions];
    double norm = 0;
    for (int i = 0; i < dimensions; i++) {
      unit[i] = (float) random.nextGaussian() * (random.nextInt(4) == 0 ? 1e-20f : 1);
      norm += (double) unit[i] * unit[i]; // in double: the square of a tiny component is no float
    }
    for (int i = 0; i < dimensions; i++) {
      unit[i] = (float) (unit[i] / Math.sqrt(norm));
    }
    return unit;
  }

  private static int[] ascending(Random random, int n, int bound) {
    if (n <= 0 || bound <= 0) {
      return new int[0];
    }
    return random.ints(Math.max(0, n) * 2L, 0, bound).distinct().limit(Math.min(n, bound)).sorted().toArray();
  }

  private static char[] frequencies(Random random, int n) {
    char[] tfs = new char[n];
    for (int i = 0; i < n; i++) {
      // Most of them one to four times the commonest frequencies (a word once, a pair once), the first three of
      // which are a class in the entry and the fourth an escape, as are the others.
      int kind = random.nextInt(9);
      tfs[i] = (char) (kind == 0 ? 1 + random.nextInt(Character.MAX_VALUE) : kind < 3 ? 1 + random.nextInt(200)
          : kind < 6 ? 16 * (1 + random.nextInt(4)) : 8 * (1 + random.nextInt(4)));
    }
    return tfs;
  }

  /** Distinct ascending pairs of the post's own words, as {@code first << 32 | second}. */
  private static long[] pairsOf(Random random, int[] terms) {
    if (terms.length == 0) {
      return new long[0];
    }
    int n = random.nextInt(terms.length + 1);
    long[] pairs = new long[n];
    for (int i = 0; i < n; i++) {
      pairs[i] = (long) terms[random.nextInt(terms.length)] << 32 | terms[random.nextInt(terms.length)];
    }
    return Arrays.stream(pairs).distinct().sorted().toArray();
  }
}
