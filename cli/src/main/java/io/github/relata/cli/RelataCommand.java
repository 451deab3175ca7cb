package io.github.relata.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code relata} command, which only dispatches to its subcommands; it also holds what they
 * share: standard input, whether standard error is a terminal, and reading posts.
 */
@Command(
    name = "relata",
    mixinStandardHelpOptions = true,
    versionProvider = RelataCommand.Version.class,
    description = "Related posts by shared terms, TF-IDF similarity, a latent semantic signal and date, with explanations.",
    subcommands = {RelatedCommand.class, ExplainCommand.class, IndexCommand.class, SampleCommand.class, HelpCommand.class},
    footer = {"", "Exit codes: 0 done, 1 bad or missing input data, 2 bad options or settings file."})
final class RelataCommand implements Callable<Integer> {

  /** The name that stands for standard input or output in {@code --in} and {@code --out}. */
  static final String STANDARD_STREAM = "-";

  private final InputStream stdin;
  private final boolean stderrIsTerminal;

  @Spec CommandSpec spec;

  /**
   * Creates the command.
   *
   * @param stdin what {@code --in -} reads
   * @param stderrIsTerminal whether standard error is a terminal, where the progress bar is redrawn in place
   */
  RelataCommand(InputStream stdin, boolean stderrIsTerminal) {
    this.stdin = stdin;
    this.stderrIsTerminal = stderrIsTerminal;
  }

  /** Without a subcommand, prints the usage on standard error and returns the usage exit code. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return UserError.USAGE;
  }

  /** Returns whether standard error is a terminal. */
  boolean stderrIsTerminal() {
    return stderrIsTerminal;
  }

  /** Returns what {@code -} reads. */
  InputStream stdin() {
    return stdin;
  }

  /** Returns {@code value} as a path, or a usage error naming the option. */
  static Path path(String value, String option) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw UserError.usage(option + "=" + value + ": not a valid path: " + e.getReason());
    }
  }

  /** Reads the version that the build writes into {@code version.properties}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = RelataCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"relata " + properties.getProperty("version", "(unknown version)")};
    }
  }
}
