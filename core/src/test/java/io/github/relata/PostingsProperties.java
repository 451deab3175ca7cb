package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bulk-built postings in {@link PostingsCodec}'s bytes: what they decode to and what candidate search reads of them. */
final class PostingsProperties {

  @Test
  void encodedPostingsDecodeToWhatWasEncoded() {
    qt().withExamples(PropertyExamples.scaled(1_000)).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      List list = List.random(random);
      int at = random.nextInt(5);
      long length = PostingsCodec.encodedLength(list.ordinals, list.weights, 0, list.size());
      byte[] data = new byte[at + (int) length + 3];
      assertEquals(at + length, PostingsCodec.encode(list.ordinals, list.weights, 0, list.size(), data, at));
      int[] ordinals = new int[list.size()];
      byte[] weights = new byte[list.size()];
      PostingsCodec.decode(data, at, list.size(), ordinals, weights);
      assertArrayEquals(list.ordinals, ordinals);
      assertArrayEquals(list.weights, weights);
      int end = at + (int) length;
      assertNull(PostingsCodec.problem(data, at, end, list.size(), list.bound()));
      if (list.size() > 0) {
        assertNotNull(PostingsCodec.problem(data, at, end, list.size(), list.max()), "an ordinal beyond the posts");
        assertNotNull(PostingsCodec.problem(data, at, end - 1, list.size(), list.bound()), "a list cut short");
        assertNotNull(PostingsCodec.problem(data, at, end, list.size() + 1, list.bound()), "an entry too many");
      }
    });
  }

  @Test
  void candidateSearchReadsEncodedPostingsAsItReadsArrays() {
    qt().withExamples(PropertyExamples.scaled(500)).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      // Scores are an array a post, so the ordinals here stay below a few million.
      List list = List.random(random, 4_000_000);
      byte[] data = new byte[(int) PostingsCodec.encodedLength(list.ordinals, list.weights, 0, list.size())];
      PostingsCodec.encode(list.ordinals, list.weights, 0, list.size(), data, 0);
      Postings encoded = Postings.encoded(data, 0, list.size(), list.size());
      Postings plain = Postings.restored(null, list.ordinals, list.weights, 0, list.size(), list.size());
      int self = list.size() == 0 ? -1 : list.ordinals[random.nextInt(list.size())];
      int budget = random.nextBoolean() ? Postings.IMPACT_BUDGET : 1 + random.nextInt(list.size() + 1);
      int posts = random.nextBoolean() ? list.bound() : Math.max(1, list.bound() / 2);
      assertSameSearch(plain, encoded, posts, self, budget, random.nextFloat() * 3);
      if (list.size() > 0) {
        int added = list.max() + 1 + random.nextInt(10);
        byte weight = (byte) random.nextInt(256);
        assertSameSearch(plain.plus(added, weight), encoded.plus(added, weight), added + 1, self, budget, 1.5f);
        assertEquals(list.size() + 1, encoded.plus(added, weight).df());
        assertEquals(list.size() - 1, encoded.minusOne().df());
        assertSameSearch(plain, encoded.minusOne(), posts, self, budget, 0.75f);
      }
    });
  }

  private static void assertSameSearch(Postings expected, Postings actual, int posts, int self, int budget, float factor) {
    float[] expectedScores = new float[posts];
    float[] actualScores = new float[posts];
    int[] expectedTouched = new int[posts];
    int[] actualTouched = new int[posts];
    int n = expected.accumulate(factor, self, expectedScores, expectedTouched, 0, budget);
    assertEquals(n, actual.accumulate(factor, self, actualScores, actualTouched, 0, budget), "touched posts");
    assertArrayEquals(Arrays.copyOf(expectedTouched, n), Arrays.copyOf(actualTouched, n));
    assertArrayEquals(expectedScores, actualScores);
  }

  @Test
  void aLongListOfFewWeightsTakesAboutTwoBytesAnEntry() {
    Random random = new Random(12);
    int posts = 100_000;
    int[] ordinals = random.ints(0, posts).distinct().limit(5_000).toArray();
    byte[] weights = new byte[ordinals.length];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = (byte) (40 + random.nextInt(12));
    }
    List list = List.sorted(ordinals, weights);
    long bytes = PostingsCodec.encodedLength(list.ordinals, list.weights, 0, list.size());
    assertTrue(bytes < 2.2 * list.size(), bytes + " bytes for " + list.size() + " entries");
  }

  @Test
  void aSnapshotsPostingsAreCheckedEntryByEntry() throws java.io.IOException {
    // Term 0 in posts 1 and 3, term 1 counts two posts, term 2 in post 2.
    PostingsTable table = PostingsTable.of(new int[] {0, 2, 2, 3}, new int[] {2, 2, 1}, new int[] {1, 3, 2}, new byte[] {9, 9, 4});
    assertEquals(2, table.get(0).df());
    assertEquals(0, table.get(1).length());
    byte[] good = table.baseData().clone();
    assertNull(postingsOf(table, good, 4));

    String tooFew = postingsOf(table, good, 3);
    assertTrue(tooFew.contains("the postings of term 0: a posting's post ordinal (below 3): 3"), tooFew);
    byte[] cut = good.clone();
    cut[0] |= (byte) 0x80; // the first gap runs on into the next byte
    String runOn = postingsOf(table, cut, 4);
    assertTrue(runOn.contains("the postings of term 0:"), runOn);
  }

  /** Writes {@code table}'s section with {@code data} as its lists and reads it back: null, or the reader's message. */
  private static @org.jspecify.annotations.Nullable String postingsOf(PostingsTable table, byte[] data, int posts) throws java.io.IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    SnapshotOutput out = new SnapshotOutput(bytes);
    out.section("POST");
    out.writeInts(table.baseOffsets());
    out.writeInts(table.baseDf());
    out.writeBytes(data);
    out.writeInt(0);
    out.writeInt(0);
    out.finish();
    SnapshotInput in = new SnapshotInput(new java.io.ByteArrayInputStream(bytes.toByteArray()), "the stream", -1, null);
    in.expect("POST");
    try {
      PostingsTable read = new SnapshotTables(in, posts, 3).postings();
      assertArrayEquals(table.baseData(), read.baseData());
      return null;
    } catch (SnapshotException e) {
      return e.getMessage();
    }
  }

  /** A term's list as a bulk build leaves it: ascending ordinals, or heaviest first when long. */
  private record List(int[] ordinals, byte[] weights) {

    static List random(Random random) {
      return random(random, Integer.MAX_VALUE - 1);
    }

    /** Returns a random list of ordinals below {@code largest}, of a length either side of {@link Postings#IMPACT_BUDGET}. */
    static List random(Random random, int largest) {
      int size = switch (random.nextInt(4)) {
        case 0 -> random.nextInt(3);
        case 1 -> random.nextInt(Postings.IMPACT_BUDGET + 1);
        default -> Postings.IMPACT_BUDGET - 2 + random.nextInt(3 * Postings.IMPACT_BUDGET);
      };
      int bound = switch (random.nextInt(3)) {
        case 0 -> size + random.nextInt(10);
        case 1 -> size * (2 + random.nextInt(100));
        default -> largest;
      };
      int[] ordinals = random.ints(0, Math.max(1, Math.min(bound, largest))).distinct().limit(size).toArray();
      byte[] weights = new byte[ordinals.length];
      int distinct = 1 + random.nextInt(random.nextBoolean() ? 4 : 256);
      int lowest = random.nextInt(256);
      for (int i = 0; i < weights.length; i++) {
        weights[i] = (byte) (lowest + random.nextInt(distinct));
      }
      return sorted(ordinals, weights);
    }

    /** Sorts the entries as {@link PostingsTable} does: by ordinal, or by weight and then ordinal when long. */
    static List sorted(int[] ordinals, byte[] weights) {
      long[] keys = new long[ordinals.length];
      boolean impact = PostingsCodec.impactOrder(ordinals.length);
      for (int i = 0; i < keys.length; i++) {
        keys[i] = (impact ? (long) (weights[i] & 0xFF) << 32 : 0) | ordinals[i];
      }
      java.util.Map<Integer, Byte> weightOf = new java.util.HashMap<>();
      for (int i = 0; i < ordinals.length; i++) {
        weightOf.put(ordinals[i], weights[i]);
      }
      Arrays.sort(keys);
      int[] o = new int[keys.length];
      byte[] w = new byte[keys.length];
      for (int i = 0; i < keys.length; i++) {
        o[i] = (int) keys[i];
        w[i] = weightOf.get(o[i]);
      }
      return new List(o, w);
    }

    int size() {
      return ordinals.length;
    }

    int max() {
      return Arrays.stream(ordinals).max().orElse(0);
    }

    /** The fewest posts that hold these ordinals. */
    int bound() {
      return max() + 1;
    }
  }
}
