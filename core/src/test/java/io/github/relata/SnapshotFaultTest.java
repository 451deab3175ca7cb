package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM at random moments while it saves snapshots over a file, and checks after each kill that the
 * file loads to exactly one of the two indexes it was saving: never a mix, a partial file or an error. A
 * killed process leaves the operating system's page cache as it was, so this tests the atomic replacement,
 * not durability after a power cut (which {@code FileChannel.force} and the directory sync are for).
 */
final class SnapshotFaultTest {

  /** The engine of both the test and the child: bodies kept, so that a save takes long enough to be cut into. */
  static final RelatedPosts ENGINE = RelatedPosts.builder().bodies(Options.Bodies.RETAINED).build();

  static final int KILLS = 60;
  /** The test stops killing after this long, having killed at least {@link #MIN_KILLS} times. */
  static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(75);
  static final int MIN_KILLS = 50;

  @TempDir Path dir;

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void aKilledSaveLeavesTheOldOrTheNewSnapshot_neverAnythingElse() throws Exception {
    List<Article> posts = new ArrayList<>();
    for (Article p : LatentSpaceTest.site(1200, 21)) {
      posts.add(p.toBuilder().body(p.body().repeat(10)).build());
    }
    ArticleIndex a = ENGINE.index(posts);
    ArticleIndex b = a.withAll(LatentSpaceTest.site(1400, 22).subList(1200, 1400)).without("p3").without("p17");
    Path fileA = dir.resolve("a.relata");
    Path fileB = dir.resolve("b.relata");
    a.save(fileA);
    b.save(fileB);
    byte[] bytesA = Files.readAllBytes(fileA);
    byte[] bytesB = Files.readAllBytes(fileB);
    assertFalse(Arrays.equals(bytesA, bytesB));
    long saveStart = System.nanoTime();
    b.save(dir.resolve("timing.relata"));
    long saveMicros = Math.max(1_000, (System.nanoTime() - saveStart) / 1_000);

    Path target = dir.resolve("site.relata");
    Files.copy(fileA, target);
    Random random = new Random(2026);
    int kills = 0;
    int sawA = 0;
    int sawB = 0;
    int leftovers = 0;
    ArticleIndex last = a;
    long start = System.nanoTime();
    while (kills < KILLS && (kills < MIN_KILLS || System.nanoTime() - start < BUDGET_NANOS)) {
      Process child = new ProcessBuilder(javaCommand(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", classPath(),
          SnapshotSaverProcess.class.getName(), target.toString(), fileA.toString(), fileB.toString())
          .redirectErrorStream(true)
          .start();
      BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertTrue(line != null && line.startsWith("ready "), "the child's first line: " + line);
      long childSaveMicros = Math.max(saveMicros, Long.parseLong(line.substring("ready ".length()).strip()));
      // Anywhere from the first save's start to a few saves in: writing, forcing, moving, syncing the directory,
      // at the pace of the child's own saves (slower than this JVM's on a busy machine).
      TimeUnit.MICROSECONDS.sleep((long) (random.nextDouble() * 4 * childSaveMicros));
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child ends when killed");
      kills++;

      byte[] loaded = SnapshotProperties.bytes(ENGINE.load(target));
      if (Arrays.equals(loaded, bytesA)) {
        sawA++;
        last = a;
      } else {
        assertArrayEquals(bytesB, loaded, "after kill " + kills + " the file is neither snapshot A nor B");
        sawB++;
        last = b;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()) {
          leftovers++;
          Files.delete(p);
        }
      }
    }
    System.out.printf("SnapshotFaultTest: %d kills in %.1f s (a save takes %.1f ms): the file held A %d times, B %d times; "
            + "%d temporary files left by killed saves%n",
        kills, (System.nanoTime() - start) / 1e9, saveMicros / 1000.0, sawA, sawB, leftovers);
    assertTrue(kills >= MIN_KILLS, "kills: " + kills);
    assertTrue(sawA > 0 && sawB > 0, "kills should land on both: A " + sawA + ", B " + sawB);
    SnapshotProperties.assertSameAnswers(last, ENGINE.load(target));
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The test class path: surefire's, else this JVM's. */
  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }
}
