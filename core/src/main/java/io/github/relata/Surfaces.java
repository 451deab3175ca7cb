package io.github.relata;

import io.github.relata.internal.PersistentArray;
import io.github.relata.internal.PersistentMap;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How each term is written, by term id and language, for explanations ("smart specialisering", "Nordregio"
 * rather than their stems): of the ways posts in that language wrote it, the one {@link #merge} picks, which
 * does not depend on the order the posts arrived in. A stem that two languages share
 * ("region" from "regions" and "regionerna") is shown in each language as that language writes it, never in
 * the other's words. A compact base (the first language each term was seen in) from bulk builds, under
 * persistent overlays.
 */
final class Surfaces {

  static final Surfaces EMPTY = new Surfaces(new char[0], new int[1], new byte[0], List.of(), PersistentArray.empty(), PersistentMap.empty());

  /**
   * The base terms' surfaces one after another, each in one byte a character where every character is below
   * 256 (Latin-1, which holds English and Swedish) and in two (UTF-16) otherwise: half the memory of chars.
   */
  private final byte[] text;
  /**
   * Where each base term's surface starts in {@link #text}, with {@link #WIDE} set for one in two bytes a
   * character; one more entry than base terms, the last the end of the text.
   */
  private final int[] starts;
  /** The language of each base term's surface, as an index into {@link #languages}. */
  private final byte[] baseLanguages;
  private final List<String> languages;
  /** Changed base surfaces, and surfaces of terms new since the base, as "language\u0000surface". */
  private final PersistentArray<String> overlay;
  /** Surfaces in other languages than the base one, keyed by {@link #key}. */
  private final PersistentMap<String, String> others;

  /** Marks, in {@link #starts}, a surface kept in two bytes a character. */
  private static final int WIDE = 1 << 31;

  private Surfaces(
      char[] chars, int[] starts, byte[] baseLanguages, List<String> languages, PersistentArray<String> overlay,
      PersistentMap<String, String> others) {
    this(packed(chars, starts), baseLanguages, languages, overlay, others);
  }

  private Surfaces(Packed packed, byte[] baseLanguages, List<String> languages, PersistentArray<String> overlay, PersistentMap<String, String> others) {
    this(packed.text, packed.starts, baseLanguages, languages, overlay, others);
  }

  private Surfaces(
      byte[] text, int[] starts, byte[] baseLanguages, List<String> languages, PersistentArray<String> overlay,
      PersistentMap<String, String> others) {
    this.text = text;
    this.starts = starts;
    this.baseLanguages = baseLanguages;
    this.languages = languages;
    this.overlay = overlay;
    this.others = others;
  }

  private static String key(int term, String language) {
    return language + '\u0000' + term;
  }

  /** Returns how the term is written in posts of {@code language}, or null for none (n-grams, labels, another language's words). */
  @Nullable String get(int term, String language) {
    String base = base(term);
    if (base != null) {
      int split = base.indexOf('\u0000');
      if (base.substring(0, split).equals(language)) {
        return base.length() == split + 1 ? null : base.substring(split + 1);
      }
    }
    return others.get(key(term, language));
  }

  /** The base entry of a term, "language\u0000surface", or null. */
  private @Nullable String base(int term) {
    if (term < overlay.size()) {
      String changed = overlay.get(term);
      if (changed != null) {
        return changed;
      }
    }
    if (term >= starts.length - 1) {
      return null;
    }
    int start = starts[term] & ~WIDE;
    int end = starts[term + 1] & ~WIDE;
    if (start == end) {
      return null;
    }
    return languages.get(baseLanguages[term]) + '\u0000' + baseSurfaceText(term);
  }

  /** Returns these surfaces with {@code surface} for {@code term} in {@code language}, as {@link #merge} decides. */
  Surfaces with(int term, String surface, String language) {
    String base = base(term);
    if (base == null) {
      return new Surfaces(text, starts, baseLanguages, languages, overlay.with(term, language + '\u0000' + surface), others);
    }
    int split = base.indexOf('\u0000');
    if (base.substring(0, split).equals(language)) {
      String current = base.substring(split + 1);
      String merged = merge(current, surface);
      return merged.equals(current)
          ? this
          : new Surfaces(text, starts, baseLanguages, languages, overlay.with(term, language + '\u0000' + merged), others);
    }
    String current = others.get(key(term, language));
    String merged = current == null ? surface : merge(current, surface);
    return merged.equals(current) ? this : new Surfaces(text, starts, baseLanguages, languages, overlay, others.with(key(term, language), merged));
  }

  /** Returns the language of the term's base surface, or null when it has none. */
  @Nullable String baseLanguage(int term) {
    String base = base(term);
    return base == null ? null : base.substring(0, base.indexOf('\u0000'));
  }

  /** Returns the term's base surface (in {@link #baseLanguage}), or null when it has none. */
  @Nullable String baseSurface(int term) {
    String base = base(term);
    return base == null ? null : base.substring(base.indexOf('\u0000') + 1);
  }

  /** Receives one surface in a language other than its term's base language. */
  @FunctionalInterface
  interface OtherAction {
    void accept(int term, String language, String surface);
  }

  /** Calls {@code action} with every surface in a language other than its term's base language. */
  void forEachOther(OtherAction action) {
    others.forEach((key, surface) -> {
      int split = key.indexOf('\u0000');
      action.accept(Integer.parseInt(key.substring(split + 1)), key.substring(0, split), surface);
    });
  }

  /**
   * Which of two ways of writing a term to show: the one that does not start with a capital ("smart
   * specialisering" over "Smart specialisering", so a word that began a sentence is shown as it is written
   * elsewhere), then the shorter ("region" over "regionerna", "profit" over "profits"), then the one with
   * fewer capitals, then the first in code-unit order. It is the least of the two in one total order, so the
   * surface kept for a term is the same whatever order the posts that write it arrive in ("Nordregio", written
   * only so, stays as it is).
   */
  static String merge(String a, String b) {
    return ORDER.compare(a, b) <= 0 ? a : b;
  }

  private static final Comparator<String> ORDER = Comparator.<String>comparingInt(s -> !s.isEmpty() && Character.isUpperCase(s.codePointAt(0)) ? 1 : 0)
      .thenComparingInt(String::length)
      .thenComparingLong(s -> s.chars().filter(Character::isUpperCase).count())
      .thenComparing(Comparator.naturalOrder());

  /** Collects surfaces in term-id order for a bulk build. Not thread-safe. */
  static final class Builder {
    private char[] chars = new char[1 << 16];
    private int[] starts = new int[1 << 12];
    private byte[] baseLanguages = new byte[1 << 12];
    private final List<String> languages = new ArrayList<>();
    private final Map<String, Byte> languageIndex = new HashMap<>();
    private final Map<String, String> others = new HashMap<>();
    /** Base surfaces merged into one of another length than the one appended, by term id. */
    private final Map<Integer, String> replaced = new HashMap<>();
    private int size;

    int size() {
      return size;
    }

    private byte indexOf(String language) {
      Byte index = languageIndex.get(language);
      if (index == null) {
        if (languages.size() == Byte.MAX_VALUE) {
          // More languages than a byte holds: later ones keep their words in the overlay map.
          return -1;
        }
        index = (byte) languages.size();
        languages.add(language);
        languageIndex.put(language, index);
      }
      return index;
    }

    /** Adds the surface of the next term id, in {@code language}; "" for none. */
    void append(String surface, String language) {
      if (size + 2 > starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
        baseLanguages = Arrays.copyOf(baseLanguages, starts.length);
      }
      byte index = indexOf(language);
      int start = starts[size];
      if (index < 0) {
        others.put(key(size, language), surface);
        starts[++size] = start;
        return;
      }
      if (start + surface.length() > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, start + surface.length()));
      }
      surface.getChars(0, surface.length(), chars, start);
      baseLanguages[size] = index;
      starts[++size] = start + surface.length();
    }

    /** Merges another way of writing an already added term, as {@link Surfaces#merge} decides. */
    void merge(int term, String surface, String language) {
      int start = starts[term];
      int length = starts[term + 1] - start;
      if (length > 0 && languages.get(baseLanguages[term]).equals(language)) {
        String current = replaced.get(term);
        if (current == null) {
          current = new String(chars, start, length);
        }
        String merged = Surfaces.merge(current, surface);
        if (merged.equals(current)) {
          return;
        }
        if (merged.length() == length && !replaced.containsKey(term)) {
          merged.getChars(0, length, chars, start);
        } else {
          replaced.put(term, merged);
        }
        return;
      }
      if (length > 0 || !surface.isEmpty()) {
        others.merge(key(term, language), surface, Surfaces::merge);
      }
    }

    Surfaces build() {
      PersistentMap<String, String> other = PersistentMap.empty();
      for (Map.Entry<String, String> e : others.entrySet()) {
        other = other.with(e.getKey(), e.getValue());
      }
      if (!replaced.isEmpty()) {
        StringBuilder text = new StringBuilder(starts[size]);
        int[] newStarts = new int[size + 1];
        for (int term = 0; term < size; term++) {
          String surface = replaced.get(term);
          if (surface != null) {
            text.append(surface);
          } else {
            text.append(chars, starts[term], starts[term + 1] - starts[term]);
          }
          newStarts[term + 1] = text.length();
        }
        chars = text.toString().toCharArray();
        starts = newStarts;
        replaced.clear();
      }
      return new Surfaces(
          Arrays.copyOf(chars, starts[size]), Arrays.copyOf(starts, size + 1), Arrays.copyOf(baseLanguages, size),
          List.copyOf(languages), PersistentArray.empty(), other);
    }
  }

  // ---- snapshots ----

  /** Returns surfaces as a snapshot recorded them; the caller must not change the arrays. */
  static Surfaces restored(
      char[] chars, int[] starts, byte[] baseLanguages, List<String> languages, PersistentArray<String> overlay,
      PersistentMap<String, String> others) {
    return new Surfaces(chars, starts, baseLanguages, List.copyOf(languages), overlay, others);
  }

  /** The base surfaces' characters one after another, as a snapshot records them; a copy. */
  char[] baseChars() {
    StringBuilder all = new StringBuilder(text.length);
    for (int term = 0; term + 1 < starts.length; term++) {
      String surface = baseSurfaceText(term);
      all.append(surface);
    }
    char[] chars = new char[all.length()];
    all.getChars(0, chars.length, chars, 0);
    return chars;
  }

  /** Where each base surface starts in {@link #baseChars()}, one more entry than base terms; a copy. */
  int[] baseStarts() {
    int[] charStarts = new int[starts.length];
    for (int term = 0; term + 1 < starts.length; term++) {
      int bytes = (starts[term + 1] & ~WIDE) - (starts[term] & ~WIDE);
      charStarts[term + 1] = charStarts[term] + ((starts[term] & WIDE) != 0 ? bytes / 2 : bytes);
    }
    return charStarts;
  }

  /** A base term's surface as kept, "" for none. */
  private String baseSurfaceText(int term) {
    int start = starts[term] & ~WIDE;
    int end = starts[term + 1] & ~WIDE;
    if ((starts[term] & WIDE) == 0) {
      return new String(text, start, end - start, StandardCharsets.ISO_8859_1);
    }
    // Char by char, not through a UTF-16 decoder, which would replace a lone surrogate.
    char[] chars = new char[(end - start) / 2];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = (char) ((text[start + 2 * i] & 0xFF) << 8 | text[start + 2 * i + 1] & 0xFF);
    }
    return new String(chars);
  }

  private record Packed(byte[] text, int[] starts) {}

  /**
   * Packs surfaces given as characters ({@code chars}, each term's from {@code charStarts[term]} to the next
   * start) into {@link #text} and {@link #starts}.
   *
   * @throws IllegalArgumentException when the starts do not go up within the characters
   */
  private static Packed packed(char[] chars, int[] charStarts) {
    if (charStarts.length == 0 || charStarts[0] != 0 || charStarts[charStarts.length - 1] != chars.length) {
      throw new IllegalArgumentException("surface starts must run from 0 to " + chars.length + " characters");
    }
    int terms = charStarts.length - 1;
    int[] starts = new int[terms + 1];
    int bytes = 0;
    for (int term = 0; term < terms; term++) {
      int from = charStarts[term];
      int to = charStarts[term + 1];
      if (to < from) {
        throw new IllegalArgumentException("surface of term " + term + " ends at " + to + ", before its start " + from);
      }
      boolean wide = false;
      for (int i = from; i < to && !wide; i++) {
        wide = chars[i] > 0xFF;
      }
      starts[term] = bytes | (wide ? WIDE : 0);
      bytes += (wide ? 2 : 1) * (to - from);
      if (bytes < 0) {
        throw new IllegalArgumentException("surfaces of more than 2 GB");
      }
    }
    starts[terms] = bytes;
    byte[] text = new byte[bytes];
    for (int term = 0; term < terms; term++) {
      int at = starts[term] & ~WIDE;
      boolean wide = (starts[term] & WIDE) != 0;
      for (int i = charStarts[term]; i < charStarts[term + 1]; i++) {
        if (wide) {
          text[at++] = (byte) (chars[i] >>> 8);
        }
        text[at++] = (byte) chars[i];
      }
    }
    return new Packed(text, starts);
  }

  byte[] baseLanguageIndexes() {
    return baseLanguages;
  }

  List<String> baseLanguageList() {
    return languages;
  }

  /** Changed and new base entries by term id, as "language\u0000surface" (null where unchanged). */
  PersistentArray<String> overlay() {
    return overlay;
  }

  /** Surfaces in other languages than the base one, keyed "language\u0000term". */
  PersistentMap<String, String> others() {
    return others;
  }
}
