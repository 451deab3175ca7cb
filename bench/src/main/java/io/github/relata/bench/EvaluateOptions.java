package io.github.relata.bench;

import static io.github.relata.bench.Checks.checkArgument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The parsed command line of {@link Evaluate}.
 *
 * @param k the list length
 * @param relatedDir where to write related lists, or {@code null}
 * @param rankers the ranker names to run, empty for all
 * @param corpora the corpus files, empty for the default ones
 * @param help whether {@code --help} was given
 * @param guard whether to fail when Relata falls below the better baseline on a corpus
 */
record EvaluateOptions(int k, Path relatedDir, List<String> rankers, List<Path> corpora, boolean help, boolean guard) {

  static final int DEFAULT_K = 10;

  static final String USAGE =
      "usage: Evaluate [--k 10] [--write-related DIR] [--rankers a,b] [--guard] [corpus.jsonl ...]\n"
          + "  --k N               list length (default 10)\n"
          + "  --write-related DIR write DIR/<corpus>.<ranker>.jsonl in the related-lists format\n"
          + "  --rankers a,b       rankers to run (default all: " + String.join(",", Rankers.names()) + ")\n"
          + "  --guard             exit with status 3 when relata falls below the better baseline on a corpus\n"
          + "  corpus.jsonl        corpora (default: every *.jsonl in ../shared/corpora or ../../shared/corpora)";

  /**
   * Parses the arguments.
   *
   * @throws IllegalArgumentException naming the bad argument
   */
  static EvaluateOptions parse(String... args) {
    int k = DEFAULT_K;
    Path relatedDir = null;
    List<String> rankers = List.of();
    List<Path> corpora = new ArrayList<>();
    boolean help = false;
    boolean guard = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--k" -> k = parseK(value(args, ++i, arg));
        case "--write-related" -> relatedDir = Path.of(value(args, ++i, arg));
        case "--rankers" -> rankers = parseRankers(value(args, ++i, arg));
        case "-h", "--help" -> help = true;
        case "--guard" -> guard = true;
        default -> {
          checkArgument(!arg.startsWith("--"), "unknown option: %s", arg);
          corpora.add(Path.of(arg));
        }
      }
    }
    return new EvaluateOptions(k, relatedDir, rankers, List.copyOf(corpora), help, guard);
  }

  private static String value(String[] args, int index, String option) {
    checkArgument(index < args.length, "%s needs a value", option);
    return args[index];
  }

  private static int parseK(String value) {
    try {
      int k = Integer.parseInt(value);
      checkArgument(k > 0, "--k must be positive: %s", value);
      return k;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--k must be a positive integer: " + value, e);
    }
  }

  private static List<String> parseRankers(String value) {
    List<String> names = Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    checkArgument(!names.isEmpty(), "--rankers needs at least one name: '%s'", value);
    return names;
  }
}
