package io.github.relata.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the shared evaluation corpora, which live beside the repository rather than in it: the directory
 * named by the system property {@value #PROPERTY}, else {@code ../shared/corpora} or {@code
 * ../../shared/corpora} relative to the working directory (the repository root or a module directory).
 * The quality evaluation reads them as they are; the performance suite makes its synthetic posts from them.
 */
public final class SharedCorpora {

  /** The system property that names the corpora directory explicitly, e.g. for JMH's forked JVMs. */
  public static final String PROPERTY = "relata.corpora";

  private static final List<String> CANDIDATES = List.of("../shared/corpora", "../../shared/corpora");

  private SharedCorpora() {}

  /** Returns the corpora directory as seen from the working directory, if there is one with any corpus. */
  public static Optional<Path> find() {
    return find(Path.of("").toAbsolutePath());
  }

  /** Returns the corpora directory as seen from {@code from}, if there is one with any corpus. */
  public static Optional<Path> find(Path from) {
    return find(from, System.getProperty(PROPERTY));
  }

  /**
   * Returns the corpora directory: {@code explicit} when given (it must exist), else the first candidate
   * relative to {@code from} that holds a {@code *.jsonl} file.
   */
  static Optional<Path> find(Path from, String explicit) {
    if (explicit != null && !explicit.isBlank()) {
      Path directory = Path.of(explicit).toAbsolutePath().normalize();
      return Files.isDirectory(directory) ? Optional.of(directory) : Optional.empty();
    }
    for (String candidate : CANDIDATES) {
      Path directory = from.resolve(candidate).normalize();
      if (Files.isDirectory(directory) && !files(directory).isEmpty()) {
        return Optional.of(directory);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the corpus files of {@code directory}, sorted by name: every {@code *.jsonl} but the links files
   * ({@code *_links.jsonl}), which {@link Corpus#read} reads with their pools, so that each corpus is listed
   * once; empty if it cannot be listed.
   */
  public static List<Path> files(Path directory) {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries
          .filter(path -> path.getFileName().toString().endsWith(".jsonl"))
          .filter(path -> !path.getFileName().toString().endsWith(Corpus.LINKS_SUFFIX))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Returns the corpus files of the corpora directory seen from {@code from}; empty if there is none. */
  static List<Path> defaultCorpora(Path from) {
    return find(from).map(SharedCorpora::files).orElse(List.of());
  }

  /** Returns the corpora directory, or throws with a message that says what is missing and where it was sought. */
  public static Path require() {
    return find().orElseThrow(() -> new IllegalStateException(missingMessage()));
  }

  /** Explains that the performance suite cannot run without the shared corpora. */
  public static String missingMessage() {
    return "The performance benchmarks generate their posts from the shared corpora (*.jsonl), which were not found: "
        + "looked in ../shared/corpora and ../../shared/corpora relative to " + Path.of("").toAbsolutePath()
        + (System.getProperty(PROPERTY) != null ? " and in -D" + PROPERTY + "=" + System.getProperty(PROPERTY) : "")
        + ". Run from the repository root or the bench directory beside ../shared, or pass -D" + PROPERTY
        + "=DIR (Bench: --corpora DIR).";
  }
}
