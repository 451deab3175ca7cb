package io.github.relata;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.jspecify.annotations.Nullable;

/**
 * How a post's analysed form is kept in one byte array, variable-length encoded: word ids as gaps from the
 * previous id (ascending), each with its frequency class in the gap's two low bits (once, twice or three
 * times in a field of weight 1, which are most of a post's words, or an escape after which the frequency in
 * sixteenths follows); the word pairs as a run of bits ({@link #readPairs}); labels and title positions as
 * gaps; the n-grams last, so that a reader that does not need them stops before them.
 */
final class DocEncoding {

  /** The commonest stored frequency of a word or n-gram: once, in a field of weight 1; not written. */
  private static final char WORD_TF = (char) Weighting.TF_STEPS;
  /** The commonest stored frequency of a word pair: once, in a field of weight 1 ({@link Weighting#PAIR_FACTOR}). */
  private static final char PAIR_TF = (char) Math.round(Weighting.TF_STEPS * Weighting.PAIR_FACTOR);

  /** Frequency classes in an entry's two low bits: 0 to 2 for one to three times the class unit, 3 for a frequency that follows. */
  private static final int CLASS_BITS = 2;
  private static final int ESCAPE = (1 << CLASS_BITS) - 1;

  /** The bits of an escaped pair frequency. */
  private static final int TF_BITS = Character.SIZE;
  /** The bits {@link #window} gives at least. */
  private static final int WINDOW_BITS = Long.SIZE - 7;

  private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final int[] NONE = new int[0];
  private static final char[] NO_TFS = new char[0];

  private DocEncoding() {}

  /** Encodes a decoded form again, as {@link #encode(int[], char[], long[], char[], int[], char[], int[], int[])}. */
  static byte[] encode(DocVectors v) {
    return encode(v.terms, v.storedTfs(), v.pairs, v.storedPairTfs(), v.grams, v.storedGramTfs(), v.labels, v.titlePositions);
  }

  /**
   * Encodes an analysed form: the five counts, then each word's id gap and frequency, the pairs' bits
   * ({@link #readPairs}), each label's id gap, each title word's position gap and each n-gram's id gap and
   * frequency, all but the pairs as variable-length ints.
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
      BitOutput bits = new BitOutput(out);
      for (int i = 0; i < pairs.length; i++) {
        int first = Arrays.binarySearch(terms, (int) (pairs[i] >>> 32));
        int second = Arrays.binarySearch(terms, (int) pairs[i]);
        if (first < 0 || second < 0 || first < previous) {
          throw new IllegalArgumentException("word pair " + Long.toHexString(pairs[i]) + " is not of the post's words in order");
        }
        int c = frequencyClass(pairTfs[i], PAIR_TF);
        bits.gamma(first - previous + 1);
        bits.write(c, CLASS_BITS);
        bits.write(second, positionBits);
        if (c == ESCAPE) {
          bits.write(pairTfs[i], TF_BITS);
        }
        previous = first;
      }
      bits.finish();
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
  private static int frequencyClass(char tf, char unit) {
    return tf == unit ? 0 : tf == 2 * unit ? 1 : tf == 3 * unit ? 2 : ESCAPE;
  }

  /** The frequency of a class other than {@link #ESCAPE}. */
  private static char frequencyOf(int frequencyClass, char unit) {
    return (char) (unit * (frequencyClass + 1));
  }

  /** The bits a word's position among {@code terms} words takes: enough for {@code terms - 1}. */
  private static int positionBits(int terms) {
    return 32 - Integer.numberOfLeadingZeros(Math.max(terms - 1, 0));
  }

  /**
   * Reads {@code count} word pairs from {@code at}, into {@code pairs} (both words' ids) or, when that is null,
   * into {@code hashes} ({@link PairCounts#hash}), with their frequencies into {@code tfs}; returns the offset
   * past them. The pairs are bits, low bit first, from one byte to the next: for each pair, the gap of its
   * first word's position among the post's words from the previous pair's, plus one, as an Elias gamma code
   * (1 bit for the commonest gap, 0, and 3 for 1 or 2), the frequency class in {@value #CLASS_BITS} bits,
   * the second word's position in just the bits the post's word count needs, and an escaped frequency in
   * {@value #TF_BITS}; the last byte padded. Most pairs of a post of some sixty words take 9 to 11 bits
   * this way, where one variable-length number a pair took 16: 73 to 57 bytes a post of the benchmark's.
   */
  private static int readPairs(
      byte[] bytes, int at, int count, int[] terms, int termCount, long @Nullable [] pairs, int @Nullable [] hashes, char[] tfs) {
    int positionBits = positionBits(termCount);
    int positionMask = (int) ((1L << positionBits) - 1);
    long bit = (long) at << 3;
    int first = 0;
    for (int i = 0; i < count; i++) {
      long w = window(bytes, bit);
      int n = Long.numberOfTrailingZeros(w);
      first += (1 << n | (int) (w >>> (n + 1)) & (1 << n) - 1) - 1;
      int gammaBits = 2 * n + 1;
      bit += gammaBits;
      w = gammaBits + CLASS_BITS + positionBits + TF_BITS <= WINDOW_BITS ? w >>> gammaBits : window(bytes, bit);
      int c = (int) w & ESCAPE;
      int second = (int) (w >>> CLASS_BITS) & positionMask;
      bit += CLASS_BITS + positionBits;
      if (c == ESCAPE) {
        tfs[i] = (char) (w >>> (CLASS_BITS + positionBits));
        bit += TF_BITS;
      } else {
        tfs[i] = frequencyOf(c, PAIR_TF);
      }
      if (pairs != null) {
        pairs[i] = (long) terms[first] << 32 | terms[second];
      } else {
        hashes[i] = PairCounts.hash(terms[first], terms[second]);
      }
    }
    return (int) ((bit + 7) >>> 3);
  }

  /** At least {@value #WINDOW_BITS} bits of {@code bytes} from bit {@code bit}, low first; zeros past the end. */
  private static long window(byte[] bytes, long bit) {
    int i = (int) (bit >>> 3);
    long w;
    if (i + Long.BYTES <= bytes.length) {
      w = (long) LONG_LE.get(bytes, i);
    } else {
      w = 0;
      for (int k = 0; i + k < bytes.length; k++) {
        w |= (bytes[i + k] & 0xFFL) << (8 * k);
      }
    }
    return w >>> (bit & 7);
  }

  /** Writes bits low first, a byte at a time as they fill, for {@link #readPairs}. */
  private static final class BitOutput {
    private final ByteBuffersDataOutput out;
    private long pending;
    private int filled;

    BitOutput(ByteBuffersDataOutput out) {
      this.out = out;
    }

    /** Writes the low {@code n} bits of {@code value}, at most 32 and what value needs. */
    void write(int value, int n) {
      pending |= (value & 0xFFFFFFFFL) << filled;
      filled += n;
      while (filled >= 8) {
        out.writeByte((byte) pending);
        pending >>>= 8;
        filled -= 8;
      }
    }

    /** Writes {@code value}, at least 1, as an Elias gamma code: as many zeros as its bits less one, a one, its lower bits. */
    void gamma(int value) {
      int n = 31 - Integer.numberOfLeadingZeros(value);
      write(1 << n, n + 1);
      write(value & (1 << n) - 1, n);
    }

    /** Writes the last, partly filled byte. */
    void finish() {
      if (filled > 0) {
        out.writeByte((byte) pending);
      }
      pending = 0;
      filled = 0;
    }
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
    in.setPosition(readPairs(encoded, in.getPosition(), pairCount, terms, termCount, pairs, null, pairTfs));
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
      at = readPairs(bytes, at, pairCount, terms, termCount, null, pairHashes, pairTfs);
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
