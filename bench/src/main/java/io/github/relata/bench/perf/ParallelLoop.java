package io.github.relata.bench.perf;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntToLongFunction;

/** Runs a function for every index of a range on a fixed number of threads, which take batches in turn. */
final class ParallelLoop {

  private static final int BATCH = 64;

  private ParallelLoop() {}

  /**
   * Calls {@code body} for 0 to {@code n - 1} on {@code threads} new threads and returns the sum of its
   * results.
   *
   * @throws IllegalStateException if a call throws; the first failure is its cause
   */
  static long sum(int n, int threads, IntToLongFunction body) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be positive: " + threads);
    }
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, "all-pairs");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<Long>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        parts.add(pool.submit(() -> {
          long total = 0;
          for (int start = next.getAndAdd(BATCH); start < n; start = next.getAndAdd(BATCH)) {
            int end = Math.min(n, start + BATCH);
            for (int i = start; i < end; i++) {
              total += body.applyAsLong(i);
            }
          }
          return total;
        }));
      }
      long total = 0;
      for (Future<Long> part : parts) {
        total += part.get();
      }
      return total;
    } catch (ExecutionException e) {
      throw new IllegalStateException("a task of the parallel loop failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
