package io.github.relata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.relata.Article;
import io.github.relata.LiveIndex;
import io.github.relata.RelatedPosts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code relata.snapshot-file}: the index loaded from it at startup, else built and saved; saved after rebuilds and at shutdown. */
final class RelataSnapshotFileTest {

  private static final String SAMPLES = "relata.posts=classpath:io/github/relata/samples/posts.jsonl";
  private static final Article ADDED = Article.builder("added-while-running", "Smart specialisering i Västerås").body("kluster").language("sv").build();

  private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(RelataAutoConfiguration.class));

  @TempDir Path dir;

  @Test
  void noSnapshotYet_buildsFromThePosts_andSavesIt() {
    Path file = dir.resolve("site.relata");
    runner.withPropertyValues(SAMPLES, "relata.snapshot-file=" + file).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(file).exists();
      assertThat(RelatedPosts.withDefaults().load(file).size()).isEqualTo(context.getBean(LiveIndex.class).size()).isGreaterThanOrEqualTo(40);
    });
  }

  @Test
  void aSnapshot_isLoadedInsteadOfThePosts() throws Exception {
    Path file = dir.resolve("site.relata");
    RelatedPosts.withDefaults().index(List.of(Article.builder("only", "The only post").build(), ADDED)).save(file);
    runner.withPropertyValues(SAMPLES, "relata.snapshot-file=" + file).run(context -> {
      LiveIndex index = context.getBean(LiveIndex.class);
      assertThat(index.size()).isEqualTo(2);
      assertThat(index.article("only")).isPresent();
    });
  }

  @Test
  void shutdown_savesTheIndexAsItIsThen() throws Exception {
    Path file = dir.resolve("site.relata");
    runner.withPropertyValues(SAMPLES, "relata.snapshot-file=" + file).run(context -> context.getBean(LiveIndex.class).put(ADDED));
    assertThat(RelatedPosts.withDefaults().load(file).article(ADDED.id())).isPresent();

    // The next start serves it from the file, without reading the posts.
    runner.withPropertyValues("relata.snapshot-file=" + file).run(context ->
        assertThat(context.getBean(LiveIndex.class).article(ADDED.id())).isPresent());
  }

  @Test
  void aRebuild_isSavedWithinTheCheckInterval() throws Exception {
    Path file = dir.resolve("site.relata");
    runner.withPropertyValues(SAMPLES, "relata.snapshot-file=" + file, "relata.snapshot-check-interval=50ms").run(context -> {
      LiveIndex index = context.getBean(LiveIndex.class);
      long before = Files.getLastModifiedTime(file).toMillis();
      index.put(ADDED);
      Thread.sleep(300);
      assertThat(RelatedPosts.withDefaults().load(file).article(ADDED.id())).as("a change alone waits for a rebuild or the shutdown").isEmpty();
      index.rebuild();
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (RelatedPosts.withDefaults().load(file).article(ADDED.id()).isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(RelatedPosts.withDefaults().load(file).article(ADDED.id())).isPresent();
      assertThat(Files.getLastModifiedTime(file).toMillis()).isGreaterThanOrEqualTo(before);
    });
  }

  @Test
  void aSnapshotOfOtherSettings_isRebuiltFromThePosts() throws Exception {
    Path file = dir.resolve("site.relata");
    RelatedPosts.builder().latentDimensions(0).build().index(List.of(Article.builder("only", "The only post").build())).save(file);
    runner.withPropertyValues(SAMPLES, "relata.snapshot-file=" + file).run(context -> {
      assertThat(context.getBean(LiveIndex.class).size()).isGreaterThanOrEqualTo(40);
      assertThat(RelatedPosts.withDefaults().load(file).size()).isGreaterThanOrEqualTo(40);
    });
  }

  @Test
  void anUnreadableSnapshot_withoutPosts_failsStartupNamingTheFile() throws Exception {
    Path file = Files.writeString(dir.resolve("site.relata"), "{\"id\": \"not a snapshot\"}\n");
    runner.withPropertyValues("relata.snapshot-file=" + file).run(context -> {
      Throwable failure = context.getStartupFailure();
      assertThat(failure).isNotNull();
      Throwable cause = failure;
      while (cause.getCause() != null && (cause.getMessage() == null || !cause.getMessage().startsWith("relata.snapshot-file="))) {
        cause = cause.getCause();
      }
      assertThat(cause.getMessage()).startsWith("relata.snapshot-file=" + file + ": " + file + ": not a Relata snapshot")
          .endsWith("(set relata.posts to build the index anew, or delete the file)");
    });
  }

  @Test
  void aBadCheckInterval_failsStartupNamingIt() {
    runner.withPropertyValues("relata.snapshot-file=" + dir.resolve("site.relata"), "relata.snapshot-check-interval=0s").run(context -> {
      Throwable cause = context.getStartupFailure();
      assertThat(cause).isNotNull();
      while (cause.getCause() != null && (cause.getMessage() == null || !cause.getMessage().startsWith("relata.snapshot-check-interval"))) {
        cause = cause.getCause();
      }
      assertThat(cause.getMessage()).isEqualTo("relata.snapshot-check-interval=PT0S: must be positive");
    });
  }

  @Test
  void withoutTheProperty_nothingIsSaved() {
    runner.withPropertyValues(SAMPLES).run(context -> {
      assertThat(context).doesNotHaveBean(SnapshotFile.class);
      assertThat(dir).isEmptyDirectory();
    });
  }
}
