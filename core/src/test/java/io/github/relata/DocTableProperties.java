package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link DocTable}: posts packed a leaf at a time read back as the posts that went in, through every change. */
final class DocTableProperties {

  private static final String[] LANGUAGES = {"en", "sv", "de"};

  @Test
  void everyPostReadsBackAsItWentInThroughChanges() {
    qt().withExamples(PropertyExamples.scaled(200)).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      ArticleDictionary dictionary = ArticleDictionary.of(("a site's words: regional policy, smart specialisation " + seed).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      boolean mixed = random.nextBoolean(); // languages and dictionaries that differ within a leaf, or one for all
      int n = random.nextInt(3) == 0 ? random.nextInt(4) : random.nextInt(200);
      List<Doc> model = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        model.add(random.nextInt(8) == 0 ? null : randomDoc(random, i, mixed, dictionary));
      }
      Doc[] given = model.toArray(Doc[]::new);
      DocTable table = random.nextBoolean() ? DocTable.of(given) : DocTable.consuming(given.clone());
      assertSame(model, table);
      for (int change = 0; change < 30; change++) {
        int kind = random.nextInt(4);
        if (kind == 0) {
          Doc doc = randomDoc(random, 1000 + change, mixed, dictionary);
          table = table.plus(doc);
          model.add(doc);
        } else if (kind == 1 && !model.isEmpty()) {
          int at = random.nextInt(model.size());
          table = table.with(at, null);
          model.set(at, null);
        } else if (kind == 2 && !model.isEmpty()) {
          int at = random.nextInt(model.size());
          Doc doc = randomDoc(random, 2000 + change, mixed, dictionary);
          table = table.with(at, doc);
          model.set(at, doc);
        } else {
          float[] densities = new float[model.size()];
          for (int i = 0; i < densities.length; i++) {
            densities[i] = random.nextInt(5) == 0 ? Float.NaN : random.nextFloat();
            if (model.get(i) != null) {
              model.set(i, model.get(i).withDensity(densities[i]));
            }
          }
          DocTable before = table;
          table = table.withDensities(densities);
          assertEquals(before.size(), table.size());
        }
        assertSame(model, table);
      }
    });
  }

  @Test
  void aSlotPastTheEndGrowsTheTableWithEmptySlotsBetween() {
    Random random = new Random(7);
    Doc doc = randomDoc(random, 1, false, ArticleDictionary.NONE);
    DocTable table = DocTable.EMPTY.with(100, doc);
    assertEquals(101, table.size());
    for (int i = 0; i < 100; i++) {
      assertNull(table.get(i));
    }
    assertNotNull(table.get(100));
    assertEquals(doc.id(), table.get(100).id());
    assertThrows(IndexOutOfBoundsException.class, () -> table.get(101));
    assertThrows(IndexOutOfBoundsException.class, () -> table.with(-1, doc));
  }

  @Test
  void densitiesForAnotherSizeAreRefused() {
    DocTable table = DocTable.of(new Doc[] {randomDoc(new Random(3), 0, false, ArticleDictionary.NONE)});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.withDensities(new float[2]));
    assertEquals("2 densities for a table of 1 slots", e.getMessage());
  }

  private static void assertSame(List<Doc> model, DocTable table) {
    assertEquals(model.size(), table.size());
    for (int i = 0; i < model.size(); i++) {
      Doc expected = model.get(i);
      Doc actual = table.get(i);
      if (expected == null) {
        assertNull(actual, "slot " + i);
        continue;
      }
      assertNotNull(actual, "slot " + i);
      String where = "post " + expected.id() + " in slot " + i;
      assertEquals(expected.id(), actual.id(), where);
      assertEquals(expected.article(), actual.article(), where);
      assertArrayEquals(expected.articleBytes(), actual.articleBytes(), where);
      assertArrayEquals(expected.encodedBytes(), actual.encodedBytes(), where);
      assertEquals(expected.encodedSize(), actual.encodedSize(), where);
      assertArrayEquals(expected.latent(), actual.latent(), where);
      assertEquals(expected.language, actual.language, where);
      assertEquals(Double.doubleToLongBits(expected.day), Double.doubleToLongBits(actual.day), where);
      assertEquals(Float.floatToIntBits(expected.length), Float.floatToIntBits(actual.length), where);
      assertEquals(Float.floatToIntBits(expected.stableNorm), Float.floatToIntBits(actual.stableNorm), where);
      assertEquals(Float.floatToIntBits(expected.density), Float.floatToIntBits(actual.density), where);
      DocVectors e = expected.vectors();
      DocVectors a = actual.vectors();
      assertArrayEquals(e.terms, a.terms, where);
      assertArrayEquals(e.pairs, a.pairs, where);
      assertArrayEquals(e.grams, a.grams, where);
      assertArrayEquals(e.labels, a.labels, where);
      assertArrayEquals(e.titlePositions, a.titlePositions, where);
      // What scoring reads in place: the form from where the table says it starts.
      DocEncoding.Reader reader = new DocEncoding.Reader();
      reader.read(actual.encodedForm(), actual.formStart(), true);
      assertArrayEquals(e.terms, Arrays.copyOf(reader.terms, reader.termCount), where);
      if (expected.hasLatent()) {
        assertEquals(expected.latentDot(expected), actual.latentDot(actual), 1e-9, where);
      }
    }
  }

  private static Doc randomDoc(Random random, int n, boolean mixed, ArticleDictionary dictionary) {
    Instant published = random.nextInt(4) == 0 ? null : Instant.ofEpochSecond(1_500_000_000L + random.nextInt(200_000_000));
    Article article = new Article("post-" + n + "-" + random.nextInt(1000), "Title " + random.nextInt(), "A summary of regional policy " + random.nextInt(),
        "", published, Set.of("tag" + random.nextInt(3)), Set.of(), null, random.nextBoolean() ? null : "https://example.org/" + n, null);
    int[] terms = random.ints(random.nextInt(60), 0, 5000).distinct().sorted().toArray();
    char[] tfs = new char[terms.length];
    for (int i = 0; i < tfs.length; i++) {
      tfs[i] = (char) (1 + random.nextInt(100));
    }
    long[] pairs = terms.length < 2 ? new long[0] : new long[] {(long) terms[0] << 32 | terms[1]};
    char[] pairTfs = new char[pairs.length];
    Arrays.fill(pairTfs, (char) 8);
    int[] grams = random.nextBoolean() ? new int[0] : random.ints(random.nextInt(30), 10_000, 20_000).distinct().sorted().toArray();
    char[] gramTfs = new char[grams.length];
    Arrays.fill(gramTfs, (char) 16);
    int[] labels = random.ints(random.nextInt(4), 30_000, 30_100).distinct().sorted().toArray();
    int[] title = terms.length == 0 ? new int[0] : new int[] {0};
    byte[] latent = null;
    if (random.nextBoolean()) {
      float[] v = new float[mixed && random.nextBoolean() ? 24 : 16]; // vectors of two sizes in one leaf, or one size for all
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) random.nextGaussian();
      }
      latent = LatentVector.of(v);
    }
    String language = mixed ? LANGUAGES[random.nextInt(LANGUAGES.length)] : "sv";
    Doc doc = Doc.restored(article, language, terms, tfs, pairs, pairTfs, grams, gramTfs, labels, 1 + random.nextInt(300), title, latent,
        random.nextInt(3) == 0 ? Float.NaN : random.nextFloat());
    return mixed ? (random.nextBoolean() ? doc.withArticles(dictionary) : doc) : doc.withArticles(dictionary);
  }
}
