package io.github.relata.spark;

import io.github.relata.Article;
import io.github.relata.BatchPost;
import io.github.relata.imports.ImportException;
import io.github.relata.imports.ImportFormat;
import io.github.relata.imports.ImportResult;
import io.github.relata.imports.PostImporter;
import io.github.relata.imports.Skipped;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;

/**
 * Reads posts for a run, through the importers' code: JSON Lines in the corpus format and Parquet with the same
 * columns are read in parallel (each partition's lines by the JSON Lines importer); a folder of Markdown (Hugo,
 * Jekyll), a WordPress export, a feed or a JSON array is read on the driver by its importer, then analysed in
 * parallel. A line or item the importer skips is reported, with where it was, and left out.
 */
final class PostInput {

  /** The input formats: the importers' and Parquet. */
  static final String PARQUET = "parquet";

  private PostInput() {}

  /** Returns the analysed posts of {@code path} in {@code format}, problems added to {@code problems}. */
  static JavaRDD<BatchPost> read(
      SparkSession session, String format, String path, RelatedJob.Settings settings, int partitions, CollectionAccumulator<String> problems)
      throws ImportException {
    JavaSparkContext spark = JavaSparkContext.fromSparkContext(session.sparkContext());
    if (format.equals(PARQUET)) {
      return fromLines(session.read().parquet(path).toJSON().javaRDD(), path, settings, problems);
    }
    ImportFormat importFormat = ImportFormat.ofLabel(format).orElseThrow(() -> new IllegalArgumentException(
        "unknown input format: " + format + " (one of " + ImportFormat.labels() + ", " + PARQUET + ")"));
    if (importFormat == ImportFormat.JSON_LINES) {
      return fromLines(spark.textFile(path, partitions), path, settings, problems);
    }
    ImportResult result = PostImporter.withDefaults().read(importFormat, Path.of(path));
    for (Skipped s : result.problems()) {
      problems.add(s.toString());
    }
    List<ShippedArticle> shipped = result.articles().stream().map(ShippedArticle::of).toList();
    return spark.parallelize(shipped, partitions).map(a -> Engines.scoring(settings).analyse(a.article()));
  }

  private static JavaRDD<BatchPost> fromLines(
      JavaRDD<String> lines, String path, RelatedJob.Settings settings, CollectionAccumulator<String> problems) {
    return lines.mapPartitionsWithIndex((index, it) -> analysed(it, path + " (part " + index + ")", settings, problems), false);
  }

  private static Iterator<BatchPost> analysed(
      Iterator<String> lines, String source, RelatedJob.Settings settings, CollectionAccumulator<String> problems) throws ImportException {
    StringBuilder text = new StringBuilder();
    lines.forEachRemaining(line -> text.append(line).append('\n'));
    ImportResult result = PostImporter.withDefaults().read(
        ImportFormat.JSON_LINES, new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), source);
    for (Skipped s : result.problems()) {
      problems.add(s.toString());
    }
    List<BatchPost> posts = new ArrayList<>(result.articles().size());
    for (Article a : result.articles()) {
      posts.add(Engines.scoring(settings).analyse(a));
    }
    return posts.iterator();
  }
}
