package io.github.relata.examples;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.relata.Article;
import io.github.relata.LiveIndex;
import io.github.relata.Options;
import io.github.relata.RelatedPosts;
import io.github.relata.imports.ImportException;
import io.github.relata.imports.ImportFormat;
import io.github.relata.imports.PostImporter;
import io.github.relata.servlet.RelatedPostsServlet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jspecify.annotations.Nullable;

/**
 * A small blog whose post pages show related posts, on embedded Jetty 12: the README's "run" command.
 *
 * <pre>
 *   mvn -q -Prun -pl examples/servlet-demo -am compile                        # http://localhost:8080/
 *   mvn -q -Prun -pl examples/servlet-demo -am compile -Dexec.args="--port 9090 --posts my-posts.jsonl"
 * </pre>
 *
 * <p>It serves the built-in sample posts (or the user's, with {@code --posts}) from a {@link LiveIndex}, so a
 * post added or edited with the form changes every related list at once. The index is kept across restarts
 * in a snapshot file, {@code demo-blog.relata} in the working directory ({@code --snapshot FILE} names
 * another, {@code --no-snapshot} keeps it in memory only): loaded at start when the file exists, saved after
 * each edit and at stop. Pages: {@code /} (all posts),
 * {@code /posts/{id}}, {@code /widget/{id}}, {@code /edit}; the JSON API at {@code /related/{id}} and the
 * widget at {@code /relata-widget.js}. Not thread-safe to start and stop; serving is.
 */
public final class DemoBlog implements AutoCloseable {

  /** Related posts scoring below this are left out, so unrelated posts do not fill short lists. */
  public static final double MIN_SCORE = 0.12;

  /** The length of each related list. */
  public static final int MAX_RESULTS = 5;

  /** The largest request line and headers Jetty reads, so that ids up to 20,000 characters reach the API. */
  static final int REQUEST_HEADER_SIZE = 32 * 1024;

  /** The largest form the edit page may post: its fields' limits, percent-encoded, with room to spare. */
  static final int MAX_FORM_BYTES = 2 * 1024 * 1024;

  private static final String SAMPLES = "/io/github/relata/samples/posts.jsonl";

  private final Server server;
  private final LiveIndex index;
  private final URI uri;
  private final Kept kept;

  private DemoBlog(Server server, LiveIndex index, URI uri, Kept kept) {
    this.server = server;
    this.index = index;
    this.uri = uri;
    this.kept = kept;
  }

  /**
   * Starts the demo blog and prints its address when it is ready.
   *
   * @param args see {@link DemoOptions#USAGE}
   * @throws Exception if Jetty fails to stop cleanly
   */
  public static void main(String[] args) throws Exception {
    DemoOptions options;
    List<Article> posts;
    try {
      options = DemoOptions.parse(args, System.getenv());
      if (options.help()) {
        System.out.println(DemoOptions.USAGE);
        return;
      }
      posts = posts(options.posts());
    } catch (IllegalArgumentException | ImportException e) {
      System.err.println("demo-blog: " + e.getMessage());
      System.exit(2);
      return;
    }
    DemoBlog blog;
    try {
      blog = start(options, posts);
    } catch (IOException e) {
      System.err.printf("demo-blog: cannot listen on %s:%s (%s); choose another port with --port%n", options.host(), options.port(), e.getMessage());
      System.exit(1);
      return;
    }
    System.out.printf("Relata demo blog with %d posts: %s (Ctrl-C stops it)%n", blog.index().size(), blog.uri());
    if (options.snapshot() != null) {
      System.out.printf(blog.kept.loaded
          ? "The index as it was at the last stop, from %s (delete it, or give --no-snapshot, to start from the posts)%n"
          : "The index is kept in %s, saved after each edit%n", options.snapshot().toAbsolutePath());
    }
    blog.server.join();
  }

  /**
   * Reads the posts to serve.
   *
   * @param file a JSON Lines file, or null for the built-in samples
   * @return the posts
   * @throws ImportException if the file is missing or a line is not a valid post
   */
  public static List<Article> posts(@Nullable Path file) throws ImportException {
    if (file != null) {
      return PostImporter.withDefaults().read(ImportFormat.JSON_LINES, file).requireNoProblems().articles();
    }
    try (InputStream in = DemoBlog.class.getResourceAsStream(SAMPLES)) {
      checkNotNull(in, "the sample posts %s are not on the classpath (module relata-samples)", SAMPLES);
      return PostImporter.withDefaults().read(ImportFormat.JSON_LINES, in, "samples/posts.jsonl").requireNoProblems().articles();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sample posts " + SAMPLES, e);
    }
  }

  /**
   * Starts the blog.
   *
   * @param options where to listen
   * @param posts the posts to serve
   * @return the running blog; close it to stop
   * @throws IOException if the port cannot be bound
   */
  public static DemoBlog start(DemoOptions options, List<Article> posts) throws IOException {
    // The index is also the demo's store of posts, so it keeps their bodies for the post pages.
    RelatedPosts engine = RelatedPosts.builder().minScore(MIN_SCORE).maxResults(MAX_RESULTS).bodies(Options.Bodies.RETAINED).build();
    Kept kept = Kept.start(engine, options.snapshot(), posts);
    LiveIndex index = kept.index;
    Server server = new Server();
    // Post ids may hold any character, so URIs that Jetty rejects by default as ambiguous (an encoded '/', a
    // '..' inside an id) reach the JSON API, which answers them itself. The demo's other servlets never map
    // a path to a file, so they are not exposed by it.
    HttpConfiguration http = new HttpConfiguration();
    http.setUriCompliance(
        UriCompliance.DEFAULT.with(
            "relata",
            UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR,
            UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING,
            UriCompliance.Violation.AMBIGUOUS_PATH_SEGMENT,
            UriCompliance.Violation.AMBIGUOUS_EMPTY_SEGMENT,
            UriCompliance.Violation.SUSPICIOUS_PATH_CHARACTERS,
            UriCompliance.Violation.BAD_PERCENT_ENCODING,
            UriCompliance.Violation.BAD_UTF8_ENCODING,
            UriCompliance.Violation.TRUNCATED_UTF8_ENCODING,
            UriCompliance.Violation.UTF16_ENCODINGS));
    http.setRequestHeaderSize(REQUEST_HEADER_SIZE);
    http.setSendServerVersion(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(options.host());
    connector.setPort(options.port());
    server.addConnector(connector);

    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.getServletHandler().setDecodeAmbiguousURIs(true);
    context.setMaxFormContentSize(MAX_FORM_BYTES);
    context.addServlet(new ServletHolder("related", RelatedPostsServlet.builder(index::snapshot).links(BlogServlet::link).build()), "/related/*");
    context.addServlet(
        new ServletHolder("widget", new StaticResource("META-INF/resources/relata-widget.js", "text/javascript;charset=UTF-8")),
        "/relata-widget.js");
    context.addServlet(
        new ServletHolder("css", new StaticResource("io/github/relata/examples/static/demo.css", "text/css;charset=UTF-8")), "/demo.css");
    context.addServlet(new ServletHolder("blog", new BlogServlet(index, kept::save)), "/");
    server.setHandler(context);
    server.setErrorHandler(new JsonErrors("/related/"));
    server.setStopAtShutdown(true);
    try {
      server.start();
    } catch (IOException e) {
      index.close();
      stopQuietly(server);
      throw e;
    } catch (Exception e) {
      index.close();
      stopQuietly(server);
      throw new IllegalStateException("Jetty failed to start: " + e.getMessage(), e);
    }
    String host = options.host().equals("0.0.0.0") || options.host().equals("127.0.0.1") ? "localhost" : options.host();
    return new DemoBlog(server, index, URI.create("http://" + host + ":" + connector.getLocalPort() + "/"), kept);
  }

  /** Returns the blog's address, such as {@code http://localhost:8080/}. */
  public URI uri() {
    return uri;
  }

  /** Returns the posts being served; changes to it show on the next page view. */
  public LiveIndex index() {
    return index;
  }

  /** Returns whether the index was loaded from the snapshot file rather than built from the posts. */
  public boolean servedFromSnapshot() {
    return kept.loaded;
  }

  /**
   * Stops the server, saves the index to the snapshot file (if there is one) and stops the index's background
   * work.
   *
   * @throws IllegalStateException if Jetty fails to stop
   */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while stopping Jetty", e);
    } catch (Exception e) {
      throw new IllegalStateException("Jetty failed to stop: " + e.getMessage(), e);
    } finally {
      kept.save();
      index.close();
    }
  }

  /** The index and the file it is kept in across restarts, if any. */
  private static final class Kept {
    final LiveIndex index;
    final @Nullable Path file;
    final boolean loaded;

    private Kept(LiveIndex index, @Nullable Path file, boolean loaded) {
      this.index = index;
      this.file = file;
      this.loaded = loaded;
    }

    /** Loads the index from {@code file} when it holds one, else indexes {@code posts} and saves them there. */
    static Kept start(RelatedPosts engine, @Nullable Path file, List<Article> posts) {
      if (file != null && Files.exists(file)) {
        try {
          return new Kept(engine.liveIndex(engine.load(file)), file, true);
        } catch (IOException e) {
          System.err.println("demo-blog: " + e.getMessage() + "; serving the posts instead, and keeping them in " + file);
        }
      }
      Kept kept = new Kept(engine.liveIndex(posts), file, false);
      kept.save();
      return kept;
    }

    /** Saves the index as it is now; a failure is reported and the blog carries on. One save at a time, so the newest is last. */
    synchronized void save() {
      if (file == null) {
        return;
      }
      try {
        index.snapshot().save(file);
      } catch (IOException e) {
        System.err.println("demo-blog: cannot save the index to " + file + ": " + e);
      }
    }
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      // Starting failed already; that is the error to report.
    }
  }
}
