package io.github.relata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

final class ProgressTest {

  private final StringWriter text = new StringWriter();
  private final AtomicLong now = new AtomicLong();

  private Progress progress(boolean terminal) {
    return new Progress(new PrintWriter(text), terminal, now::get, Progress.DEFAULT_DELAY_NANOS, 0);
  }

  private void advanceClock(double seconds) {
    now.addAndGet((long) (seconds * TimeUnit.SECONDS.toNanos(1)));
  }

  @Test
  void shortRun_drawsNothing() {
    try (Progress progress = progress(true)) {
      progress.phase("ranking", 100);
      progress.advance(100);
      advanceClock(0.9);
      progress.draw();
      progress.finish();
    }
    assertEquals("", text.toString());
  }

  @Test
  void terminal_redrawsInPlaceAndClearsAtTheEnd() {
    try (Progress progress = progress(true)) {
      progress.phase("indexing", 0);
      advanceClock(1.5);
      progress.draw();
      progress.phase("ranking", 200);
      advanceClock(0.5);
      progress.advance(50);
      progress.draw();
    }
    String drawn = text.toString();
    assertTrue(drawn.startsWith("\rindexing... 1.5 s"), drawn);
    assertTrue(drawn.contains("\rranking  [#######-----------------------]  25%  50/200  100 posts/s"), drawn);
    assertTrue(drawn.endsWith("\r"), "the bar is cleared: " + drawn);
    assertTrue(!drawn.contains("\n"), drawn);
  }

  @Test
  void log_writesALinePerPhaseAndPerTenth() {
    try (Progress progress = progress(false)) {
      progress.phase("reading", 0);
      advanceClock(2);
      progress.draw();
      progress.phase("ranking", 100);
      for (int i = 0; i < 100; i++) {
        advanceClock(0.01);
        progress.advance(1);
        progress.draw();
        progress.draw();
      }
      progress.finish();
    }
    String[] lines = text.toString().split("\n");
    assertEquals("reading: done in 2.0 s", lines[0]);
    assertEquals(12, lines.length, text.toString());
    assertTrue(lines[1].startsWith("ranking  [###---------------------------]  10%  10/100"), lines[1]);
    assertTrue(lines[10].startsWith("ranking  [##############################] 100%  100/100  100 posts/s"), lines[10]);
    assertEquals("ranking: done in 1.0 s", lines[11]);
  }

  @Test
  void off_drawsNothing() {
    StringWriter quiet = new StringWriter();
    try (Progress progress = Progress.off(new PrintWriter(quiet))) {
      progress.phase("ranking", 10);
      progress.advance(10);
      progress.draw();
      progress.finish();
    }
    assertEquals("", quiet.toString());
  }
}
