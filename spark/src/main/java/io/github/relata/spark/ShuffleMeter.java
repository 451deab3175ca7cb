package io.github.relata.spark;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/** Adds up the bytes every task wrote to the shuffle, and the records, as Spark's task metrics report them. */
final class ShuffleMeter extends SparkListener {

  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong records = new AtomicLong();

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    TaskMetrics metrics = end.taskMetrics();
    if (metrics != null) {
      bytes.addAndGet(metrics.shuffleWriteMetrics().bytesWritten());
      records.addAndGet(metrics.shuffleWriteMetrics().recordsWritten());
    }
  }

  long bytes() {
    return bytes.get();
  }

  long records() {
    return records.get();
  }
}
