package io.github.relata.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The shared corpus files that tests read, found as the bench finds them (including {@code -Drelata.corpora}). */
final class CorpusFiles {

  private CorpusFiles() {}

  /**
   * Returns the shared corpus file {@code name} ({@code bbc_news_en.jsonl}), or skips the calling test, with a
   * message saying what is missing, where this machine does not have it.
   */
  static Path orSkip(String name) {
    Optional<Path> corpora = SharedCorpora.find();
    assumeTrue(corpora.isPresent(), () -> "skipped: " + SharedCorpora.missingMessage());
    Path file = corpora.get().resolve(name);
    assumeTrue(Files.isRegularFile(file), () -> "skipped: the corpus " + name + " is missing: " + file);
    return file;
  }
}
