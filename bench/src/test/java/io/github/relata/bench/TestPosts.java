package io.github.relata.bench;

import java.util.List;
import java.util.Set;

/** Builds small hand-made posts and corpora for tests. */
final class TestPosts {

  private TestPosts() {}

  /** Returns an English post with no date or tags. */
  static CorpusPost post(String id, String title, String body, String... labels) {
    return new CorpusPost(id, title, body, null, "en", List.of(), Set.of(labels));
  }

  /** Returns a post whose only text is {@code text}, as its body. */
  static CorpusPost text(String id, String text, String... labels) {
    return post(id, "", text, labels);
  }

  /** Returns a corpus of the posts. */
  static Corpus corpus(CorpusPost... posts) {
    return new Corpus("test", List.of(posts));
  }
}
