package io.github.relata.cli;

import io.github.relata.Article;
import io.github.relata.ArticleIndex;
import io.github.relata.RelatedPost;
import io.github.relata.Signal;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code relata explain}: prints one post's related list for people, each entry with its reasons. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    customSynopsis = "relata explain (--in FILE | --from FORMAT:PATH | --snapshot FILE) --id ID [-k N] [--config FILE] [OPTIONS]",
    description = {
      "Prints the posts related to one post, best first: date, title, score, and why:"
          + " the terms they share and each signal's share of the score."
    })
final class ExplainCommand implements Callable<Integer> {

  /** The list length when neither {@code --k} nor the settings file give one. */
  static final int DEFAULT_K = 5;
  /** Titles longer than this are cut, so the scores line up. */
  static final int MAX_TITLE = 60;

  @ParentCommand RelataCommand relata;
  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Option(names = "--id", required = true, paramLabel = "ID", order = 3, description = "The post to explain (for hugo and jekyll, its path, such as posts/my-post.md).")
  String id;

  @Option(names = Snapshots.OPTION, paramLabel = "FILE", order = 4,
      description = "Read the index from this snapshot (made by relata index) instead of analysing the posts.")
  @Nullable String snapshot;

  @Mixin EngineOptions engineOptions;

  @Override
  public Integer call() {
    var engine = engineOptions.settings().builder(DEFAULT_K).limits(input.limits()).build();
    ArticleIndex index;
    String name;
    if (snapshot != null) {
      Snapshots.checkOneSource(input, snapshot);
      index = Snapshots.load(engine, snapshot);
      name = snapshot;
    } else {
      name = input.source().name();
      index = RelatedCommand.index(engine, input.read(relata.stdin(), spec.commandLine().getErr(), true).articles());
    }
    Article post = index.article(id).orElseThrow(
        () -> UserError.input(name + ": no post with id '" + id + "'"));
    PrintWriter out = spec.commandLine().getOut();
    for (String line : format(post, index.relatedTo(id))) {
      out.println(line);
    }
    out.flush();
    return 0;
  }

  /** Returns the lines that explain {@code post}'s related list. */
  static List<String> format(Article post, List<RelatedPost> related) {
    List<String> lines = new ArrayList<>();
    lines.add(post.title());
    lines.add(date(post) + "  " + post.id() + "  (" + related.size() + (related.size() == 1 ? " related post)" : " related posts)"));
    int width = 0;
    for (RelatedPost r : related) {
      width = Math.max(width, length(title(r.article())));
    }
    for (RelatedPost r : related) {
      String title = title(r.article());
      lines.add(String.format(Locale.ROOT, "  %s  %s%s  %.2f  because: %s",
          date(r.article()), title, " ".repeat(width - length(title)), r.score(), reasons(r)));
    }
    return lines;
  }

  /**
   * Returns the reasons: the shared tags and categories first, marked {@code #}, then the shared terms,
   * then each signal's share of the score in parentheses, and a note when the post was demoted for being
   * close to many posts.
   */
  static String reasons(RelatedPost related) {
    List<String> shares = new ArrayList<>();
    for (Map.Entry<Signal, Double> c : related.contributions().entrySet()) {
      shares.add(String.format(Locale.ROOT, "%s %.2f", Setting.signalName(c.getKey()), c.getValue()));
    }
    List<String> parts = new ArrayList<>();
    related.sharedTags().forEach(tag -> parts.add("#" + tag));
    parts.addAll(related.sharedTerms());
    String reasons = String.join(", ", parts);
    String signals = "(" + String.join(", ", shares) + ")";
    String line = reasons.isEmpty() ? signals : reasons + " " + signals;
    if (related.demotedForExposure()) {
      line += String.format(Locale.ROOT, " [demoted x%.2f: close to many posts]", related.exposure());
    }
    return line;
  }

  private static String date(Article post) {
    LocalDate date = post.publishedDate();
    return date == null ? "undated   " : date.toString();
  }

  private static String title(Article post) {
    String title = post.title().isBlank() ? "(untitled)" : post.title().strip().replaceAll("\\s+", " ");
    if (length(title) <= MAX_TITLE) {
      return title;
    }
    return title.substring(0, title.offsetByCodePoints(0, MAX_TITLE - 1)) + "…";
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
