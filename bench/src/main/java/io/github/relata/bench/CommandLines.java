package io.github.relata.bench;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * Reads the bench's command lines with picocli, as the command-line tool does, and reports a bad one as an
 * {@link IllegalArgumentException} with picocli's message (which names the option or value), for the
 * programs to print with their usage and exit status.
 */
public final class CommandLines {

  private CommandLines() {}

  /**
   * Fills {@code command}'s annotated fields from {@code args}.
   *
   * @param command an object whose class is a picocli {@code @Command}
   * @param args the arguments
   * @return {@code command}
   * @throws IllegalArgumentException naming the unknown option, the missing value or the bad value
   */
  public static <T> T parse(T command, String... args) {
    parse(new CommandLine(command), args);
    return command;
  }

  /**
   * Parses {@code args} against a command built in code.
   *
   * @param spec the options
   * @param args the arguments
   * @return what was matched
   * @throws IllegalArgumentException naming the unknown option, the missing value or the bad value
   */
  public static ParseResult parse(CommandSpec spec, String... args) {
    return parse(new CommandLine(spec), args);
  }

  private static ParseResult parse(CommandLine command, String... args) {
    try {
      return command.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
