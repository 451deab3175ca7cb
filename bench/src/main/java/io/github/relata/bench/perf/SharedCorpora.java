package io.github.relata.bench.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the labelled corpora that the synthetic posts are made from: the directory named by the system
 * property {@value #PROPERTY}, else {@code ../shared/corpora} or {@code ../../shared/corpora} relative to
 * the working directory (the repository root or a module directory).
 */
public final class SharedCorpora {

  /** The system property that names the corpora directory explicitly, e.g. for JMH's forked JVMs. */
  public static final String PROPERTY = "relata.corpora";

  private static final List<String> CANDIDATES = List.of("../shared/corpora", "../../shared/corpora");

  private SharedCorpora() {}

  /** Returns the corpora directory as seen from the working directory, if there is one with any corpus. */
  public static Optional<Path> find() {
    return find(Path.of("").toAbsolutePath(), System.getProperty(PROPERTY));
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

  /** Returns the {@code *.jsonl} files of {@code directory}, sorted by name; empty if it cannot be listed. */
  public static List<Path> files(Path directory) {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries
          .filter(path -> path.getFileName().toString().endsWith(".jsonl"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
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
