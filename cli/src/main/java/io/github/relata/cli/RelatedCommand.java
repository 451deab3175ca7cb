package io.github.relata.cli;

import io.github.relata.Article;
import io.github.relata.ArticleIndex;
import io.github.relata.RelatedPost;
import io.github.relata.RelatedPosts;
import io.github.relata.imports.ImportFormat;
import io.github.relata.imports.ImportResult;
import io.github.relata.imports.ImportedPost;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code relata related}: writes every post's related list, in input order, as JSON Lines of ids and
 * scores, rich JSON Lines, or a Hugo or Jekyll data file, to a file that appears only when it is complete.
 */
@Command(
    name = "related",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    customSynopsis = "relata related (--in FILE | --from FORMAT:PATH | --snapshot FILE) [--out FILE] [--format ids|rich|hugo|jekyll] [--order score|newest] [-k N] [OPTIONS]",
    description = {
      "Writes every post's related list, best first (--order newest: newest first).",
      "  --format ids     JSON Lines of ids and scores (the default)",
      "  --format rich    JSON Lines with title, url, date, excerpt, score, reasons",
      "  --format hugo    a Hugo data file (default: SITE/data/related.json)",
      "  --format jekyll  a Jekyll data file (default: SITE/_data/related.yml)",
      "The output file is written in full or not at all."
    })
final class RelatedCommand implements Callable<Integer> {

  /** The list length when neither {@code --k} nor the settings file give one. */
  static final int DEFAULT_K = 10;
  /** Posts ranked in parallel between two writes: bounds the lists held in memory. */
  private static final int CHUNK = 1024;

  @ParentCommand RelataCommand relata;
  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Option(names = "--out", paramLabel = "FILE", order = 3,
      description = "Where to write the related lists; - writes standard output. Optional for hugo and jekyll output read from a site folder.")
  @Nullable String out;

  @Option(names = "--format", paramLabel = "FORMAT", order = 4, description = "ids (default), rich, hugo or jekyll.")
  String format = "ids";

  @Option(names = "--order", paramLabel = "ORDER", order = 5,
      description = "score (default: best first) or newest (the same posts, newest first, as many sites show them).")
  String order = "score";

  @Option(names = {"-q", "--quiet"}, order = 6, description = "Print neither the progress bar nor the summaries.")
  boolean quiet;

  @Option(names = Snapshots.OPTION, paramLabel = "FILE", order = 7,
      description = "Read the index from this snapshot (made by relata index) instead of analysing the posts; ids and rich output, in the order the posts were indexed.")
  @Nullable String snapshot;

  @Mixin EngineOptions engineOptions;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    RunSummary.resetPeakHeap();
    RelatedPosts engine = engineOptions.settings().builder(DEFAULT_K).limits(input.limits()).build();
    OutputFormat output = OutputFormat.of(format);
    RelatedEntries.Order display = RelatedEntries.Order.of(order);
    String target;
    if (snapshot != null) {
      Snapshots.checkOneSource(input, snapshot);
      if (output == OutputFormat.HUGO || output == OutputFormat.JEKYLL) {
        throw UserError.usage("--format " + format + " needs the paths the site generator knows the posts by, which a snapshot does not keep:"
            + " read the site with --from instead of " + Snapshots.OPTION);
      }
      if (out == null) {
        throw UserError.usage("Missing required option: '--out=FILE'");
      }
      target = out;
    } else {
      target = out != null ? out : defaultOut(input.source(), output);
    }
    PrintWriter err = spec.commandLine().getErr();
    int posts;
    if (target.equals(RelataCommand.STANDARD_STREAM)) {
      PrintWriter stdout = spec.commandLine().getOut();
      posts = run(engine, output, display, stdout, err, Path.of("stdout"));
      if (stdout.checkError()) {
        throw UserError.input("stdout: cannot write");
      }
    } else {
      Path file = RelataCommand.path(target, "--out");
      try (AtomicFile atomic = AtomicFile.create(file)) {
        posts = run(engine, output, display, atomic.writer(), err, file);
        atomic.commit();
      } catch (IOException e) {
        throw UserError.io(file, e);
      }
    }
    if (!quiet) {
      err.println(new RunSummary(posts, (System.nanoTime() - start) / 1e9, RunSummary.measurePeakHeap()).format());
      err.flush();
    }
    return 0;
  }

  /** Returns where a site's data file goes when {@code --out} is not given, making its folder; else a usage error. */
  private static String defaultOut(InputOptions.Source source, OutputFormat output) {
    boolean hugo = output == OutputFormat.HUGO && source.format() == ImportFormat.HUGO;
    boolean jekyll = output == OutputFormat.JEKYLL && source.format() == ImportFormat.JEKYLL;
    if (!hugo && !jekyll) {
      throw UserError.usage("Missing required option: '--out=FILE' (only hugo and jekyll output read from a site folder have a default)");
    }
    Path dir = RelataCommand.path(source.path(), "--from");
    if (!Files.isDirectory(dir)) {
      throw UserError.input(dir + (Files.exists(dir)
          ? ": is a file, not a folder (" + source.format().label() + " reads " + source.format().description() + ")"
          : ": no such folder"));
    }
    Path name = dir.toAbsolutePath().getFileName();
    boolean inner = name != null && name.toString().equals(hugo ? "content" : "_posts") && !Files.isDirectory(dir.resolve(hugo ? "content" : "_posts"));
    Path site = inner && dir.toAbsolutePath().getParent() != null ? dir.toAbsolutePath().getParent() : dir;
    Path data = site.resolve(hugo ? "data" : "_data");
    try {
      if (Files.isDirectory(site)) {
        Files.createDirectories(data);
      }
    } catch (IOException e) {
      throw UserError.io(data, e);
    }
    return data.resolve(hugo ? "related.json" : "related.yml").toString();
  }

  /** Reads, indexes and ranks the posts, writing their lists to {@code to}; returns the number of posts. */
  private int run(RelatedPosts engine, OutputFormat output, RelatedEntries.Order display, Writer to, PrintWriter err, Path target) {
    try (Progress progress = quiet ? Progress.off(err) : Progress.start(err, relata.stderrIsTerminal())) {
      List<ImportedPost> posts;
      ArticleIndex index;
      if (snapshot != null) {
        progress.phase("loading", 0);
        index = Snapshots.load(engine, snapshot);
        List<Article> articles = index.articles();
        posts = IntStream.range(0, articles.size())
            .mapToObj(i -> new ImportedPost(articles.get(i), snapshot + ": post " + (i + 1), null, null))
            .toList();
      } else {
        progress.phase("reading", 0);
        ImportResult imported = input.read(relata.stdin(), err, quiet);
        posts = imported.posts();
        progress.phase("indexing", 0);
        index = index(engine, imported.articles());
      }
      progress.phase("ranking", posts.size());
      RelatedWriter writer = RelatedWriter.of(output, to, new RelatedEntries(posts), engine.options().defaultLanguage());
      for (int from = 0; from < posts.size(); from += CHUNK) {
        int until = Math.min(posts.size(), from + CHUNK);
        // The index is an immutable snapshot: any number of threads may query it.
        List<List<RelatedPost>> lists = IntStream.range(from, until).parallel()
            .mapToObj(i -> {
              List<RelatedPost> related = RelatedEntries.ordered(index.relatedTo(posts.get(i).id()), display);
              progress.advance(1);
              return related;
            })
            .toList();
        for (int i = from; i < until; i++) {
          writer.write(posts.get(i), lists.get(i - from));
        }
      }
      writer.finish();
      progress.finish();
      return posts.size();
    } catch (IOException e) {
      throw UserError.io(target, e);
    }
  }

  /**
   * Indexes the posts; a post over one of the engine's limits is an input error naming it, not an internal
   * one.
   */
  static ArticleIndex index(RelatedPosts engine, java.util.Collection<io.github.relata.Article> posts) {
    try {
      return engine.index(posts);
    } catch (IllegalArgumentException e) {
      throw UserError.input(e.getMessage());
    }
  }
}
