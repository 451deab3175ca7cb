package io.github.relata.spring;

import io.github.relata.ArticleIndex;
import io.github.relata.LiveIndex;
import io.github.relata.RelatedPosts;
import io.github.relata.SnapshotException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The index in {@code relata.snapshot-file}: loaded from it at startup when it exists, else built and saved to
 * it; saved again when the index was rebuilt (checked every {@code relata.snapshot-check-interval}) and at
 * shutdown, each time atomically. Thread-safe.
 */
final class SnapshotFile implements AutoCloseable {

  private static final Log LOG = LogFactory.getLog(SnapshotFile.class);

  private final LiveIndex index;
  private final Path file;
  private final ScheduledExecutorService checker;
  /** The snapshot last saved or loaded, and when the index had last been built then. */
  private @Nullable ArticleIndex saved;
  private Instant savedBuild;

  SnapshotFile(LiveIndex index, Path file, @Nullable ArticleIndex saved, Duration checkInterval) {
    this.index = index;
    this.file = file;
    this.saved = saved;
    this.savedBuild = index.lastBuilt();
    if (checkInterval.isNegative() || checkInterval.isZero()) {
      throw new IllegalArgumentException("relata.snapshot-check-interval=" + checkInterval + ": must be positive");
    }
    checker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "relata-snapshot");
      t.setDaemon(true);
      return t;
    });
    long millis = checkInterval.toMillis();
    checker.scheduleWithFixedDelay(this::saveIfRebuilt, millis, millis, TimeUnit.MILLISECONDS);
  }

  /**
   * Returns the index to start with: loaded from {@code file} when it holds a snapshot {@code engine} can
   * load, else {@code build}'s, saved to {@code file} at once. A file that cannot be loaded is rebuilt over
   * when {@code rebuildOnFailure}, else fails startup.
   *
   * @throws IllegalArgumentException naming the property and the file when it cannot be loaded or saved
   */
  static Start start(RelatedPosts engine, Path file, Supplier<ArticleIndex> build, boolean rebuildOnFailure) {
    if (Files.exists(file)) {
      try {
        return new Start(engine.load(file), true);
      } catch (SnapshotException e) {
        if (!rebuildOnFailure) {
          throw new IllegalArgumentException("relata.snapshot-file=" + file + ": " + e.getMessage()
              + " (set relata.posts to build the index anew, or delete the file)", e);
        }
        LOG.warn("relata.snapshot-file=" + file + ": " + e.getMessage() + "; building the index from relata.posts and saving it anew");
      } catch (IOException e) {
        throw new IllegalArgumentException("relata.snapshot-file=" + file + ": cannot be read: " + e, e);
      }
    }
    ArticleIndex built = build.get();
    save(built, file);
    return new Start(built, false);
  }

  /** The index to start with, and whether it came from the file. */
  record Start(ArticleIndex index, boolean loaded) {}

  private static void save(ArticleIndex snapshot, Path file) {
    try {
      snapshot.save(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("relata.snapshot-file=" + file + ": cannot be saved: " + e, e);
    }
  }

  /** Saves the index if it was rebuilt since it was last saved; logs a failure and carries on. */
  synchronized void saveIfRebuilt() {
    if (!index.lastBuilt().equals(savedBuild)) {
      saveNow();
    }
  }

  /** Saves the current snapshot unless it is the one last saved. */
  synchronized void saveNow() {
    ArticleIndex current = index.snapshot();
    Instant built = index.lastBuilt();
    if (current == saved) {
      savedBuild = built;
      return;
    }
    try {
      current.save(file);
      saved = current;
      savedBuild = built;
    } catch (IOException | RuntimeException e) {
      LOG.error("relata.snapshot-file=" + file + ": cannot be saved: " + e, e);
    }
  }

  /** Stops checking and saves the index as it is now. */
  @Override
  public void close() {
    checker.shutdownNow();
    saveNow();
  }
}
