package io.github.relata;

import java.nio.file.Path;

/**
 * The child JVM of {@link SnapshotFaultTest}: loads snapshots A and B, says "ready", then saves B, A, B, ...
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
    System.out.println("ready");
    System.out.flush();
    for (long i = 0; ; i++) {
      (i % 2 == 0 ? b : a).save(target);
    }
  }
}
