package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** How a term is shown does not depend on the order its ways of writing it arrive in, in bulk or one by one. */
final class SurfacesProperties {

  /** One way a post wrote a term: term id, language, surface. */
  private record Seen(int term, String language, String surface) {}

  private static Gen<Seen> seen() {
    Gen<String> word = strings().basicLatinAlphabet().ofLengthBetween(1, 6)
        .mix(strings().allPossible().ofLengthBetween(1, 4), 20);
    return integers().between(0, 7).zip(integers().between(0, 2), word, (t, l, w) -> new Seen(t, List.of("sv", "en", "de").get(l), w));
  }

  @Test
  void mergeIsTheLeastOfATotalOrder() {
    Gen<String> word = strings().allPossible().ofLengthBetween(0, 5).mix(strings().basicLatinAlphabet().ofLengthBetween(0, 5), 50);
    qt().withExamples(PropertyExamples.scaled(5000)).forAll(word, word, word).checkAssert((a, b, c) -> {
      assertEquals(Surfaces.merge(a, b), Surfaces.merge(b, a));
      assertEquals(Surfaces.merge(Surfaces.merge(a, b), c), Surfaces.merge(a, Surfaces.merge(b, c)));
      assertEquals(a, Surfaces.merge(a, a));
    });
  }

  @Test
  void theSurfacesShownAreTheSameInAnyOrder_inBulkAndOneByOne() {
    qt().withExamples(PropertyExamples.scaled(500)).forAll(lists().of(seen()).ofSizeBetween(1, 60), longs().all()).checkAssert((list, seed) -> {
      List<Seen> shuffled = new ArrayList<>(list);
      Collections.shuffle(shuffled, new Random(seed));
      Surfaces expected = bulk(list);
      for (Surfaces other : List.of(bulk(shuffled), oneByOne(shuffled), oneByOne(list))) {
        for (int term = 0; term < 8; term++) {
          for (String language : List.of("sv", "en", "de")) {
            assertEquals(expected.get(term, language), other.get(term, language), term + " in " + language);
          }
        }
      }
    });
  }

  @Test
  void aBulkBuildsSurfacesComeBackWhateverTheirCharacters_alsoFromWhatASnapshotRecords() {
    // Latin-1 surfaces are kept a byte a character, others two: each must read back as it was written.
    Gen<String> word = strings().allPossible().ofLengthBetween(0, 6).mix(strings().basicLatinAlphabet().ofLengthBetween(1, 6), 50);
    qt().withExamples(PropertyExamples.scaled(500)).forAll(lists().of(word).ofSizeBetween(0, 40)).checkAssert(words -> {
      Surfaces.Builder builder = new Surfaces.Builder();
      for (String w : words) {
        builder.append(w, "sv");
      }
      Surfaces built = builder.build();
      Surfaces restored = Surfaces.restored(built.baseChars(), built.baseStarts(), built.baseLanguageIndexes(), built.baseLanguageList(),
          built.overlay(), built.others());
      for (int term = 0; term < words.size(); term++) {
        String expected = words.get(term).isEmpty() ? null : words.get(term);
        assertEquals(expected, built.get(term, "sv"), "term " + term);
        assertEquals(expected, restored.get(term, "sv"), "restored term " + term);
      }
      assertEquals(String.join("", words), new String(restored.baseChars()));
    });
  }

  /** As a bulk build adds them: each new term id appended in its first post's language, later ones merged. */
  private static Surfaces bulk(List<Seen> list) {
    Surfaces.Builder builder = new Surfaces.Builder();
    List<Integer> ids = new ArrayList<>();
    for (Seen s : list) {
      int id = ids.indexOf(s.term());
      if (id < 0) {
        ids.add(s.term());
        builder.append(s.surface(), s.language());
      } else {
        builder.merge(id, s.surface(), s.language());
      }
    }
    Surfaces built = builder.build();
    // Back to the callers' term numbers, as a canonical build renumbers them.
    Surfaces renumbered = Surfaces.EMPTY;
    for (int id = 0; id < ids.size(); id++) {
      for (String language : List.of("sv", "en", "de")) {
        String surface = built.get(id, language);
        if (surface != null) {
          renumbered = renumbered.with(ids.get(id), surface, language);
        }
      }
    }
    return renumbered;
  }

  private static Surfaces oneByOne(List<Seen> list) {
    Surfaces surfaces = Surfaces.EMPTY;
    for (Seen s : list) {
      surfaces = surfaces.with(s.term(), s.surface(), s.language());
    }
    return surfaces;
  }
}
