package io.github.relata;

import static com.google.common.base.Preconditions.checkState;

import io.github.relata.internal.KeyFilter;
import java.util.Arrays;
import io.github.relata.internal.PersistentArray;
import org.jspecify.annotations.Nullable;

/**
 * Postings for every term id: one byte array written by a bulk build (all terms' lists in
 * {@link PostingsCodec}'s form, found by byte offsets), under a persistent overlay for the terms changed
 * since, so that an unchanged term costs 8 bytes plus its entries and a change copies only the changed
 * term's newest chunk.
 */
final class PostingsTable {

  static final PostingsTable EMPTY =
      new PostingsTable(new int[1], new int[0], new byte[0], PersistentArray.empty(), KeyFilter.EMPTY);

  /**
   * Where each base term's list starts in {@link #data}; one more entry than base terms. A term whose list
   * is empty while its document frequency is not only counts posts.
   */
  private final int[] offsets;
  /** Each base term's document frequency: its entry count, or the count alone for terms without entries. */
  private final int[] baseDf;
  private final byte[] data;
  private final PersistentArray<Postings> overlay;
  /** The terms {@link #overlay} might hold, so that most lookups go straight to the base arrays. */
  private final KeyFilter changed;

  private PostingsTable(int[] offsets, int[] baseDf, byte[] data, PersistentArray<Postings> overlay, KeyFilter changed) {
    this.offsets = offsets;
    this.baseDf = baseDf;
    this.data = data;
    this.overlay = overlay;
    this.changed = changed;
  }

  /**
   * Returns a table over entry arrays, encoding each term's list; the arrays are not kept.
   *
   * @param offsets where each term's entries start in {@code ordinals}, with a final end offset
   * @param df each term's document frequency: its entry count, or the count alone for terms without entries
   * @param ordinals each term's post ordinals, ascending, or sorted by impact where
   *     {@link PostingsCodec#impactOrder} says so
   * @throws IllegalArgumentException when the encoded lists take more bytes than one array holds
   */
  static PostingsTable of(int[] offsets, int[] df, int[] ordinals, byte[] weights) {
    int terms = df.length;
    // Each term's list is measured, then written, on its own: in parallel, as the build's other passes.
    long[] lengths = new long[terms];
    java.util.stream.IntStream.range(0, terms).parallel()
        .forEach(t -> lengths[t] = PostingsCodec.encodedLength(ordinals, weights, offsets[t], offsets[t + 1]));
    int[] byteOffsets = new int[terms + 1];
    long end = 0;
    for (int t = 0; t < terms; t++) {
      end += lengths[t];
      if (end > MAX_POSTINGS) {
        throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
            "the posts' postings take more than %,d bytes (distinct terms a post, over all posts), more than one index holds;"
                + " index the site in parts, or with shorter texts (Limits.maxTextLength)", MAX_POSTINGS));
      }
      byteOffsets[t + 1] = (int) end;
    }
    byte[] data = new byte[(int) end];
    java.util.stream.IntStream.range(0, terms).parallel()
        .forEach(t -> PostingsCodec.encode(ordinals, weights, offsets[t], offsets[t + 1], data, byteOffsets[t]));
    return new PostingsTable(byteOffsets, df, data, PersistentArray.empty(), KeyFilter.EMPTY);
  }

  /** Returns the postings of every term of {@code docs}, counted, then filled in one pass over the posts. */
  static PostingsTable of(Doc[] docs, int termCount) {
    int[] df = new int[termCount];
    boolean[] countOnly = new boolean[termCount];
    for (Doc post : docs) {
      DocVectors doc = post.vectors();
      for (int t : doc.terms) {
        df[t]++;
      }
      for (int t : doc.labels) {
        df[t]++;
      }
      for (int t : doc.grams) {
        df[t]++;
        countOnly[t] = true;
      }
    }
    int[] offsets = offsets(df, countOnly);
    int[] ordinals = new int[offsets[termCount]];
    byte[] weights = new byte[offsets[termCount]];
    int[] fill = new int[termCount];
    for (int ordinal = 0; ordinal < docs.length; ordinal++) {
      DocVectors doc = docs[ordinal].vectors();
      for (int i = 0; i < doc.terms.length; i++) {
        int at = offsets[doc.terms[i]] + fill[doc.terms[i]]++;
        ordinals[at] = ordinal;
        weights[at] = doc.postingWeight(i);
      }
      for (int t : doc.labels) {
        int at = offsets[t] + fill[t]++;
        ordinals[at] = ordinal;
        weights[at] = doc.labelWeight();
      }
    }
    for (int t = 0; t < termCount; t++) {
      if (offsets[t + 1] - offsets[t] > Postings.IMPACT_BUDGET) {
        sortByImpact(ordinals, weights, offsets[t], offsets[t + 1]);
      }
    }
    return of(offsets, df, ordinals, weights);
  }

  /** The most postings entries one index holds: the largest array a JVM allocates. */
  static final long MAX_POSTINGS = Integer.MAX_VALUE - 8;

  /**
   * Returns where each term's postings start, with a final end offset.
   *
   * @throws IllegalArgumentException when the posts have more postings entries (a post for each term it
   *     has) than one index holds, {@value #MAX_POSTINGS}
   */
  static int[] offsets(int[] df, boolean[] countOnly) {
    int[] offsets = new int[df.length + 1];
    long end = 0;
    for (int t = 0; t < df.length; t++) {
      end += countOnly[t] ? 0 : df[t];
      if (end > MAX_POSTINGS) {
        throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
            "the posts have more than %,d postings entries (distinct terms a post, over all posts), more than one index holds;"
                + " index the site in parts, or with shorter texts (Limits.maxTextLength)", MAX_POSTINGS));
      }
      offsets[t + 1] = (int) end;
    }
    return offsets;
  }

  /** Sorts a range of postings heaviest first (the smallest quantised weight), then by ordinal. */
  static void sortByImpact(int[] ordinals, byte[] weights, int from, int to) {
    long[] keys = new long[to - from];
    for (int i = from; i < to; i++) {
      keys[i - from] = (long) (weights[i] & 0xFF) << 32 | ordinals[i];
    }
    Arrays.sort(keys);
    for (int i = from; i < to; i++) {
      ordinals[i] = (int) keys[i - from];
      weights[i] = (byte) (keys[i - from] >>> 32);
    }
  }

  private int baseTerms() {
    return baseDf.length;
  }

  /** Returns the postings of a term, or null when no post has it. */
  @Nullable Postings get(int term) {
    if (term < overlay.size() && changed.mightContain(term)) {
      Postings changed = overlay.get(term);
      if (changed != null) {
        return changed;
      }
    }
    if (term >= baseTerms() || baseDf[term] == 0) {
      return null;
    }
    return offsets[term + 1] == offsets[term]
        ? Postings.countOnly(baseDf[term])
        : Postings.encoded(data, offsets[term], baseDf[term], baseDf[term]);
  }

  /** Returns the number of live posts that have the term. */
  int df(int term) {
    if (term < overlay.size() && changed.mightContain(term)) {
      Postings changed = overlay.get(term);
      if (changed != null) {
        return changed.df();
      }
    }
    return term < baseTerms() ? baseDf[term] : 0;
  }

  /**
   * Returns this table with {@code postings[i]} as the postings of {@code terms[i]}, made in one pass: for a
   * table without changes since its base arrays.
   *
   * @param terms ascending
   * @throws IllegalStateException if this table has changes
   */
  PostingsTable withPostings(int[] terms, Postings[] postings) {
    checkState(overlay.size() == 0, "the table has changes of %s terms", overlay.size());
    KeyFilter.Editor keys = changed.edit();
    for (int term : terms) {
      keys.add(term);
    }
    return new PostingsTable(offsets, baseDf, data, PersistentArray.ofSparse(terms, postings), keys.build());
  }

  /** Returns an editor for a change of several terms, which copies the key filter once. */
  Editor edit() {
    return new Editor();
  }

  /** Changes the postings of several terms, then makes the new table. Not thread-safe. */
  final class Editor {
    private PersistentArray<Postings> edited = overlay;
    private final KeyFilter.Editor keys = changed.edit();

    private Editor() {}

    /** Returns the postings of a term as changed so far, or null when no post has it. */
    @Nullable Postings get(int term) {
      if (term < edited.size()) {
        Postings changedNow = edited.get(term);
        if (changedNow != null) {
          return changedNow;
        }
      }
      return PostingsTable.this.get(term);
    }

    void set(int term, Postings postings) {
      edited = edited.with(term, postings);
      keys.add(term);
    }

    PostingsTable build() {
      return new PostingsTable(offsets, baseDf, data, edited, keys.build());
    }
  }

  // ---- snapshots ----

  /**
   * Returns a table as a snapshot recorded it: base offsets, document frequencies and encoded lists, which
   * the caller must not change, and overlay.
   */
  static PostingsTable restored(int[] offsets, int[] df, byte[] data, PersistentArray<Postings> overlay) {
    KeyFilter.Editor keys = KeyFilter.EMPTY.edit();
    for (int term = 0; term < overlay.size(); term++) {
      if (overlay.get(term) != null) {
        keys.add(term);
      }
    }
    return new PostingsTable(offsets, df, data, overlay, keys.build());
  }

  int[] baseOffsets() {
    return offsets;
  }

  int[] baseDf() {
    return baseDf;
  }

  /** The base terms' lists in {@link PostingsCodec}'s form, found by {@link #baseOffsets()}. */
  byte[] baseData() {
    return data;
  }

  /** The postings of terms changed since the base was built, by term id (null where unchanged). */
  PersistentArray<Postings> overlay() {
    return overlay;
  }
}
