package io.github.relata.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * A progress bar on standard error for runs longer than a second. On a terminal it shows the current phase
 * ("reading", "indexing", "ranking") and, for counted phases, a bar with the percentage and posts per second,
 * redrawn in place at most ten times a second. Elsewhere (a log file) it writes whole lines instead: one as
 * each phase ends, with its time, and one at each tenth of a counted phase. Nothing is written before the
 * run has lasted the delay. Thread-safe: workers call {@link #advance}, a daemon thread draws.
 */
final class Progress implements AutoCloseable {

  /** Nothing is drawn before a run has lasted this long. */
  static final long DEFAULT_DELAY_NANOS = TimeUnit.SECONDS.toNanos(1);
  /** The bar is redrawn at most this often. */
  static final long INTERVAL_MILLIS = 100;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private final LongSupplier nanoTime;
  private final long start;
  private final long delayNanos;
  private final AtomicInteger done = new AtomicInteger();
  private final @Nullable ScheduledExecutorService ticker;

  // Guarded by this.
  private String phase = "";
  private int total;
  private long phaseStart;
  private int drawnWidth;
  private int loggedTenth;
  private boolean closed;

  /**
   * Starts a progress bar.
   *
   * @param err where to draw
   * @param terminal whether {@code err} is a terminal, where the bar is redrawn in place
   * @param nanoTime the clock
   * @param delayNanos how long the run must last before anything is drawn
   * @param drawEveryMillis how often a daemon thread draws the bar, or 0 for none (tests call {@link #draw})
   */
  Progress(PrintWriter err, boolean terminal, LongSupplier nanoTime, long delayNanos, long drawEveryMillis) {
    this.err = err;
    this.terminal = terminal;
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
    this.phaseStart = start;
    this.delayNanos = delayNanos;
    if (drawEveryMillis > 0) {
      this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "relata-progress");
        thread.setDaemon(true);
        return thread;
      });
      ticker.scheduleAtFixedRate(this::draw, drawEveryMillis, drawEveryMillis, TimeUnit.MILLISECONDS);
    } else {
      this.ticker = null;
    }
  }

  /** Returns a progress bar that starts drawing after {@link #DEFAULT_DELAY_NANOS}, ten times a second. */
  static Progress start(PrintWriter err, boolean terminal) {
    return new Progress(err, terminal, System::nanoTime, DEFAULT_DELAY_NANOS, INTERVAL_MILLIS);
  }

  /** Returns a progress bar that draws nothing, for {@code --quiet}. */
  static Progress off(PrintWriter err) {
    return new Progress(err, false, System::nanoTime, Long.MAX_VALUE, 0);
  }

  /**
   * Ends the current phase and starts another.
   *
   * @param name what is being done, such as "ranking"
   * @param total how many posts the phase handles, or 0 when it is not counted
   */
  synchronized void phase(String name, int total) {
    long now = nanoTime.getAsLong();
    logPhaseEnd(now);
    this.phase = name;
    this.total = total;
    this.phaseStart = now;
    this.loggedTenth = 0;
    done.set(0);
  }

  /** Ends the last phase: in a log, notes how long it took. */
  synchronized void finish() {
    logPhaseEnd(nanoTime.getAsLong());
    phase = "";
  }

  /** Counts {@code n} more posts done in the current phase. */
  void advance(int n) {
    done.addAndGet(n);
  }

  /** Draws the bar if the run has lasted long enough; called by the ticker, and by tests. */
  synchronized void draw() {
    long now = nanoTime.getAsLong();
    if (closed || phase.isEmpty() || now - start < delayNanos) {
      return;
    }
    if (terminal) {
      String line = line(now);
      err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
      err.flush();
      drawnWidth = line.length();
    } else if (total > 0) {
      int tenth = (int) (10L * Math.min(done.get(), total) / total);
      if (tenth > loggedTenth) {
        loggedTenth = tenth;
        err.println(line(now));
        err.flush();
      }
    }
  }

  /** In a log, notes how long the phase that ends took. */
  private void logPhaseEnd(long now) {
    if (!terminal && !closed && !phase.isEmpty() && now - start >= delayNanos) {
      err.println(String.format(Locale.ROOT, "%s: done in %.1f s", phase, (now - phaseStart) / 1e9));
      err.flush();
    }
  }

  private String line(long now) {
    double seconds = (now - phaseStart) / 1e9;
    if (total <= 0) {
      return String.format(Locale.ROOT, "%s... %.1f s", phase, seconds);
    }
    int count = Math.min(done.get(), total);
    int filled = (int) ((long) WIDTH * count / total);
    String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
    double rate = seconds > 0 ? count / seconds : 0;
    return String.format(Locale.ROOT, "%-8s [%s] %3d%%  %d/%d  %.0f posts/s",
        phase, bar, 100L * count / total, count, total, rate);
  }

  /** Stops drawing and, on a terminal, clears the bar, so the next line (the summary or an error) starts clean. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    if (ticker != null) {
      ticker.shutdownNow();
    }
    closed = true;
    if (terminal && drawnWidth > 0) {
      err.print("\r" + " ".repeat(drawnWidth) + "\r");
      err.flush();
    }
  }
}
