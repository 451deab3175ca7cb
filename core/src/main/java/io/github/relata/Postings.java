package io.github.relata;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The posts that contain one term, as an immutable chain of chunks: appending copies at most one small
 * chunk, so an index update costs work proportional to the post, not to the term's document frequency.
 * Each entry is a post ordinal and the term's weight in that post, quantised to a byte for candidate
 * scoring. Entries of removed posts stay until the next rebuild; {@link #df()} counts live posts only.
 */
final class Postings {

  /** Chunks that grow one entry at a time stop growing at this size. */
  static final int CHUNK = 32;

  private static final int[] EMPTY_ORDINALS = new int[0];
  private static final byte[] EMPTY_WEIGHTS = new byte[0];

  private final @Nullable Postings older;
  private final int[] ordinals;
  private final byte[] weights;
  private final int length;
  private final int df;

  private Postings(@Nullable Postings older, int[] ordinals, byte[] weights, int length, int df) {
    this.older = older;
    this.ordinals = ordinals;
    this.weights = weights;
    this.length = length;
    this.df = df;
  }

  /** Returns postings built in one go from parallel arrays of equal length. */
  static Postings of(int[] ordinals, byte[] weights) {
    return new Postings(null, ordinals, weights, ordinals.length, ordinals.length);
  }

  /** Returns postings that only count posts, for terms that are never used to find candidates. */
  static Postings countOnly(int df) {
    return new Postings(null, EMPTY_ORDINALS, EMPTY_WEIGHTS, 0, df);
  }

  static Postings single(int ordinal, byte weight) {
    return new Postings(null, new int[] {ordinal}, new byte[] {weight}, 1, 1);
  }

  /** The number of live posts that contain the term. */
  int df() {
    return df;
  }

  /** Returns these postings with one more entry. */
  Postings plus(int ordinal, byte weight) {
    if (length < CHUNK) {
      int[] o = Arrays.copyOf(ordinals, length + 1);
      byte[] w = Arrays.copyOf(weights, length + 1);
      o[length] = ordinal;
      w[length] = weight;
      return new Postings(older, o, w, length + 1, df + 1);
    }
    return new Postings(this, new int[] {ordinal}, new byte[] {weight}, 1, df + 1);
  }

  /** Returns these postings with one live post fewer (the entry itself stays, see the class comment). */
  Postings minusOne() {
    return new Postings(older, ordinals, weights, length, df - 1);
  }

  /** Calls {@code visitor} for every entry, live or not, newest chunk first. */
  void forEach(Visitor visitor) {
    for (Postings p = this; p != null; p = p.older) {
      int[] o = p.ordinals;
      byte[] w = p.weights;
      for (int i = 0, n = p.length; i < n; i++) {
        visitor.visit(o[i], w[i]);
      }
    }
  }

  /** Receives postings entries. */
  @FunctionalInterface
  interface Visitor {
    void visit(int ordinal, byte weight);
  }
}
