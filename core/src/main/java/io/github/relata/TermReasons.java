package io.github.relata;

import io.github.relata.internal.SortedIds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shared words and phrases of one query's related posts, in readable form: from the query's vectors, how
 * terms are written, the function words of the query's language and the term-frequency formula. What the
 * lazy {@link RelatedPost#sharedTerms()} needs and no more, so that a result kept by the caller does not keep
 * the whole snapshot alive.
 *
 * @param query the query post's vectors
 * @param surfaces how terms are written, by language
 * @param functionWords the function words of the query post's language, left out
 * @param frequencies the term-frequency part of the snapshot's weights
 */
record TermReasons(QueryVector query, Surfaces surfaces, Set<String> functionWords, TermWeights.Frequencies frequencies) {

  /** At most this many shared words and phrases are listed. */
  static final int MAX_TERMS = 6;
  /** Terms that add less than this share of the strongest shared term's part of the text score are not listed. */
  static final double MIN_SHARE = 0.1;
  /** Roman numerals ("IV", "XII"): numbers of a series or a list, not what two posts are about. */
  private static final Pattern ROMAN = Pattern.compile("(?i)M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})");

  /** A shared word or phrase and its part of the text cosine's dot product. */
  private record Shared(String surface, double contribution) {}

  /** A shared phrase: its two words' term ids, how it is written and its part of the dot product. */
  private record Pair(int first, int second, String surface, double contribution) {}

  /**
   * Returns the words and phrases both posts use, by their part of the text score, strongest first: a phrase
   * takes in the parts of its words, which are then not listed on their own, and a term written as one of
   * {@code tags} is left to the tags.
   */
  List<String> sharedTerms(Doc candidate, List<String> tags) {
    DocVectors c = candidate.vectors();
    Map<Integer, Double> words = wordContributions(c);
    List<Shared> shared = phrases(c, words);
    words.forEach((term, contribution) -> {
      String surface = surfaces.get(term, query.doc.language);
      if (surface != null && explains(surface)) {
        shared.add(new Shared(surface, contribution));
      }
    });
    shared.sort(Comparator.comparingDouble((Shared s) -> -s.contribution()).thenComparing(Shared::surface));
    return strongest(shared, tags);
  }

  /** Each word both posts have, by term id, with its part of the text cosine's dot product. */
  private Map<Integer, Double> wordContributions(DocVectors c) {
    DocVectors q = query.vectors;
    Map<Integer, Double> words = new HashMap<>();
    SortedIds.forEachShared(q.terms, c.terms,
        (i, j) -> words.put(q.terms[i], query.wordProduct(i, frequencies.tf(c, j))));
    return words;
  }

  /**
   * The phrases both posts have, but those neither of whose words {@link #explains} anything ("of the",
   * "XIV ok"), each with its own part of the dot product
   * and those of its words, strongest phrase first; the words a phrase takes are removed from {@code words}.
   */
  private List<Shared> phrases(DocVectors c, Map<Integer, Double> words) {
    DocVectors q = query.vectors;
    List<Pair> pairs = new ArrayList<>();
    SortedIds.forEachShared(q.pairs, c.pairs, (i, j) -> {
      int first = (int) (q.pairs[i] >>> 32);
      int second = (int) q.pairs[i];
      String a = surfaces.get(first, query.doc.language);
      String b = surfaces.get(second, query.doc.language);
      if (a != null && b != null && (explains(a) || explains(b))) {
        pairs.add(new Pair(first, second, a + ' ' + b, query.pairProduct(i, frequencies.pairTf(c, j))));
      }
    });
    // The strongest phrase takes its words first; ties go by how the phrase is written, never by term ids.
    pairs.sort(Comparator.comparingDouble((Pair p) -> -p.contribution()).thenComparing(Pair::surface));
    List<Shared> shared = new ArrayList<>();
    for (Pair pair : pairs) {
      double fromWords = words.getOrDefault(pair.first(), 0.0) + words.getOrDefault(pair.second(), 0.0);
      words.remove(pair.first());
      words.remove(pair.second());
      shared.add(new Shared(pair.surface(), pair.contribution() + fromWords));
    }
    return shared;
  }

  /**
   * The first {@link #MAX_TERMS} of {@code shared} (strongest first) that add at least {@link #MIN_SHARE} of
   * the strongest one's part and are not written as one of {@code tags}, each surface once.
   */
  private static List<String> strongest(List<Shared> shared, List<String> tags) {
    Set<String> shown = new HashSet<>();
    for (String tag : tags) {
      shown.add(tag.toLowerCase(Locale.ROOT)); // shown as a tag already
    }
    List<String> chosen = new ArrayList<>();
    double strongest = shared.isEmpty() ? 0 : shared.get(0).contribution();
    for (Shared entry : shared) {
      if (entry.contribution() < MIN_SHARE * strongest || chosen.size() == MAX_TERMS) {
        break;
      }
      if (shown.add(entry.surface().toLowerCase(Locale.ROOT))) {
        chosen.add(entry.surface());
      }
    }
    return chosen;
  }

  /** Whether a word says something to a reader: readable ({@link #isReadable}) and not a function word. */
  private boolean explains(String surface) {
    return isReadable(surface) && !isFunctionWord(surface);
  }

  private boolean isFunctionWord(String surface) {
    return functionWords.contains(surface.toLowerCase(Locale.ROOT));
  }

  /**
   * Leaves out one- and two-letter lower-case words ("se", "ok") and roman numerals, which explain nothing;
   * keeps "EU", "S3".
   */
  private static boolean isReadable(String surface) {
    if (ROMAN.matcher(surface).matches()) {
      return false;
    }
    return surface.codePointCount(0, surface.length()) > 2 || !surface.equals(surface.toLowerCase(Locale.ROOT));
  }
}
