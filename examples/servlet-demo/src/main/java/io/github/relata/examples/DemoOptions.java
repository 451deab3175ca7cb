package io.github.relata.examples;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The demo blog's command-line options.
 *
 * @param port the port to listen on, 0 for any free port
 * @param host the address to listen on
 * @param posts a JSON Lines file of posts to serve instead of the built-in samples, or null for the samples
 * @param snapshot the file the index is kept in across restarts (loaded at start when it exists, saved after
 *     each edit and at stop), or null to keep it in memory only
 * @param help whether to print the usage and stop
 */
public record DemoOptions(int port, String host, @Nullable Path posts, @Nullable Path snapshot, boolean help) {

  /** The port when neither {@code --port} nor {@code PORT} gives one. */
  public static final int DEFAULT_PORT = 8080;

  /** The address when {@code --host} gives none: this machine only. */
  public static final String DEFAULT_HOST = "localhost";

  /** Where the command line keeps the index unless {@code --snapshot} or {@code --no-snapshot} says otherwise: in the working directory. */
  public static final Path DEFAULT_SNAPSHOT = Path.of("demo-blog.relata");

  /** What {@code --help} prints. */
  public static final String USAGE = new CommandLine(new Arguments()).getUsageMessage().stripTrailing();

  /**
   * Checks the options.
   *
   * @throws IllegalArgumentException if {@code port} is outside 0 to 65535 or {@code host} is blank
   */
  public DemoOptions {
    checkArgument(port >= 0 && port <= 65_535, "port must be from 0 to 65535: %s", port);
    checkArgument(host != null && !host.isBlank(), "host must not be blank: '%s'", host);
  }

  /**
   * Options that keep the index in memory only, as before snapshots; for tests and embedding.
   *
   * @param port the port, 0 for any free one
   * @param host the address
   * @param posts the posts file, or null for the samples
   * @param help whether to print the usage and stop
   */
  public DemoOptions(int port, String host, @Nullable Path posts, boolean help) {
    this(port, host, posts, null, help);
  }

  /** Returns the defaults: the samples on localhost:8080, the index kept in {@link #DEFAULT_SNAPSHOT}. */
  public static DemoOptions defaults() {
    return new DemoOptions(DEFAULT_PORT, DEFAULT_HOST, null, DEFAULT_SNAPSHOT, false);
  }

  /**
   * Parses the command line with picocli; {@code PORT} in the environment sets the port when {@code --port}
   * does not.
   *
   * @param args the arguments
   * @param env the environment
   * @return the options
   * @throws IllegalArgumentException naming the argument or value that is wrong
   */
  public static DemoOptions parse(String[] args, Map<String, String> env) {
    Arguments parsed = new Arguments();
    CommandLine command = new CommandLine(parsed);
    try {
      command.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      throw new IllegalArgumentException(e.getMessage() + " (see --help)", e);
    }
    if (parsed.help) {
      return new DemoOptions(DEFAULT_PORT, DEFAULT_HOST, null, true);
    }
    checkArgument(!parsed.noSnapshot || parsed.snapshot == null, "--snapshot and --no-snapshot contradict each other (see --help)");
    int port = parsed.port != null ? port(parsed.port, "--port") : port(env.get("PORT"), "PORT");
    Path snapshot = parsed.noSnapshot ? null : parsed.snapshot != null ? parsed.snapshot : DEFAULT_SNAPSHOT;
    return new DemoOptions(port, parsed.host, parsed.posts, snapshot, false);
  }

  private static int port(@Nullable String text, String source) {
    if (text == null || text.isBlank()) {
      return DEFAULT_PORT;
    }
    int port;
    try {
      port = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      port = -1;
    }
    checkArgument(port >= 0 && port <= 65_535, "%s must be a port number from 0 to 65535: %s", source, text);
    return port;
  }

  /** The command line as picocli reads it. */
  @Command(name = "demo-blog", description = "The Relata demo blog on http://HOST:PORT/ (no login: keep it on localhost).")
  static final class Arguments {
    @Option(names = "--port", paramLabel = "N", description = "port to listen on (default: $PORT, else " + DEFAULT_PORT + "; 0 picks a free one)")
    @Nullable String port;

    @Option(names = "--host", paramLabel = "HOST", description = "address to listen on (default: " + DEFAULT_HOST + "; 0.0.0.0 for every interface)")
    String host = DEFAULT_HOST;

    @Option(names = "--posts", paramLabel = "FILE", description = "serve these posts (JSON Lines, as read by the relata CLI) instead of the samples")
    @Nullable Path posts;

    @Option(names = "--snapshot", paramLabel = "FILE",
        description = "keep the index in this file across restarts: loaded at start when it exists, saved after each edit (default: demo-blog.relata in the working directory)")
    @Nullable Path snapshot;

    @Option(names = "--no-snapshot", description = "keep the index in memory only: each start serves the posts as they are in the file")
    boolean noSnapshot;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this and exit")
    boolean help;
  }
}
