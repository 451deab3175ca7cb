package io.github.relata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.relata.PropertyExamples;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Front-coded keys are found only as themselves: over short keys that share prefixes (so that blocks hold
 * many shared runs), characters of one, two and three bytes (past U+3FFF) and unpaired surrogates, lists in
 * order and out of it, with repeats, across block boundaries.
 */
class SortedKeysTest {

  /** Characters of each encoded length, and surrogates on their own. */
  private static final char[] ALPHABET = {'a', 'b', '\u0000', '\u007f', '\u0080', '\u00e9', '\u3fff', '\u4000', '\ud800', '\udc00', '\uffff'};

  private static List<String> everyShortWord() {
    return KeyExamples.everyShortWord(ALPHABET);
  }

  @Test
  void aKeyIsFoundAtItsFirstPositionAndNothingElseIsFound() {
    List<String> universe = everyShortWord();
    qt().withExamples(PropertyExamples.scaled(200))
        .forAll(lists().of(integers().between(0, universe.size() - 1)).ofSizeBetween(0, 300))
        .checkAssert(picks -> {
          List<String> keys = picks.stream().map(universe::get).toList();
          check(keys);
          check(keys.stream().distinct().sorted().toList());
        });
  }

  private static void check(List<String> keys) {
    Map<String, Integer> reference = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      reference.putIfAbsent(keys.get(i), i);
    }
    SortedKeys table = SortedKeys.of(keys);
    assertEquals(reference.size(), table.size(), "distinct keys");
    for (String key : everyShortWord()) {
      assertEquals(reference.getOrDefault(key, -1).intValue(), table.indexOf(key), "position of " + escaped(key));
    }
    Map<String, Integer> visited = new TreeMap<>();
    List<String> order = new ArrayList<>();
    table.forEach((key, position) -> {
      visited.put(key, position);
      order.add(key);
    });
    assertEquals(new TreeMap<>(reference), visited, "every key with its position");
    assertEquals(order.stream().sorted().toList(), order, "keys in order");
  }

  @Test
  void idsOfASiteInManyBlocks() {
    List<String> ids = IntStream.range(0, 5_000).mapToObj(i -> "news/" + (2000 + i % 20) + "/" + (i % 12 + 1) + "/post-" + i).toList();
    SortedKeys table = SortedKeys.of(ids);
    for (int i = 0; i < ids.size(); i++) {
      assertEquals(i, table.indexOf(ids.get(i)), ids.get(i));
    }
    assertEquals(-1, table.indexOf("news/2000/1/post-"));
    assertEquals(-1, table.indexOf("news/2019/12/post-99999"));
    assertEquals(-1, table.indexOf(""));
    assertEquals(-1, table.indexOf("zzz"));
  }

  @Test
  void aLayeredMapOverSortedKeysTakesChanges() {
    LayeredMap map = LayeredMap.sorted(List.of("b", "a", "c"));
    assertEquals(1, map.get("a"));
    assertEquals(0, map.get("b"));
    LayeredMap changed = map.without("a").with("d", 3).with("b", 7);
    assertEquals(LayeredMap.ABSENT, changed.get("a"));
    assertEquals(7, changed.get("b"));
    assertEquals(3, changed.get("d"));
    assertEquals(3, changed.size());
    Map<String, Integer> entries = new TreeMap<>();
    changed.forEach(entries::put);
    assertEquals(Map.of("b", 7, "c", 2, "d", 3), entries);
    assertEquals(1, map.get("a"), "the map changes came from is as it was");
  }

  private static String escaped(String s) {
    return KeyExamples.escaped(s);
  }
}
