package io.github.relata;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * How each term is written, by term id, for explanations ("smart specialisering", "Nordregio" rather than
 * their stems): the first way a post wrote it, or a lower-case form seen later when the first was only
 * capitalised at the start of a sentence. A compact base from bulk builds under a persistent overlay.
 */
final class Surfaces {

  static final Surfaces EMPTY = new Surfaces(new char[0], new int[1], PersistentArray.empty());

  private final char[] chars;
  /** Where each base term's surface starts in {@link #chars}; one more entry than base terms. */
  private final int[] starts;
  private final PersistentArray<String> overlay;

  private Surfaces(char[] chars, int[] starts, PersistentArray<String> overlay) {
    this.chars = chars;
    this.starts = starts;
    this.overlay = overlay;
  }

  /** Returns how the term is written, or null for terms without one (n-grams, labels). */
  @Nullable String get(int term) {
    if (term < overlay.size()) {
      String changed = overlay.get(term);
      if (changed != null) {
        return changed.isEmpty() ? null : changed;
      }
    }
    if (term >= starts.length - 1 || starts[term] == starts[term + 1]) {
      return null;
    }
    return new String(chars, starts[term], starts[term + 1] - starts[term]);
  }

  /** Returns these surfaces with {@code surface} for {@code term}, as {@link #merge} decides. */
  Surfaces with(int term, String surface) {
    String current = get(term);
    String merged = current == null ? surface : merge(current, surface);
    return merged.equals(current) ? this : new Surfaces(chars, starts, overlay.with(term, merged));
  }

  /**
   * Keeps the first way a term was written, unless it was capitalised only because it began a sentence or
   * a title: "smart specialisering" over "Smart specialisering", but "Nordregio" stays as it is.
   */
  static String merge(String first, String later) {
    boolean capitalisedThenLower =
        !first.equals(later)
            && first.length() == later.length()
            && first.equalsIgnoreCase(later)
            && Character.isUpperCase(first.codePointAt(0))
            && Character.isLowerCase(later.codePointAt(0));
    return capitalisedThenLower ? later : first;
  }

  /** Collects surfaces in term-id order for a bulk build. Not thread-safe. */
  static final class Builder {
    private char[] chars = new char[1 << 16];
    private int[] starts = new int[1 << 12];
    private int size;

    int size() {
      return size;
    }

    /** Adds the surface of the next term id; "" for none. */
    void append(String surface) {
      if (size + 2 > starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
      }
      int start = starts[size];
      if (start + surface.length() > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, start + surface.length()));
      }
      surface.getChars(0, surface.length(), chars, start);
      starts[++size] = start + surface.length();
    }

    /** Merges another way of writing an already added term, as {@link Surfaces#merge} decides. */
    void merge(int term, String surface) {
      int start = starts[term];
      int length = starts[term + 1] - start;
      if (length != surface.length() || length == 0) {
        return;
      }
      String current = new String(chars, start, length);
      String merged = Surfaces.merge(current, surface);
      if (!merged.equals(current)) {
        merged.getChars(0, length, chars, start);
      }
    }

    Surfaces build() {
      return new Surfaces(Arrays.copyOf(chars, starts[size]), Arrays.copyOf(starts, size + 1), PersistentArray.empty());
    }
  }
}
