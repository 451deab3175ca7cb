package io.github.relata;

import java.util.Arrays;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.jspecify.annotations.Nullable;

/**
 * How a post's analysed form is kept in one byte array, variable-length encoded: word ids as gaps from the
 * previous id (ascending), each with its frequency class in the gap's two low bits (once, twice or three
 * times in a field of weight 1, which are most of a post's words, or an escape after which the frequency in
 * sixteenths follows); each word pair as one number holding the gap of its first word's position among the
 * post's words, its frequency class and its second word's position; labels and title positions as gaps; the
 * n-grams last, so that a reader that does not need them stops before them.
 */
final class DocEncoding {

  /** The commonest stored frequency of a word or n-gram: once, in a field of weight 1; not written. */
  private static final char WORD_TF = (char) Weighting.TF_STEPS;
  /** The commonest stored frequency of a word pair: once, in a field of weight 1 ({@link Weighting#PAIR_FACTOR}). */
  private static final char PAIR_TF = (char) Math.round(Weighting.TF_STEPS * Weighting.PAIR_FACTOR);

  /** Frequency classes in an entry's two low bits: 0 to 2 for one to three times the class unit, 3 for a frequency that follows. */
  private static final int CLASS_BITS = 2;
  private static final int ESCAPE = (1 << CLASS_BITS) - 1;

  private static final int[] NONE = new int[0];
  private static final char[] NO_TFS = new char[0];

  private DocEncoding() {}

  /** Encodes a decoded form again, as {@link #encode(int[], char[], long[], char[], int[], char[], int[], int[])}. */
  static byte[] encode(DocVectors v) {
    return encode(v.terms, v.storedTfs(), v.pairs, v.storedPairTfs(), v.grams, v.storedGramTfs(), v.labels, v.titlePositions);
  }

  /**
   * Encodes an analysed form: the five counts, then each word's id gap and frequency, each pair's first word's
   * position gap, frequency class and second word's position (one number: {@link #pairCode}) and escaped
   * frequency, each label's id gap, each title word's position gap and each n-gram's id gap and frequency,
   * all as variable-length ints.
   *
   * @throws IllegalArgumentException when a pair's word is not among {@code terms} or the ids are not ascending
   */
  static byte[] encode(int[] terms, char[] tfs, long[] pairs, char[] pairTfs, int[] grams, char[] gramTfs, int[] labels, int[] titlePositions) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput(16 + 3L * (terms.length + pairs.length + grams.length));
    try {
      out.writeVInt(terms.length);
      out.writeVInt(pairs.length);
      out.writeVInt(grams.length);
      out.writeVInt(labels.length);
      out.writeVInt(titlePositions.length);
      writeIds(out, terms, tfs, WORD_TF);
      int previous = 0;
      int positionBits = positionBits(terms.length);
      for (int i = 0; i < pairs.length; i++) {
        int first = Arrays.binarySearch(terms, (int) (pairs[i] >>> 32));
        int second = Arrays.binarySearch(terms, (int) pairs[i]);
        if (first < 0 || second < 0 || first < previous) {
          throw new IllegalArgumentException("word pair " + Long.toHexString(pairs[i]) + " is not of the post's words in order");
        }
        int c = frequencyClass(pairTfs[i], PAIR_TF);
        out.writeVLong(pairCode(first - previous, c, second, positionBits));
        if (c == ESCAPE) {
          out.writeVInt(pairTfs[i]);
        }
        previous = first;
      }
      writeIds(out, labels, null, (char) 0);
      writeIds(out, titlePositions, null, (char) 0);
      // Last, so that a reader that does not need them stops before them.
      writeIds(out, grams, gramTfs, WORD_TF);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // not thrown: the output is in memory
    }
    return out.toArrayCopy();
  }

  /**
   * Writes ascending ids as gaps; with frequencies, each gap shifted left by {@link #CLASS_BITS} above its
   * frequency's class against {@code common} ({@link #frequencyClass}), the frequency following an escape.
   */
  private static void writeIds(ByteBuffersDataOutput out, int[] ids, char @Nullable [] tfs, char common) throws java.io.IOException {
    int previous = 0;
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] < previous) {
        throw new IllegalArgumentException("ids not ascending at " + i + ": " + ids[i] + " after " + previous);
      }
      if (tfs == null) {
        out.writeVInt(ids[i] - previous);
      } else {
        int c = frequencyClass(tfs[i], common);
        out.writeVLong((long) (ids[i] - previous) << CLASS_BITS | c);
        if (c == ESCAPE) {
          out.writeVInt(tfs[i]);
        }
      }
      previous = ids[i];
    }
  }

  /**
   * The class of a stored frequency against the commonest one, {@code unit}: 0, 1 or 2 for one, two or three
   * times it (what a word once, twice or three times in fields of weight 1 stores), else {@link #ESCAPE}, after which the frequency is written.
   */
  static int frequencyClass(char tf, char unit) {
    return tf == unit ? 0 : tf == 2 * unit ? 1 : tf == 3 * unit ? 2 : ESCAPE;
  }

  /** The frequency of a class other than {@link #ESCAPE}. */
  private static char frequencyOf(int frequencyClass, char unit) {
    return (char) (unit * (frequencyClass + 1));
  }

  /** The bits a word's position among {@code terms} words takes: enough for {@code terms - 1}. */
  static int positionBits(int terms) {
    return 32 - Integer.numberOfLeadingZeros(Math.max(terms - 1, 0));
  }

  /**
   * A word pair as one number: the gap of its first word's position from the previous pair's, then the
   * frequency class, then the second word's position in {@code positionBits} bits. Most pairs of a post of
   * some sixty words take two bytes this way, where the gap and the position took two and the flag of an
   * uncommon frequency pushed some gaps to a second byte.
   */
  static long pairCode(int firstGap, int frequencyClass, int second, int positionBits) {
    return ((long) firstGap << CLASS_BITS | frequencyClass) << positionBits | second;
  }

  /**
   * Decodes an analysed form {@link #encode} wrote (in {@code encoded} from {@code from}), into arrays of its
   * own; without its n-grams (empty) unless {@code withGrams}.
   */
  static DocVectors decode(byte[] encoded, int from, float length, float stableNorm, boolean withGrams) {
    ByteArrayDataInput in = new ByteArrayDataInput(encoded, from, encoded.length - from);
    int termCount = in.readVInt();
    int pairCount = in.readVInt();
    int gramCount = in.readVInt();
    int labelCount = in.readVInt();
    int titleCount = in.readVInt();
    int[] terms = new int[termCount];
    char[] tfs = new char[termCount];
    readIds(in, terms, tfs, WORD_TF);
    long[] pairs = new long[pairCount];
    char[] pairTfs = new char[pairCount];
    int first = 0;
    int positionBits = positionBits(termCount);
    int positionMask = (1 << positionBits) - 1;
    for (int i = 0; i < pairCount; i++) {
      long code = in.readVLong();
      long rest = code >>> positionBits;
      first += (int) (rest >>> CLASS_BITS);
      int c = (int) rest & ESCAPE;
      pairs[i] = (long) terms[first] << 32 | terms[(int) code & positionMask];
      pairTfs[i] = c == ESCAPE ? (char) in.readVInt() : frequencyOf(c, PAIR_TF);
    }
    int[] labels = new int[labelCount];
    readIds(in, labels, null, (char) 0);
    int[] titlePositions = new int[titleCount];
    readIds(in, titlePositions, null, (char) 0);
    int[] grams = withGrams ? new int[gramCount] : NONE;
    char[] gramTfs = withGrams ? new char[gramCount] : NO_TFS;
    readIds(in, grams, gramTfs, WORD_TF);
    return new DocVectors(length, stableNorm, terms, tfs, pairs, pairTfs, grams, gramTfs, labels, titlePositions);
  }

  /**
   * Reads posts' analysed forms, one after another, into arrays of its own that grow as needed and are
   * reused from one post to the next: what a query needs to score its hundred or so candidates without a
   * {@link DocVectors} (eight new arrays) a candidate. Holds the last post read; not thread-safe (one a
   * query). Each field is valid up to its count; word pairs are kept as their {@link PairCounts#hash}.
   */
  static final class Reader {
    int termCount;
    int pairCount;
    int gramCount;
    int labelCount;
    int titleCount;
    int[] terms = new int[64];
    char[] tfs = new char[64];
    int[] pairHashes = new int[64];
    char[] pairTfs = new char[64];
    int[] grams = NONE;
    char[] gramTfs = NO_TFS;
    int[] labels = new int[8];
    int[] titlePositions = new int[16];

    private byte[] bytes = new byte[0];
    private int at;

    /**
     * Reads the form {@link #encode} wrote in {@code encoded} from {@code from}; its n-grams only if {@code
     * withGrams} (else {@link #gramCount} is 0).
     */
    void read(byte[] encoded, int from, boolean withGrams) {
      bytes = encoded;
      at = from;
      termCount = readVInt();
      pairCount = readVInt();
      int grams = readVInt();
      labelCount = readVInt();
      titleCount = readVInt();
      if (terms.length < termCount) {
        terms = new int[grow(termCount)];
        tfs = new char[terms.length];
      }
      readIds(terms, tfs, termCount, WORD_TF);
      if (pairHashes.length < pairCount) {
        pairHashes = new int[grow(pairCount)];
        pairTfs = new char[pairHashes.length];
      }
      int first = 0;
      int positionBits = positionBits(termCount);
      int positionMask = (1 << positionBits) - 1;
      for (int i = 0; i < pairCount; i++) {
        long code = readVLong();
        long rest = code >>> positionBits;
        first += (int) (rest >>> CLASS_BITS);
        int c = (int) rest & ESCAPE;
        pairHashes[i] = PairCounts.hash(terms[first], terms[(int) code & positionMask]);
        pairTfs[i] = c == ESCAPE ? (char) readVInt() : frequencyOf(c, PAIR_TF);
      }
      if (labels.length < labelCount) {
        labels = new int[grow(labelCount)];
      }
      readIds(labels, null, labelCount, (char) 0);
      if (titlePositions.length < titleCount) {
        titlePositions = new int[grow(titleCount)];
      }
      readIds(titlePositions, null, titleCount, (char) 0);
      gramCount = withGrams ? grams : 0;
      if (this.grams.length < gramCount) {
        this.grams = new int[grow(gramCount)];
        gramTfs = new char[this.grams.length];
      }
      readIds(this.grams, gramTfs, gramCount, WORD_TF);
      bytes = NO_BYTES;
    }

    private static int grow(int needed) {
      return Math.max(needed, needed + (needed >> 1));
    }

    private void readIds(int[] ids, char @Nullable [] frequencies, int count, char common) {
      int id = 0;
      for (int i = 0; i < count; i++) {
        if (frequencies == null) {
          id += readVInt();
        } else {
          long gap = readVLong();
          id += (int) (gap >>> CLASS_BITS);
          int c = (int) gap & ESCAPE;
          frequencies[i] = c == ESCAPE ? (char) readVInt() : frequencyOf(c, common);
        }
        ids[i] = id;
      }
    }

    /** A variable-length int as Lucene's {@code DataOutput.writeVInt} writes it: seven bits a byte, low first. */
    private int readVInt() {
      byte b = bytes[at++];
      if (b >= 0) {
        return b;
      }
      int value = b & 0x7F;
      for (int shift = 7; ; shift += 7) {
        b = bytes[at++];
        value |= (b & 0x7F) << shift;
        if (b >= 0) {
          return value;
        }
      }
    }

    /** A variable-length long as {@code DataOutput.writeVLong} writes it. */
    private long readVLong() {
      byte b = bytes[at++];
      if (b >= 0) {
        return b;
      }
      long value = b & 0x7FL;
      for (int shift = 7; ; shift += 7) {
        b = bytes[at++];
        value |= (b & 0x7FL) << shift;
        if (b >= 0) {
          return value;
        }
      }
    }
  }

  private static final byte[] NO_BYTES = new byte[0];

  private static void readIds(ByteArrayDataInput in, int[] ids, char @Nullable [] tfs, char common) {
    int id = 0;
    for (int i = 0; i < ids.length; i++) {
      if (tfs == null) {
        id += in.readVInt();
      } else {
        long gap = in.readVLong();
        id += (int) (gap >>> CLASS_BITS);
        int c = (int) gap & ESCAPE;
        tfs[i] = c == ESCAPE ? (char) in.readVInt() : frequencyOf(c, common);
      }
      ids[i] = id;
    }
  }
}
