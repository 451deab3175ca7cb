package io.github.relata.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code relata} in this JVM through picocli, capturing standard output and error. */
final class Cli {

  /** What a run printed, and its exit code. */
  record Result(int exitCode, String out, String err) {
    /** Returns standard output's lines. */
    List<String> outLines() {
      return out.lines().toList();
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  private Cli() {}

  /** Runs {@code relata args} with empty standard input. */
  static Result run(String... args) {
    return run(new ByteArrayInputStream(new byte[0]), args);
  }

  /** Runs {@code relata args} reading {@code stdin}. */
  static Result run(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(stdin, new PrintWriter(out), new PrintWriter(err), false, args);
    return new Result(code, out.toString(), err.toString());
  }

  /** Runs {@code relata args} with {@code text} as standard input. */
  static Result runWithInput(String text, String... args) {
    return run(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), args);
  }

  /** Returns the arguments as an array, with paths as strings. */
  static String[] args(Object... args) {
    List<String> strings = new ArrayList<>();
    for (Object arg : args) {
      strings.add(arg instanceof Path path ? path.toString() : arg.toString());
    }
    return strings.toArray(String[]::new);
  }
}
