package io.github.relata.cli;

import io.github.relata.ArticleIndex;
import io.github.relata.RelatedPosts;
import io.github.relata.imports.ImportResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code relata index}: reads and indexes the posts once and saves the index as a snapshot file, which
 * {@code related} and {@code explain} read with {@code --snapshot} without analysing the posts again.
 */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    customSynopsis = "relata index (--in FILE | --from FORMAT:PATH) --out FILE [OPTIONS]",
    description = {
      "Indexes the posts and saves the index as a snapshot file, which related and explain read with --snapshot FILE"
          + " without analysing the posts again. The file is replaced atomically: in full or not at all.",
      "The settings that shape the index (field weights, word pairs, subwords, latent dimensions, languages, and"
          + " those the neighbourhood densities depend on: weights, dates, languages) are saved with it; related"
          + " and explain must give the same ones, and may change -k, --min-score, --min-relative-score and"
          + " --exposure-correction."
    })
final class IndexCommand implements Callable<Integer> {

  @ParentCommand RelataCommand relata;
  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Option(names = "--out", required = true, paramLabel = "FILE", order = 3, description = "Where to save the snapshot, such as site.relata.")
  String out;

  @Option(names = {"-q", "--quiet"}, order = 6, description = "Print neither the progress bar nor the summaries.")
  boolean quiet;

  @Mixin EngineOptions engineOptions;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    RunSummary.resetPeakHeap();
    RelatedPosts engine = engineOptions.settings().builder(RelatedCommand.DEFAULT_K).build();
    Path file = RelataCommand.path(out, "--out");
    if (file.equals(Path.of(RelataCommand.STANDARD_STREAM))) {
      throw UserError.usage("--out must name a file: a snapshot is not written to standard output");
    }
    Path directory = file.toAbsolutePath().getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw UserError.input(file + ": no such directory: " + directory);
    }
    if (Files.isDirectory(file)) {
      throw UserError.input(file + ": is a directory");
    }
    PrintWriter err = spec.commandLine().getErr();
    int posts;
    try (Progress progress = quiet ? Progress.off(err) : Progress.start(err, relata.stderrIsTerminal())) {
      progress.phase("reading", 0);
      ImportResult imported = input.read(relata.stdin(), err, quiet);
      progress.phase("indexing", 0);
      ArticleIndex index = engine.index(imported.articles());
      progress.phase("saving", 0);
      index.save(file);
      progress.finish();
      posts = index.size();
    } catch (IOException e) {
      throw UserError.io(file, e);
    }
    if (!quiet) {
      long bytes;
      try {
        bytes = Files.size(file);
      } catch (IOException e) {
        throw UserError.io(file, e);
      }
      err.println(String.format(Locale.ROOT, "saved the index of %d posts to %s (%.1f MB)", posts, file, bytes / 1e6));
      err.println(new RunSummary(posts, (System.nanoTime() - start) / 1e9, RunSummary.measurePeakHeap()).format());
      err.flush();
    }
    return 0;
  }
}
