package io.github.relata.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class CorpusPostTest {

  @Test
  void constructor_blankId_throwsNamingValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new CorpusPost(" ", "t", "b", null, "en", List.of(), Set.of()));

    assertEquals("id must not be blank: ' '", e.getMessage());
  }

  @Test
  void constructor_copiesCollections() {
    List<String> tags = new ArrayList<>(List.of("a"));
    CorpusPost post = new CorpusPost("p", "t", "b", null, "en", tags, Set.of("x"));

    tags.add("b");

    assertEquals(List.of("a"), post.tags());
  }

  @Test
  void withoutLabels_keepsEverythingElse() {
    CorpusPost post = new CorpusPost("p", "t", "b", null, "en", List.of("tag"), Set.of("x"));

    assertEquals(new CorpusPost("p", "t", "b", null, "en", List.of("tag"), Set.of()), post.withoutLabels());
  }
}
