package io.github.relata.spark;

import org.apache.spark.sql.SparkSession;

/** A Spark session in local mode for tests: loopback only, no web UI, few shuffle partitions. */
final class LocalSpark {

  private LocalSpark() {}

  static SparkSession session(int threads) {
    return SparkSession.builder()
        .appName("relata tests")
        .master("local[" + threads + "]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }
}
