package io.github.relata.bench;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The parsed command line of {@link Evaluate}, read by picocli as the command-line tool's is.
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

  static final String USAGE = usage();

  /** The options as picocli reads them. */
  @Command(name = "Evaluate", usageHelpWidth = 110,
      description = "Ranks every post of each corpus with each ranker and prints the quality table.")
  static final class Arguments {
    @Option(names = "--k", paramLabel = "N", description = "list length (default " + DEFAULT_K + ")")
    String k;

    @Option(names = "--write-related", paramLabel = "DIR", description = "write DIR/<corpus>.<ranker>.jsonl in the related-lists format")
    Path relatedDir;

    @Option(names = "--rankers", paramLabel = "a,b", split = ",", description = "rankers to run (default: all, listed below)")
    List<String> rankers;

    @Option(names = "--guard", description = "exit with status 3 when relata falls below the better baseline on a corpus")
    boolean guard;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help")
    boolean help;

    @Parameters(paramLabel = "corpus.jsonl", arity = "0..*",
        description = "corpora (default: every corpus in ../shared/corpora or ../../shared/corpora)")
    List<Path> corpora = new ArrayList<>();
  }

  /** Returns the help, with the rankers' names from their registry. */
  private static String usage() {
    CommandLine command = new CommandLine(new Arguments());
    command.getCommandSpec().usageMessage().footer("%nrankers: " + String.join(", ", Rankers.names()));
    return command.getUsageMessage().stripTrailing();
  }

  /**
   * Parses the arguments.
   *
   * @throws IllegalArgumentException naming the bad argument
   */
  static EvaluateOptions parse(String... args) {
    Arguments parsed = CommandLines.parse(new Arguments(), args);
    List<String> rankers = parsed.rankers == null ? List.of() : parsed.rankers.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    checkArgument(parsed.rankers == null || !rankers.isEmpty(), "--rankers needs at least one name: '%s'", parsed.rankers);
    return new EvaluateOptions(parsed.k == null ? DEFAULT_K : parseK(parsed.k), parsed.relatedDir, rankers,
        List.copyOf(parsed.corpora), parsed.help, parsed.guard);
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
}
