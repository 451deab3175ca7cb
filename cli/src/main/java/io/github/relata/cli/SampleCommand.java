package io.github.relata.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code relata sample}: prints the built-in sample posts (Swedish and English) as JSON Lines. */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the built-in sample posts, Swedish and English, as JSON Lines.",
      "Try the other commands on them:",
      "  relata sample > posts.jsonl",
      "  relata explain --in posts.jsonl --id smart-specialisering-stockholm-2017"
    })
final class SampleCommand implements Callable<Integer> {

  /** The classpath resource of the relata-samples module. */
  static final String RESOURCE = "/io/github/relata/samples/posts.jsonl";

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (InputStream in = SampleCommand.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the sample posts are missing from the class path: " + RESOURCE);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        out.println(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
    return 0;
  }
}
