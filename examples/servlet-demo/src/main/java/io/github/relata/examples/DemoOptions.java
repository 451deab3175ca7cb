package io.github.relata.examples;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The demo blog's command-line options.
 *
 * @param port the port to listen on, 0 for any free port
 * @param host the address to listen on
 * @param posts a JSON Lines file of posts to serve instead of the built-in samples, or null for the samples
 * @param help whether to print the usage and stop
 */
public record DemoOptions(int port, String host, @Nullable Path posts, boolean help) {

  /** The port when neither {@code --port} nor {@code PORT} gives one. */
  public static final int DEFAULT_PORT = 8080;

  /** The address when {@code --host} gives none: this machine only. */
  public static final String DEFAULT_HOST = "localhost";

  /** What {@code --help} prints. */
  public static final String USAGE =
      String.join(
          "\n",
          "Usage: demo-blog [--port N] [--host HOST] [--posts FILE]",
          "  --port N       port to listen on (default: $PORT, else " + DEFAULT_PORT + "; 0 picks a free one)",
          "  --host HOST    address to listen on (default: " + DEFAULT_HOST + "; 0.0.0.0 for every interface)",
          "  --posts FILE   serve these posts (JSON Lines, as read by the relata CLI) instead of the samples",
          "  --help         print this and exit");

  /**
   * Checks the options.
   *
   * @throws IllegalArgumentException if {@code port} is outside 0 to 65535 or {@code host} is blank
   */
  public DemoOptions {
    checkArgument(port >= 0 && port <= 65_535, "port must be from 0 to 65535: %s", port);
    checkArgument(host != null && !host.isBlank(), "host must not be blank: '%s'", host);
  }

  /** Returns the defaults: the samples on localhost:8080. */
  public static DemoOptions defaults() {
    return new DemoOptions(DEFAULT_PORT, DEFAULT_HOST, null, false);
  }

  /**
   * Parses the command line; {@code PORT} in the environment sets the port when {@code --port} does not.
   *
   * @param args the arguments
   * @param env the environment
   * @return the options
   * @throws IllegalArgumentException naming the argument or value that is wrong
   */
  public static DemoOptions parse(String[] args, Map<String, String> env) {
    String portText = env.get("PORT");
    String portSource = "PORT";
    String host = DEFAULT_HOST;
    Path posts = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
      switch (name) {
        case "--help", "-h" -> {
          return new DemoOptions(DEFAULT_PORT, DEFAULT_HOST, null, true);
        }
        case "--port" -> {
          portText = inline != null ? inline : value(args, ++i, name);
          portSource = "--port";
        }
        case "--host" -> host = inline != null ? inline : value(args, ++i, name);
        case "--posts" -> posts = Path.of(inline != null ? inline : value(args, ++i, name));
        default -> throw new IllegalArgumentException("unknown option: " + arg + " (see --help)");
      }
    }
    return new DemoOptions(port(portText, portSource), host, posts, false);
  }

  private static String value(String[] args, int i, String option) {
    checkArgument(i < args.length && !args[i].startsWith("--"), "%s needs a value", option);
    return args[i];
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
}
