package io.github.relata;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The posts that contain one term, as an immutable chain of chunks: appending copies at most one small
 * chunk, so an index update costs work proportional to the post, not to the term's document frequency.
 * Each entry is a post ordinal and the term's weight in that post, quantised to a byte for candidate
 * scoring. The oldest chunk may be a term's whole list as a bulk build wrote it, in {@link PostingsCodec}'s
 * bytes inside one array for all terms; chunks added since are plain arrays. Entries of removed posts
 * stay until the next rebuild; {@link #df()} counts live posts only.
 */
final class Postings {

  /** Chunks that grow one entry at a time stop growing at this size. */
  static final int CHUNK = 32;

  /**
   * Bulk-built postings longer than this are sorted by weight, heaviest first, and candidate search reads
   * only this many of them: the posts where a common term matters most. On 100k synthetic posts
   * (the bench's {@code Bench generate}) nDCG@10 was 0.891 reading 2,048, 0.890 reading 1,024 and 0.889 reading 512, and
   * 1,024 made queries about a quarter faster than 2,048.
   */
  static final int IMPACT_BUDGET = 1024;

  private static final int[] NO_ORDINALS = new int[0];
  private static final byte[] NO_WEIGHTS = new byte[0];

  private final @Nullable Postings older;
  /** A plain chunk's ordinals, from {@link #from}; empty for an encoded chunk. */
  private final int[] ordinals;
  /** A plain chunk's weights, from {@link #from}; an encoded chunk's {@link PostingsCodec} bytes. */
  private final byte[] weights;
  private final boolean encoded;
  private final int from;
  private final int length;
  private final int df;

  private Postings(@Nullable Postings older, int[] ordinals, byte[] weights, boolean encoded, int from, int length, int df) {
    this.older = older;
    this.ordinals = ordinals;
    this.weights = weights;
    this.encoded = encoded;
    this.from = from;
    this.length = length;
    this.df = df;
  }

  private Postings(@Nullable Postings older, int[] ordinals, byte[] weights, int from, int length, int df) {
    this(older, ordinals, weights, false, from, length, df);
  }

  /**
   * Returns postings of {@code length} entries in {@link PostingsCodec}'s bytes at {@code data[from]}, a
   * shared array which must not change.
   */
  static Postings encoded(byte[] data, int from, int length, int df) {
    return new Postings(null, NO_ORDINALS, data, true, from, length, df);
  }

  /** Returns an encoded chunk as a snapshot recorded it, on top of {@code older}. */
  static Postings restoredEncoded(@Nullable Postings older, byte[] data, int from, int length, int df) {
    return new Postings(older, NO_ORDINALS, data, true, from, length, df);
  }

  /**
   * Returns postings over {@code ordinals[from, from + length)} of shared arrays, which must not change;
   * when {@code length} exceeds {@link #IMPACT_BUDGET}, the entries must be sorted by weight, heaviest first,
   * as {@link PostingsTable#sortByImpact} sorts them.
   */
  static Postings slice(int[] ordinals, byte[] weights, int from, int length, int df) {
    return new Postings(null, ordinals, weights, from, length, df);
  }

  /** Returns postings that only count posts, for terms that are never used to find candidates. */
  static Postings countOnly(int df) {
    return new Postings(null, NO_ORDINALS, NO_WEIGHTS, 0, 0, df);
  }

  static Postings single(int ordinal, byte weight) {
    return new Postings(null, new int[] {ordinal}, new byte[] {weight}, 0, 1, 1);
  }

  /** The number of live posts that contain the term. */
  int df() {
    return df;
  }

  /** Returns these postings with one more entry. */
  Postings plus(int ordinal, byte weight) {
    if (length < CHUNK) {
      int[] o;
      byte[] w;
      if (encoded) {
        o = new int[length + 1];
        w = new byte[length + 1];
        PostingsCodec.decode(weights, from, length, o, w);
      } else {
        o = Arrays.copyOfRange(ordinals, from, from + length + 1);
        w = Arrays.copyOfRange(weights, from, from + length + 1);
      }
      o[length] = ordinal;
      w[length] = weight;
      return new Postings(older, o, w, 0, length + 1, df + 1);
    }
    return new Postings(this, new int[] {ordinal}, new byte[] {weight}, 0, 1, df + 1);
  }

  /** Returns these postings with one live post fewer (the entry itself stays, see the class comment). */
  Postings minusOne() {
    return new Postings(older, ordinals, weights, encoded, from, length, df - 1);
  }

  /** Returns these postings with another live-post count, for terms that only count posts. */
  Postings counted(int delta) {
    return new Postings(older, ordinals, weights, encoded, from, length, df + delta);
  }

  /**
   * Candidate search's inner loop, free of calls: adds {@code factor} times each entry's weight to
   * {@code scores[ordinal]}, newest chunk first, and appends each ordinal met for the first time (its score
   * was 0) to {@code touched}. Skips {@code self} and ordinals beyond {@code scores}; of a long bulk-built
   * chunk reads only the {@code budget} heaviest entries (at least {@link #IMPACT_BUDGET}, more for long
   * lists). Entries of removed posts are visited too
   * (the caller filters them).
   *
   * @return the new number of touched ordinals
   */
  int accumulate(float factor, int self, float[] scores, int[] touched, int count, int budget) {
    int n = count;
    for (Postings p = this; p != null; p = p.older) {
      if (p.encoded) {
        n = p.accumulateEncoded(factor, self, scores, touched, n, budget);
        continue;
      }
      int[] o = p.ordinals;
      byte[] w = p.weights;
      int end = p.from + Math.min(p.length, budget);
      for (int i = p.from; i < end; i++) {
        int ordinal = o[i];
        if (ordinal != self && ordinal < scores.length) {
          float before = scores[ordinal];
          // Written always, kept only for a first visit: no branch on whether the post was met before,
          // which is taken or not as the posts come and so is mispredicted some of the time.
          touched[n] = ordinal;
          n += before == 0 ? 1 : 0;
          scores[ordinal] = before + (float) (factor * Weighting.dequantize(w[i]));
        }
      }
    }
    return n;
  }

  /** {@link #accumulate} over an encoded chunk, decoding {@link PostingsCodec}'s bytes as it goes. */
  private int accumulateEncoded(float factor, int self, float[] scores, int[] touched, int count, int budget) {
    PostingsCodec.Reader entries = new PostingsCodec.Reader(weights, from, length);
    int end = Math.min(length, budget);
    int n = count;
    for (int i = 0; i < end; i++) {
      int ordinal = entries.next();
      if (ordinal != self && ordinal < scores.length) {
        float before = scores[ordinal];
        touched[n] = ordinal; // as in accumulate: kept only for a first visit, without a branch
        n += before == 0 ? 1 : 0;
        scores[ordinal] = before + (float) (factor * Weighting.dequantize(entries.weight()));
      }
    }
    return n;
  }

  // ---- snapshots ----

  /** Returns one chunk of postings as a snapshot recorded it, on top of {@code older}. */
  static Postings restored(@Nullable Postings older, int[] ordinals, byte[] weights, int from, int length, int df) {
    return new Postings(older, ordinals, weights, from, length, df);
  }

  /** The next older chunk, or null. */
  @Nullable Postings older() {
    return older;
  }

  /** Whether this chunk is a bulk-built list in {@link PostingsCodec}'s bytes rather than plain arrays. */
  boolean isEncoded() {
    return encoded;
  }

  /** The array a plain chunk's ordinals are a slice of (empty for an encoded one); not to be changed. */
  int[] ordinalArray() {
    return ordinals;
  }

  /** The array a plain chunk's weights are a slice of, or an encoded chunk's bytes; not to be changed. */
  byte[] weightArray() {
    return weights;
  }

  /** Where this chunk starts in {@link #ordinalArray()}, or in the bytes of an encoded one. */
  int from() {
    return from;
  }

  /** The number of entries in this chunk. */
  int length() {
    return length;
  }
}
