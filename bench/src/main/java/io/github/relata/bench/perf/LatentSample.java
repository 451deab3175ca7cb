package io.github.relata.bench.perf;

import io.github.relata.Article;
import io.github.relata.ArticleIndex;
import io.github.relata.RelatedPost;
import io.github.relata.RelatedPosts;
import io.github.relata.RelatedPostsBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What learning the latent space from a sample costs the lists: on {@code --size} synthetic posts, builds an
 * index for each of {@code --training} sizes (the most posts the space is learned from; 0 for no latent
 * space at all, for scale), asks every post's top 10 and compares each list with the one the largest
 * training size gives: the share of its entries in both, the share of lists identical, and the build's time.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.github.relata.bench.perf.LatentSample --size 100000 --training 0,5000,20000,100000
 * </pre>
 */
final class LatentSample {

  private LatentSample() {}

  @Command(name = "latent-sample", mixinStandardHelpOptions = true)
  static final class Options {
    @Option(names = "--size", paramLabel = "N", description = "Synthetic posts (default: 100000).")
    int size = 100_000;

    @Option(names = "--training", split = ",", paramLabel = "N",
        description = "Training sizes to compare, the largest the reference; 0 for no latent space (default: 0,5000,20000,100000).")
    List<Integer> training = new ArrayList<>(List.of(0, 5_000, 20_000, 100_000));
  }

  /** One training size's lists and build time. */
  record Run(int training, List<List<String>> lists, double buildSeconds) {}

  public static void main(String[] args) throws Exception {
    Options o = new Options();
    CommandLine line = new CommandLine(o);
    line.parseArgs(args);
    if (line.isUsageHelpRequested()) {
      line.usage(System.out);
      return;
    }
    if (o.size < 1 || o.training.isEmpty() || o.training.stream().anyMatch(t -> t < 0)) {
      throw new IllegalArgumentException("--size must be positive and --training sizes at least 0: " + o.size + ", " + o.training);
    }
    List<Article> posts = SitePosts.materialise(SyntheticCorpus.loadShared(), o.size);
    List<String> ids = posts.stream().map(Article::id).toList();
    int reference = o.training.stream().mapToInt(Integer::intValue).max().orElseThrow();
    Run ref = run(posts, ids, reference);
    System.out.printf(Locale.ROOT, "%,d synthetic posts; reference: the space learned from %s%n%n", o.size, describe(reference, o.size));
    System.out.println("| latent space learned from | build (s) | entries also in the reference's lists | lists identical |");
    System.out.println("|---|---:|---:|---:|");
    for (int t : o.training) {
      Run r = t == reference ? ref : run(posts, ids, t);
      long both = 0;
      long entries = 0;
      int identical = 0;
      for (int i = 0; i < ids.size(); i++) {
        List<String> want = ref.lists().get(i);
        List<String> got = r.lists().get(i);
        Set<String> wanted = new HashSet<>(want);
        entries += want.size();
        both += got.stream().filter(wanted::contains).count();
        identical += want.equals(got) ? 1 : 0;
      }
      System.out.printf(Locale.ROOT, "| %s | %.1f | %.2f%% | %.2f%% |%n", describe(t, o.size), r.buildSeconds(),
          100.0 * both / Math.max(1, entries), 100.0 * identical / ids.size());
    }
  }

  private static String describe(int training, int size) {
    if (training == 0) {
      return "no latent space";
    }
    return training >= size ? String.format(Locale.ROOT, "all %,d posts", size) : String.format(Locale.ROOT, "%,d posts", training);
  }

  private static Run run(List<Article> posts, List<String> ids, int training) {
    RelatedPostsBuilder builder = RelatedPosts.builder().maxResults(10);
    if (training == 0) {
      builder.latentDimensions(0);
    } else {
      builder.latentTrainingPosts(Math.max(100, Math.min(training, 1_000_000)));
    }
    long start = System.nanoTime();
    ArticleIndex index = builder.build().index(posts);
    double seconds = (System.nanoTime() - start) / 1e9;
    List<List<String>> lists = IntStream.range(0, ids.size()).parallel()
        .mapToObj(i -> index.relatedTo(ids.get(i)).stream().map(RelatedPost::article).map(Article::id).toList()).toList();
    return new Run(training, lists, seconds);
  }
}
