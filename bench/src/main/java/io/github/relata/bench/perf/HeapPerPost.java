package io.github.relata.bench.perf;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.relata.bench.CommandLines;
import io.github.relata.bench.SharedCorpora;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the heap an engine's index retains per post: a program of its own (not JMH), best run in a
 * fresh JVM per engine and size.
 *
 * <pre>{@code
 * java -Xmx4g -XX:G1HeapRegionSize=16m -cp bench/target/benchmarks.jar io.github.relata.bench.perf.HeapPerPost --engine relata --size 1000000
 * }</pre>
 *
 * <p>Give G1 regions of 16 MB ({@code Bench} does): with the 2 or 4 MB regions of a small heap, Lucene's
 * {@code ByteBuffersDirectory} blocks (up to 4 MB) are humongous objects that each take whole regions, and
 * the used heap counts those regions in full: at 1M posts and {@code -Xmx4g} Lucene's figure is 1,613 bytes
 * a post with 2 MB regions, 1,374 with 4 MB and 810 with 8 MB or more.</p>
 *
 * <p>It loads the sentence pools, reads the used heap (after {@value #COLLECTIONS} {@code System.gc()} calls,
 * from the {@link MemoryMXBean}), builds the index from posts that are made as the engine reads them (so
 * nothing but the index holds them), reads the used heap again and divides the difference by the number of
 * posts. What each side holds:
 *
 * <ul>
 *   <li>relata: the {@code ArticleIndex} from {@code RelatedPosts.index}: every {@code Article} (id, title,
 *       summary of about 220 characters, body, date, URL, language) and the engine's index structures;
 *       plus the bench's ids, to ask for a post by ordinal, as UTF-8 bytes (about 20 bytes a post).
 *   <li>lucene-mlt: a {@code ByteBuffersDirectory} holding title and body indexed with term vectors,
 *       stored fields id, title, summary, URL and date, an {@code ord} doc value, and the open
 *       {@code DirectoryReader} and {@code IndexSearcher} on it; plus the bench's ord-to-doc and language
 *       arrays (5 bytes a post). The body text is indexed, not stored.
 * </ul>
 *
 * <p>Options: {@code --engine relata|lucene-mlt}, {@code --size N}, {@code --json FILE} (also write the
 * figures as JSON), {@code --corpora DIR}. Exit status 3 on {@link OutOfMemoryError}, 2 on a usage error or
 * missing corpora.
 */
public final class HeapPerPost {

  static final int COLLECTIONS = 5;
  static final int OUT_OF_MEMORY = 3;
  static final int USAGE = 2;

  private HeapPerPost() {}

  /** The figures of one measurement, also written as JSON. */
  record Result(String engine, int size, long retainedBytes, double buildSeconds, long maxHeapBytes, boolean outOfMemory) {
    double bytesPerPost() {
      return (double) retainedBytes / size;
    }
  }

  /** The command line, read by picocli. */
  @Command(name = "HeapPerPost", description = "Measures the heap an engine's index of N synthetic posts retains.")
  static final class Arguments {
    @Option(names = "--engine", required = true, paramLabel = "ENGINE", description = "relata or lucene-mlt")
    String engine;

    @Option(names = "--size", required = true, paramLabel = "N", description = "posts to index, at least 1 (1_000_000 may be written so)")
    String size;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the figures as JSON")
    Path json;

    @Option(names = "--corpora", paramLabel = "DIR", description = "the shared corpora (default: ../shared/corpora)")
    String corpora;

    @Option(names = "--histogram", paramLabel = "N", description = "also print the N classes with the most live bytes after the build (0: none)")
    int histogram;
  }

  /** The parsed command line: the engine, how many posts, and where to write the JSON figures, or null. */
  record Options(String engine, int size, Path json, int histogram) {}

  /** Returns the usage message. */
  static String usage() {
    return new CommandLine(new Arguments()).getUsageMessage().stripTrailing();
  }

  /**
   * Parses the command line; {@code --corpora} sets {@link SharedCorpora#PROPERTY}.
   *
   * @throws IllegalArgumentException naming the bad or missing argument
   */
  static Options parse(String... args) {
    Arguments parsed = CommandLines.parse(new Arguments(), args);
    checkArgument(PerfEngine.NAMES.contains(parsed.engine), "--engine must be %s: %s", String.join(" or ", PerfEngine.NAMES), parsed.engine);
    int size;
    try {
      size = Integer.parseInt(parsed.size.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--size must be a whole number: " + parsed.size, e);
    }
    checkArgument(size >= 1, "--size must be at least 1: %s", parsed.size);
    if (parsed.corpora != null) {
      System.setProperty(SharedCorpora.PROPERTY, parsed.corpora);
    }
    checkArgument(parsed.histogram >= 0, "--histogram must be at least 0: %s", parsed.histogram);
    return new Options(parsed.engine, size, parsed.json, parsed.histogram);
  }

  /** Runs one measurement; see the class comment for the options. */
  public static void main(String[] args) throws IOException {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(usage());
      System.exit(USAGE);
      return;
    }
    String engine = options.engine();
    int size = options.size();
    Path json = options.json();
    if (SharedCorpora.find().isEmpty()) {
      System.err.println(SharedCorpora.missingMessage());
      System.exit(USAGE);
      return;
    }
    Result result = measure(engine, size, options.histogram());
    System.out.println(describe(result));
    if (json != null) {
      write(result, json);
    }
    if (result.outOfMemory()) {
      System.exit(OUT_OF_MEMORY);
    }
  }

  /** Builds the engine's index of {@code size} synthetic posts and returns what it retains. */
  static Result measure(String engineName, int size) throws IOException {
    return measure(engineName, size, 0);
  }

  /**
   * Builds the engine's index of {@code size} synthetic posts and returns what it retains, printing the
   * {@code histogram} classes with the most live bytes while the index is held (none when 0).
   */
  static Result measure(String engineName, int size, int histogram) throws IOException {
    SyntheticCorpus corpus = SyntheticCorpus.loadShared();
    long maxHeap = Runtime.getRuntime().maxMemory();
    long before = usedAfterGc();
    PerfEngine engine = PerfEngine.create(engineName);
    long start = System.nanoTime();
    try {
      engine.build(SitePosts.generated(corpus, 0, size));
    } catch (OutOfMemoryError e) {
      engine = null;
      return new Result(engineName, size, -1, (System.nanoTime() - start) / 1e9, maxHeap, true);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long after = usedAfterGc();
    if (histogram > 0) {
      System.out.println(histogram(histogram));
    }
    Reference.reachabilityFence(engine);
    Reference.reachabilityFence(corpus);
    return new Result(engineName, size, after - before, seconds, maxHeap, false);
  }

  /** Returns the used heap after {@value #COLLECTIONS} full collections. */
  static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < COLLECTIONS; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** Returns the first {@code rows} rows of the JVM's class histogram of live objects ({@code GC.class_histogram}). */
  static String histogram(int rows) {
    try {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      ObjectName command = new ObjectName("com.sun.management:type=DiagnosticCommand");
      String text = (String) server.invoke(command, "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
      return text.lines().limit(rows + 2L).collect(Collectors.joining("\n"));
    } catch (JMException e) {
      return "(no class histogram: " + e.getMessage() + ")";
    }
  }

  static String describe(Result r) {
    if (r.outOfMemory()) {
      return String.format(Locale.ROOT, "%s, %,d posts: OUT OF MEMORY after %.1f s with max heap %,d MiB",
          r.engine(), r.size(), r.buildSeconds(), r.maxHeapBytes() >> 20);
    }
    return String.format(Locale.ROOT, "%s, %,d posts: retains %,.1f MiB, %,.0f bytes a post (built in %.1f s, max heap %,d MiB)",
        r.engine(), r.size(), r.retainedBytes() / 1048576.0, r.bytesPerPost(), r.buildSeconds(), r.maxHeapBytes() >> 20);
  }

  static void write(Result r, Path file) throws IOException {
    ObjectNode node = new ObjectMapper().createObjectNode()
        .put("engine", r.engine())
        .put("size", r.size())
        .put("retainedBytes", r.retainedBytes())
        .put("bytesPerPost", r.outOfMemory() ? Double.NaN : r.bytesPerPost())
        .put("buildSeconds", r.buildSeconds())
        .put("maxHeapBytes", r.maxHeapBytes())
        .put("outOfMemory", r.outOfMemory());
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, node.toPrettyString() + "\n");
  }
}
