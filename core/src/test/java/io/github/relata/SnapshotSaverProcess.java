package io.github.relata;

import java.nio.file.Path;

/**
 * The child JVM of {@link SnapshotFaultTest}: loads snapshots A and B, times one save, says "ready" and that time in microseconds, then saves B, A, B, ...
 * over the target file until it is killed.
 */
final class SnapshotSaverProcess {

  private SnapshotSaverProcess() {}

  /**
   * Saves until killed.
   *
   * @param args the target file, then the snapshots A and B
   */
  public static void main(String[] args) throws Exception {
    Path target = Path.of(args[0]);
    ArticleIndex a = SnapshotFaultTest.ENGINE.load(Path.of(args[1]));
    ArticleIndex b = SnapshotFaultTest.ENGINE.load(Path.of(args[2]));
    // One save timed here, in this JVM as it runs the saves, so that the parent spreads its kills over
    // this JVM's save, not over its own (faster) one.
    long start = System.nanoTime();
    b.save(target.resolveSibling("child-timing.relata"));
    System.out.println("ready " + (System.nanoTime() - start) / 1_000);
    System.out.flush();
    for (long i = 0; ; i++) {
      (i % 2 == 0 ? b : a).save(target);
    }
  }
}
