package io.github.relata.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the shared evaluation data, which lives beside the repository rather than in it. */
final class CorpusLocator {

  /** Where {@code shared} may be, relative to the repository root or to a module directory. */
  static final List<String> SHARED_CANDIDATES = List.of("../shared", "../../shared");

  private CorpusLocator() {}

  /** Returns the first existing {@code shared} directory relative to {@code from}, if any. */
  static Optional<Path> sharedDirectory(Path from) {
    return SHARED_CANDIDATES.stream()
        .map(candidate -> from.resolve(candidate).normalize())
        .filter(Files::isDirectory)
        .findFirst();
  }

  /**
   * Returns the corpus files, sorted by name, of the first of {@code ../shared/corpora} and {@code
   * ../../shared/corpora} (relative to {@code from}) that has any {@code *.jsonl}: every {@code *.jsonl}
   * but the links files ({@code *_links.jsonl}), which {@link Corpus#read} reads with their pools; empty if
   * neither has.
   */
  static List<Path> defaultCorpora(Path from) throws IOException {
    for (String candidate : SHARED_CANDIDATES) {
      Path directory = from.resolve(candidate).resolve("corpora").normalize();
      if (Files.isDirectory(directory)) {
        List<Path> files = jsonlFiles(directory);
        if (!files.isEmpty()) {
          return files;
        }
      }
    }
    return List.of();
  }

  private static List<Path> jsonlFiles(Path directory) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries
          .filter(path -> path.getFileName().toString().endsWith(".jsonl"))
          .filter(path -> !path.getFileName().toString().endsWith(Corpus.LINKS_SUFFIX))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
  }
}
