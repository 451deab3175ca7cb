package io.github.relata;

/**
 * The byte form of a bulk-built term's postings: each entry is a variable-length number, seven bits a byte
 * and lowest first, holding the ordinal's gap from the previous entry shifted left by one, with the low bit
 * set when a weight byte follows (the first entry and every change of weight). A list in ordinal order
 * gaps from the previous ordinal throughout; a list sorted by impact (longer than
 * {@link Postings#IMPACT_BUDGET}, heaviest first, then by ordinal) starts its gaps again from 0 at each new
 * weight, where the ordinals start ascending again. At 100k synthetic posts this takes about three bytes an
 * entry instead of five ({@code int} ordinal and weight byte) and keeps the heaviest-first order that
 * candidate search reads. {@link Reader} reads it for candidate search and everything else.
 */
final class PostingsCodec {

  private PostingsCodec() {}

  /** Whether a bulk-built list of {@code length} entries is sorted by impact rather than by ordinal. */
  static boolean impactOrder(int length) {
    return length > Postings.IMPACT_BUDGET;
  }

  /** Returns the bytes {@link #encode} writes for entries {@code [from, to)}. */
  static long encodedLength(int[] ordinals, byte[] weights, int from, int to) {
    boolean impact = impactOrder(to - from);
    long bytes = 0;
    int previous = 0;
    for (int i = from; i < to; i++) {
      boolean changed = i == from || weights[i] != weights[i - 1];
      if (changed && impact) {
        previous = 0;
      }
      bytes += varIntLength(code(ordinals[i] - previous, changed)) + (changed ? 1 : 0);
      previous = ordinals[i];
    }
    return bytes;
  }

  /**
   * Writes entries {@code [from, to)} into {@code out} at {@code at}; they must be in ordinal order, or
   * sorted by impact when {@link #impactOrder} says so.
   *
   * @return where the next list starts in {@code out}
   */
  static int encode(int[] ordinals, byte[] weights, int from, int to, byte[] out, int at) {
    boolean impact = impactOrder(to - from);
    int pos = at;
    int previous = 0;
    for (int i = from; i < to; i++) {
      boolean changed = i == from || weights[i] != weights[i - 1];
      if (changed && impact) {
        previous = 0;
      }
      int gap = ordinals[i] - previous;
      if (gap < 0) {
        throw new IllegalStateException("postings out of order at entry " + (i - from) + ": " + ordinals[i] + " after " + previous);
      }
      int v = code(gap, changed);
      while ((v & ~0x7F) != 0) {
        out[pos++] = (byte) (v & 0x7F | 0x80);
        v >>>= 7;
      }
      out[pos++] = (byte) v;
      if (changed) {
        out[pos++] = weights[i];
      }
      previous = ordinals[i];
    }
    return pos;
  }

  /**
   * Decodes {@code count} entries from {@code data} at {@code from} into {@code ordinals} and
   * {@code weights} from index 0.
   */
  static void decode(byte[] data, int from, int count, int[] ordinals, byte[] weights) {
    Reader entries = new Reader(data, from, count);
    for (int i = 0; i < count; i++) {
      ordinals[i] = entries.next();
      weights[i] = entries.weight();
    }
  }

  /**
   * Reads one encoded list entry by entry, as candidate search and {@link #decode} do: {@link #next} gives
   * each entry's ordinal, {@link #weight} its weight byte. The entries must have been checked ({@link
   * #problem}); not thread-safe.
   */
  static final class Reader {
    private final byte[] data;
    private final boolean impact;
    private int pos;
    private int previous;
    private byte weight;

    /** A reader of the {@code count} entries at {@code data[from]}. */
    Reader(byte[] data, int from, int count) {
      this.data = data;
      this.pos = from;
      this.impact = impactOrder(count);
    }

    /** Returns the next entry's ordinal. */
    int next() {
      int v = data[pos++];
      if (v < 0) { // more bytes follow: the common one-byte case tests one sign
        v &= 0x7F;
        int shift = 7;
        int b;
        do {
          b = data[pos++];
          v |= (b & 0x7F) << shift;
          shift += 7;
        } while (b < 0);
      }
      if ((v & 1) != 0) {
        weight = data[pos++];
        if (impact) {
          previous = 0;
        }
      }
      previous += v >>> 1;
      return previous;
    }

    /** Returns the weight byte of the entry {@link #next} returned last. */
    byte weight() {
      return weight;
    }
  }

  /**
   * Returns what is wrong with {@code count} entries written in {@code data[from, to)} for posts below
   * {@code ordinalCount}, or null when they decode to exactly that range, each ordinal a post's, the first
   * with its weight, no number longer than five bytes.
   */
  static @org.jspecify.annotations.Nullable String problem(byte[] data, int from, int to, int count, int ordinalCount) {
    boolean impact = impactOrder(count);
    int pos = from;
    long previous = 0;
    for (int i = 0; i < count; i++) {
      long v = 0;
      int shift = 0;
      int b;
      do {
        if (pos >= to || shift > 28) {
          return "entry " + i + " of " + count + " runs past its bytes at " + pos;
        }
        b = data[pos++];
        v |= (long) (b & 0x7F) << shift;
        shift += 7;
      } while (b < 0);
      boolean changed = (v & 1) != 0;
      if (i == 0 && !changed) {
        return "the first entry has no weight";
      }
      if (changed) {
        if (pos >= to) {
          return "entry " + i + " of " + count + " lacks its weight at " + pos;
        }
        pos++;
        if (impact) {
          previous = 0;
        }
      }
      previous += v >>> 1;
      if (previous >= ordinalCount) {
        return "a posting's post ordinal (below " + ordinalCount + "): " + previous;
      }
    }
    return pos == to ? null : (to - pos) + " bytes left over after " + count + " entries";
  }

  private static int code(int gap, boolean changed) {
    return gap << 1 | (changed ? 1 : 0);
  }

  private static int varIntLength(int v) {
    int bits = 32 - Integer.numberOfLeadingZeros(v | 1);
    return (bits + 6) / 7;
  }
}
