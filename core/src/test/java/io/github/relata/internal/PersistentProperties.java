package io.github.relata.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.relata.Generators;
import io.github.relata.PropertyExamples;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The persistent structures behave like their mutable counterparts, and old versions never change. */
final class PersistentProperties {

  @Test
  void persistentArrayBehavesLikeAListAndKeepsOldVersions() {
    qt().withExamples(PropertyExamples.scaled(300))
        .forAll(lists().of(integers().between(0, 5000)).ofSizeBetween(0, 400))
        .checkAssert(indexes -> {
          List<Integer> reference = new ArrayList<>();
          PersistentArray<Integer> array = PersistentArray.empty();
          List<PersistentArray<Integer>> versions = new ArrayList<>();
          List<List<Integer>> snapshots = new ArrayList<>();
          for (int step = 0; step < indexes.size(); step++) {
            int index = indexes.get(step);
            while (reference.size() <= index) {
              reference.add(null);
            }
            reference.set(index, step);
            array = array.with(index, step);
            versions.add(array);
            snapshots.add(new ArrayList<>(reference));
          }
          for (int v = 0; v < versions.size(); v++) {
            PersistentArray<Integer> version = versions.get(v);
            List<Integer> expected = snapshots.get(v);
            assertEquals(expected.size(), version.size());
            for (int i = 0; i < expected.size(); i++) {
              assertEquals(expected.get(i), version.get(i), "version " + v + " index " + i);
            }
          }
          Integer[] values = reference.toArray(new Integer[0]);
          PersistentArray<Integer> bulk = PersistentArray.of(values);
          for (int i = 0; i < values.length; i++) {
            assertEquals(values[i], bulk.get(i));
          }
        });
  }

  @Test
  void sparseArrayHoldsEachValueAtItsIndexAndNullElsewhere() {
    // Indexes up to 40,000 reach three levels of the trie; a few hundred of them leave most leaves unmade.
    qt().withExamples(PropertyExamples.scaled(300))
        .forAll(lists().of(integers().between(0, 40_000)).ofSizeBetween(0, 300))
        .checkAssert(drawn -> {
          int[] indexes = drawn.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
          String[] values = new String[indexes.length];
          PersistentArray<String> expected = PersistentArray.empty();
          for (int i = 0; i < indexes.length; i++) {
            values[i] = "v" + indexes[i];
            expected = expected.with(indexes[i], values[i]);
          }
          PersistentArray<String> sparse = PersistentArray.ofSparse(indexes, values);
          assertEquals(expected.size(), sparse.size());
          for (int i = 0; i < sparse.size(); i++) {
            assertEquals(expected.get(i), sparse.get(i), "slot " + i);
          }
        });
  }

  @Test
  void persistentMapBehavesLikeAMapAndKeepsOldVersions() {
    // Keys from a small range, so that updates and removals of present keys are common; some keys collide.
    qt().withExamples(PropertyExamples.scaled(300))
        .forAll(lists().of(integers().between(-300, 300)).ofSizeBetween(0, 600))
        .checkAssert(ops -> {
          Map<Key, Integer> reference = new HashMap<>();
          PersistentMap<Key, Integer> map = PersistentMap.empty();
          List<PersistentMap<Key, Integer>> versions = new ArrayList<>();
          List<Map<Key, Integer>> snapshots = new ArrayList<>();
          for (int step = 0; step < ops.size(); step++) {
            int op = ops.get(step);
            Key key = new Key(Math.abs(op) % 150);
            if (op < 0) {
              reference.remove(key);
              map = map.without(key);
            } else {
              reference.put(key, step);
              map = map.with(key, step);
            }
            versions.add(map);
            snapshots.add(new HashMap<>(reference));
          }
          for (int v = 0; v < versions.size(); v++) {
            Map<Key, Integer> expected = snapshots.get(v);
            PersistentMap<Key, Integer> version = versions.get(v);
            assertEquals(expected.size(), version.size(), "size of version " + v);
            for (int k = 0; k < 150; k++) {
              assertEquals(expected.get(new Key(k)), version.get(new Key(k)), "key " + k + " in version " + v);
            }
            Map<Key, Integer> listed = new HashMap<>();
            version.forEach(listed::put);
            assertEquals(expected, listed);
          }
        });
  }

  @Test
  void layeredMapBehavesLikeAMap() {
    qt().withExamples(PropertyExamples.scaled(200))
        .forAll(lists().of(integers().between(-100, 100)).ofSizeBetween(0, 300))
        .checkAssert(ops -> {
          List<String> keys = new ArrayList<>();
          Map<String, Integer> reference = new HashMap<>();
          for (int i = 0; i < 40; i++) {
            keys.add("k" + i);
            reference.put("k" + i, i);
          }
          LayeredMap map = LayeredMap.of(keys);
          for (int step = 0; step < ops.size(); step++) {
            String key = "k" + Math.abs(ops.get(step)) % 60;
            if (ops.get(step) < 0) {
              reference.remove(key);
              map = map.without(key);
            } else {
              reference.put(key, step);
              map = map.with(key, step);
            }
          }
          assertEquals(reference.size(), map.size());
          for (int i = 0; i < 60; i++) {
            assertEquals(reference.getOrDefault("k" + i, LayeredMap.ABSENT), map.get("k" + i));
          }
          Map<String, Integer> listed = new HashMap<>();
          map.forEach(listed::put);
          assertEquals(reference, listed);
        });
  }

  @Test
  void termTableFindsEveryKeyAndNothingElse() {
    qt().withExamples(PropertyExamples.scaled(200))
        .forAll(lists().of(Generators.nastyText()).ofSizeBetween(0, 300))
        .checkAssert(words -> {
          List<String> distinct = words.stream().distinct().toList();
          TermTable table = TermTable.of(distinct);
          for (int i = 0; i < distinct.size(); i++) {
            assertEquals(i, table.indexOf(distinct.get(i)));
            assertEquals(distinct.get(i), table.key(i));
          }
          assertEquals(-1, table.indexOf("\u0000not a key\u0000"));
        });
  }

  /** A key whose hash codes collide in pairs, to exercise collision nodes. */
  private record Key(int value) {
    @Override
    public int hashCode() {
      return value / 2;
    }
  }
}
