package io.github.relata;

import static com.google.common.base.Preconditions.checkElementIndex;

import io.github.relata.internal.PersistentArray;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot's posts by ordinal, packed a leaf of {@value #LEAF} posts at a time: one byte array holds the
 * leaf's posts' parts (analysed form, latent vector, article) one after another, and primitive arrays hold
 * their offsets, dates, lengths, norms and densities; the language and article dictionary, which the
 * posts of a leaf nearly always share, are kept once for it. A post is a {@link Doc} made on each {@link
 * #get}, a view of its leaf's arrays. Against a {@code Doc} object and a byte array a post, this saves
 * the object, the array's header and padding and the reference (some 80 bytes a post in a 64-bit JVM
 * with compressed references) for about 32 bytes of offsets and fields: the bench's {@code HeapPerPost} at
 * 100k synthetic posts measured 1,046 bytes a post before, 1,018 and 1,022 after.
 *
 * <p>Immutable and persistent like {@link PersistentArray}, which holds the leaves: a change copies the
 * leaf it changes (about {@value #LEAF} posts' bytes) and the path to it, and shares the rest.
 */
final class DocTable {

  /** Posts a leaf; a power of two. */
  static final int LEAF = 32;

  private static final int SHIFT = Integer.numberOfTrailingZeros(LEAF);

  static final DocTable EMPTY = new DocTable(PersistentArray.empty(), 0);

  private final PersistentArray<Leaf> leaves;
  private final int size;

  private DocTable(PersistentArray<Leaf> leaves, int size) {
    this.leaves = leaves;
    this.size = size;
  }

  /** Returns a table of {@code docs} by ordinal (null for an empty slot), packing a leaf at a time in parallel. */
  static DocTable of(@Nullable Doc[] docs) {
    return packed(docs, false);
  }

  /**
   * Returns a table of {@code docs} as {@link #of} does, setting each slot of {@code docs} to null once its
   * post is packed, so that a large index's posts are not held twice while the table is made.
   */
  static DocTable consuming(@Nullable Doc[] docs) {
    return packed(docs, true);
  }

  private static DocTable packed(@Nullable Doc[] docs, boolean consume) {
    int leafCount = (docs.length + LEAF - 1) >>> SHIFT;
    Leaf[] leaves = new Leaf[leafCount];
    IntStream.range(0, leafCount).parallel().forEach(l -> {
      int start = l << SHIFT;
      int until = Math.min(docs.length, start + LEAF);
      leaves[l] = Leaf.of(docs, start, until);
      if (consume) {
        Arrays.fill(docs, start, until, null);
      }
    });
    return new DocTable(PersistentArray.of(leaves), docs.length);
  }

  int size() {
    return size;
  }

  /** Returns the post at {@code ordinal}, or null for an empty slot. */
  @Nullable Doc get(int ordinal) {
    checkElementIndex(ordinal, size);
    Leaf leaf = leaves.get(ordinal >>> SHIFT);
    return leaf == null ? null : leaf.doc(ordinal & (LEAF - 1));
  }

  /** Returns a copy with {@code doc} (null for none) at {@code ordinal}, growing the table when ordinal is at or past its end. */
  DocTable with(int ordinal, @Nullable Doc doc) {
    if (ordinal < 0) {
      throw new IndexOutOfBoundsException("ordinal must not be negative: " + ordinal);
    }
    int l = ordinal >>> SHIFT;
    Leaf leaf = l < leaves.size() ? leaves.get(l) : null;
    Doc[] slots = leaf == null ? new Doc[LEAF] : leaf.docs();
    if (slots.length <= (ordinal & (LEAF - 1))) {
      slots = Arrays.copyOf(slots, LEAF);
    }
    slots[ordinal & (LEAF - 1)] = doc;
    return new DocTable(leaves.with(l, Leaf.of(slots, 0, slots.length)), Math.max(size, ordinal + 1));
  }

  /** Returns a copy with {@code doc} appended. */
  DocTable plus(@Nullable Doc doc) {
    return with(size, doc);
  }

  /**
   * Returns a copy whose posts have {@code densities} (by ordinal; ignored for empty slots), sharing each
   * leaf's bytes and offsets with this table.
   */
  DocTable withDensities(float[] densities) {
    if (densities.length != size) {
      throw new IllegalArgumentException(densities.length + " densities for a table of " + size + " slots");
    }
    Leaf[] changed = new Leaf[leaves.size()];
    IntStream.range(0, changed.length).parallel().forEach(l -> {
      Leaf leaf = leaves.get(l);
      changed[l] = leaf == null ? null : leaf.withDensities(densities, l << SHIFT);
    });
    return new DocTable(PersistentArray.of(changed), size);
  }

  /**
   * Up to {@value #LEAF} posts: their parts in one array, slot after slot, and their fields in primitive
   * arrays by slot. A slot that holds no post has no bytes and its bit clear in {@link #present}.
   */
  private static final class Leaf {
    /** Each present slot's parts, in slot order. */
    private final byte[] bytes;
    /** By slot, two ends in {@link #bytes}: the analysed form's and the article's (the post's). */
    private final int[] ends;
    /**
     * The size of the latent vector of every post of the leaf that has one ({@code Integer}), or by slot
     * ({@code Object[]} of them) when they differ, or null when no post has one: in one space they are all
     * the same, so the leaf keeps one number, not an end a post.
     */
    private final @Nullable Object latentSizes;
    /** Bit {@code s} set when slot {@code s}'s post has a latent vector. */
    private final int withLatent;
    private final double[] days;
    /** By slot: length, stable norm and density. */
    private final float[] values;
    /** The language of every post of the leaf ({@code String}), or by slot ({@code String[]}). */
    private final Object languages;
    /** The article dictionary of every post of the leaf ({@code ArticleDictionary}), or by slot ({@code ArticleDictionary[]}). */
    private final Object dictionaries;
    /** Bit {@code s} set when slot {@code s} holds a post. */
    private final int present;

    private Leaf(
        byte[] bytes, int[] ends, @Nullable Object latentSizes, int withLatent, double[] days, float[] values, Object languages, Object dictionaries,
        int present) {
      this.bytes = bytes;
      this.ends = ends;
      this.latentSizes = latentSizes;
      this.withLatent = withLatent;
      this.days = days;
      this.values = values;
      this.languages = languages;
      this.dictionaries = dictionaries;
      this.present = present;
    }

    /** Packs {@code docs} from {@code start} to {@code until} (at most {@value #LEAF}), or returns null when all are null. */
    static @Nullable Leaf of(@Nullable Doc[] docs, int start, int until) {
      int slots = until - start;
      int total = 0;
      int present = 0;
      for (int s = 0; s < slots; s++) {
        Doc doc = docs[start + s];
        if (doc != null) {
          total += doc.packedSize();
          present |= 1 << s;
        }
      }
      if (present == 0) {
        return null;
      }
      byte[] bytes = new byte[total];
      int[] ends = new int[2 * slots];
      Integer[] latentSizes = new Integer[slots];
      int withLatent = 0;
      double[] days = new double[slots];
      float[] values = new float[3 * slots];
      String[] languages = new String[slots];
      ArticleDictionary[] dictionaries = new ArticleDictionary[slots];
      int at = 0;
      for (int s = 0; s < slots; s++) {
        Doc doc = docs[start + s];
        if (doc != null) {
          doc.packInto(bytes, at);
          int size = doc.packedSize();
          ends[2 * s] = at + doc.encodedSize();
          if (doc.latentSize() > 0) {
            latentSizes[s] = doc.latentSize();
            withLatent |= 1 << s;
          }
          at += size;
          days[s] = doc.day;
          values[3 * s] = doc.length;
          values[3 * s + 1] = doc.stableNorm;
          values[3 * s + 2] = doc.density;
          languages[s] = doc.language;
          dictionaries[s] = doc.articleDictionary();
        } else {
          ends[2 * s] = at;
        }
        ends[2 * s + 1] = at;
      }
      // Some slot holds a post, so its language and dictionary are there to share.
      return new Leaf(bytes, ends, shared(latentSizes), withLatent, days, values, java.util.Objects.requireNonNull(shared(languages)),
          java.util.Objects.requireNonNull(shared(dictionaries)), present);
    }

    /** The one value every non-null element of {@code bySlot} has, or {@code bySlot} itself when they differ. */
    private static @Nullable Object shared(Object[] bySlot) {
      Object one = null;
      for (Object o : bySlot) {
        if (o != null) {
          if (one == null) {
            one = o;
          } else if (!one.equals(o)) {
            return bySlot;
          }
        }
      }
      return one;
    }

    private static @Nullable Object slot(@Nullable Object shared, int s) {
      return shared instanceof Object[] bySlot ? bySlot[s] : shared;
    }

    @Nullable Doc doc(int s) {
      if (s >= days.length || (present & 1 << s) == 0) {
        return null;
      }
      int from = s == 0 ? 0 : ends[2 * s - 1];
      int formEnd = ends[2 * s];
      int articleStart = (withLatent & 1 << s) == 0 ? formEnd : formEnd + (Integer) slot(latentSizes, s);
      return new Doc(bytes, from, formEnd, articleStart, ends[2 * s + 1], (ArticleDictionary) slot(dictionaries, s),
          (String) slot(languages, s), days[s], values[3 * s], values[3 * s + 1], values[3 * s + 2]);
    }

    /** The leaf's posts by slot, null where none. */
    Doc[] docs() {
      Doc[] docs = new Doc[days.length];
      for (int s = 0; s < docs.length; s++) {
        docs[s] = doc(s);
      }
      return docs;
    }

    Leaf withDensities(float[] densities, int first) {
      float[] changed = values.clone();
      for (int s = 0; s < days.length; s++) {
        if ((present & 1 << s) != 0) {
          changed[3 * s + 2] = densities[first + s];
        }
      }
      return new Leaf(bytes, ends, latentSizes, withLatent, days, changed, languages, dictionaries, present);
    }
  }
}
