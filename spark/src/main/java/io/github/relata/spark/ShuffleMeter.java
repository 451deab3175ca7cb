package io.github.relata.spark;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Adds up the bytes every task wrote to the shuffle, and the records, as Spark's task metrics report them; and
 * the bytes by the place in the job's code whose stage wrote them (Spark's stage name, such as {@code
 * mapToPair at RelatedJob.java:140}).
 */
final class ShuffleMeter extends SparkListener {

  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong records = new AtomicLong();
  private final Map<String, AtomicLong> byStage = new ConcurrentHashMap<>();

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    TaskMetrics metrics = end.taskMetrics();
    if (metrics != null) {
      bytes.addAndGet(metrics.shuffleWriteMetrics().bytesWritten());
      records.addAndGet(metrics.shuffleWriteMetrics().recordsWritten());
    }
  }

  @Override
  public void onStageCompleted(SparkListenerStageCompleted completed) {
    TaskMetrics metrics = completed.stageInfo().taskMetrics();
    long written = metrics == null ? 0 : metrics.shuffleWriteMetrics().bytesWritten();
    if (written > 0) {
      byStage.computeIfAbsent(completed.stageInfo().name(), k -> new AtomicLong()).addAndGet(written);
    }
  }

  long bytes() {
    return bytes.get();
  }

  long records() {
    return records.get();
  }

  /** The shuffle bytes written by each stage name, so far. */
  Map<String, Long> bytesByStage() {
    Map<String, Long> copy = new TreeMap<>();
    byStage.forEach((stage, written) -> copy.put(stage, written.get()));
    return copy;
  }
}
