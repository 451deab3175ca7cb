package io.github.relata.cli;

import io.github.relata.Article;
import io.github.relata.ArticleIndex;
import io.github.relata.RelatedPost;
import io.github.relata.RelatedPosts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code relata related}: writes every post's related list in the related-lists format, one line per post
 * in input order, to a file that appears only when it is complete.
 */
@Command(
    name = "related",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    customSynopsis = "relata related --in FILE --out FILE [-k N] [--config FILE] [OPTIONS]",
    description = {
      "Writes the related posts of every post as JSON Lines: {\"id\": ..., \"related\": [{\"id\": ..., \"score\": ...}]},"
          + " one line per post in input order, best first.",
      "The output file is written in full or not at all."
    })
final class RelatedCommand implements Callable<Integer> {

  /** The list length when neither {@code --k} nor the settings file give one. */
  static final int DEFAULT_K = 10;
  /** Posts ranked in parallel between two writes: bounds the lists held in memory. */
  private static final int CHUNK = 1024;

  @ParentCommand RelataCommand relata;
  @Spec CommandSpec spec;

  @Option(names = "--in", required = true, paramLabel = "FILE", order = 1,
      description = "Posts, JSON Lines (id, title, date, body, tags, lang, ...); - reads standard input.")
  String in;

  @Option(names = "--out", required = true, paramLabel = "FILE", order = 2,
      description = "Where to write the related lists; - writes standard output.")
  String out;

  @Option(names = {"-q", "--quiet"}, order = 3, description = "Print neither the progress bar nor the summary.")
  boolean quiet;

  @Mixin EngineOptions engineOptions;

  @Override
  public Integer call() throws PostsFileException {
    long start = System.nanoTime();
    RunSummary.resetPeakHeap();
    RelatedPosts engine = engineOptions.settings().builder(DEFAULT_K).build();
    PrintWriter err = spec.commandLine().getErr();
    int posts;
    if (out.equals(RelataCommand.STANDARD_STREAM)) {
      PrintWriter stdout = spec.commandLine().getOut();
      posts = run(engine, stdout, err, Path.of("stdout"));
      if (stdout.checkError()) {
        throw UserError.input("stdout: cannot write");
      }
    } else {
      Path target = RelataCommand.path(out, "--out");
      try (AtomicFile file = AtomicFile.create(target)) {
        posts = run(engine, file.writer(), err, target);
        file.commit();
      } catch (IOException e) {
        throw UserError.io(target, e);
      }
    }
    if (!quiet) {
      err.println(new RunSummary(posts, (System.nanoTime() - start) / 1e9, RunSummary.measurePeakHeap()).format());
      err.flush();
    }
    return 0;
  }

  /** Reads, indexes and ranks the posts, writing their lists to {@code to}; returns the number of posts. */
  private int run(RelatedPosts engine, Writer to, PrintWriter err, Path target) throws PostsFileException {
    try (Progress progress = quiet ? Progress.off(err) : Progress.start(err, relata.stderrIsTerminal())) {
      progress.phase("reading", 0);
      List<Article> posts = relata.readPosts(in);
      progress.phase("indexing", 0);
      ArticleIndex index = engine.index(posts);
      progress.phase("ranking", posts.size());
      RelatedLines lines = new RelatedLines(to);
      for (int from = 0; from < posts.size(); from += CHUNK) {
        int until = Math.min(posts.size(), from + CHUNK);
        // The index is an immutable snapshot: any number of threads may query it.
        List<List<RelatedPost>> lists = IntStream.range(from, until).parallel()
            .mapToObj(i -> {
              List<RelatedPost> related = index.relatedTo(posts.get(i).id());
              progress.advance(1);
              return related;
            })
            .toList();
        for (int i = from; i < until; i++) {
          lines.write(posts.get(i).id(), lists.get(i - from));
        }
      }
      lines.flush();
      progress.finish();
      return posts.size();
    } catch (IOException e) {
      throw UserError.io(target, e);
    }
  }
}
