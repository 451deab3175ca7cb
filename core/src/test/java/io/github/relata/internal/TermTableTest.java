package io.github.relata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.relata.PropertyExamples;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The table keeps keys in one byte a character or in two; these check that a key is found only as itself
 * whichever way it and its neighbours are kept, over short keys that share lengths and bytes.
 */
class TermTableTest {

  /** One-byte and two-byte characters, with bytes that coincide: U+0100 is the bytes 0x01 0x00. */
  private static final char[] ALPHABET = {'a', '\u0000', '\u0001', '\u00e9', '\u00ff', '\u0100', '\u01ff', '\ud800', '\udc00', '\uffff'};

  private static List<String> everyShortWord() {
    return KeyExamples.everyShortWord(ALPHABET);
  }

  @Test
  void aKeyIsFoundOnlyAsItself_whetherKeptInOneByteACharacterOrTwo() {
    List<String> universe = everyShortWord();
    qt().withExamples(PropertyExamples.scaled(200))
        .forAll(lists().of(integers().between(0, universe.size() - 1)).ofSizeBetween(0, 400))
        .checkAssert(picks -> {
          TermTable.Builder builder = new TermTable.Builder(4);
          Map<String, Integer> reference = new HashMap<>();
          for (int pick : picks) {
            String key = universe.get(pick);
            Integer expected = reference.computeIfAbsent(key, k -> reference.size());
            assertEquals(expected.intValue(), builder.add(key), "position of " + escaped(key) + " from the builder");
          }
          TermTable table = builder.build();
          assertEquals(reference.size(), table.size());
          for (String key : universe) {
            assertEquals(reference.getOrDefault(key, -1).intValue(), table.indexOf(key), "position of " + escaped(key));
          }
          reference.forEach((key, position) -> {
            assertEquals(key, table.key(position), "key at " + position);
            assertEquals(key, builder.key(position), "builder's key at " + position);
          });
        });
  }

  @Test
  void twoBytesOfOneKeyAreNotOneCharacterOfAnother() {
    TermTable table = TermTable.of(List.of("\u0001\u0000", "\u0100", "\u00e9t\u00e9", "\u00e9"));
    assertEquals(0, table.indexOf("\u0001\u0000"));
    assertEquals(1, table.indexOf("\u0100"));
    assertEquals(2, table.indexOf("\u00e9t\u00e9"));
    assertEquals(3, table.indexOf("\u00e9"));
    assertEquals(-1, table.indexOf("\u0101"));
    assertEquals(-1, table.indexOf("\u0001"));
    assertEquals("\u0100", table.key(1));
    assertEquals("\u00e9t\u00e9", table.key(2));
  }

  @Test
  void anUnpairedSurrogateComesBackAsItWasGiven() {
    TermTable table = TermTable.of(List.of("x\ud800", "\udfff"));
    assertEquals("x\ud800", table.key(0));
    assertEquals("\udfff", table.key(1));
    assertEquals(1, table.indexOf("\udfff"));
  }

  private static String escaped(String s) {
    return KeyExamples.escaped(s);
  }
}
