package io.github.relata.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The entry point of the {@code relata} command: {@code related} writes every post's related list, {@code
 * explain} shows one post's list with its reasons, {@code index} saves the index as a snapshot for both to
 * read, {@code sample} prints sample posts. Errors are one line on
 * standard error, {@code relata: <file>:<line>: <problem>}; the exit code is 0 when done, 1 for bad or
 * missing input data and 2 for bad options or settings.
 */
public final class Main {

  private Main() {}

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command line, such as {@code related --in posts.jsonl --out related.jsonl}
   */
  public static void main(String... args) {
    // Posts and related lists are UTF-8 whatever the platform's default charset.
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(System.in, out, err, stderrIsTerminal(), args));
  }

  /**
   * Runs the command in this JVM, as {@link #main} does, without exiting.
   *
   * @param stdin what {@code --in -} reads
   * @param out standard output
   * @param err standard error
   * @param stderrIsTerminal whether {@code err} is a terminal, where the progress bar is redrawn in place
   * @param args the command line
   * @return the exit code
   */
  static int run(InputStream stdin, PrintWriter out, PrintWriter err, boolean stderrIsTerminal, String... args) {
    CommandLine command = commandLine(stdin, stderrIsTerminal);
    command.setOut(out);
    command.setErr(err);
    try {
      return command.execute(args);
    } catch (OutOfMemoryError e) {
      err.printf("relata: out of memory (maximum heap %d MB); give Java more, e.g. java -Xmx4g -jar ...%n",
          Runtime.getRuntime().maxMemory() / 1_000_000);
      return UserError.INPUT;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Returns the {@code relata} command line, with its error handlers. */
  static CommandLine commandLine(InputStream stdin, boolean stderrIsTerminal) {
    CommandLine command = new CommandLine(new RelataCommand(stdin, stderrIsTerminal));
    for (String name : List.of("related", "explain", "index")) {
      command.getSubcommands().get(name).getCommandSpec().usageMessage().footer(EngineOptions.footer());
    }
    command.setExecutionExceptionHandler(Main::executionFailed);
    command.setParameterExceptionHandler(Main::badCommandLine);
    return command;
  }

  /** Reports a user error in one line, and anything else (a bug) with its stack trace. */
  private static int executionFailed(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    if (e instanceof UserError error) {
      err.println("relata: " + oneLine(error.getMessage()));
      return error.exitCode();
    }
    err.println("relata: internal error: " + e);
    e.printStackTrace(err);
    return command.getCommandSpec().exitCodeOnExecutionException();
  }

  /** Reports a bad command line in one line, with a pointer to the help. */
  private static int badCommandLine(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("relata: " + oneLine(e.getMessage()));
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    return UserError.USAGE;
  }

  private static String oneLine(String message) {
    return message.replaceAll("\\s*\\R\\s*", " ");
  }

  /** Returns whether standard error is a terminal (Linux knows; elsewhere, whether there is a console). */
  static boolean stderrIsTerminal() {
    try {
      String device = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }
}
