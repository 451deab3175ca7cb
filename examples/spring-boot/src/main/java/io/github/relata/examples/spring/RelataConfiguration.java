package io.github.relata.examples.spring;

import io.github.relata.Article;
import io.github.relata.LiveIndex;
import io.github.relata.RelatedPosts;
import io.github.relata.imports.ImportException;
import io.github.relata.imports.ImportFormat;
import io.github.relata.imports.PostImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine as Spring beans: an immutable {@link RelatedPosts} and a {@link LiveIndex} of the site's posts
 * that controllers read and a CMS hook would update ({@code liveIndex.put(article)} on every save).
 */
@Configuration(proxyBeanMethods = false)
public class RelataConfiguration {

  private static final String SAMPLES = "/io/github/relata/samples/posts.jsonl";

  /**
   * Returns the engine: lists of up to five posts scoring at least {@code relata.min-score}.
   *
   * @param minScore the lowest score a related post may have; default 0.12
   * @return the engine
   */
  @Bean
  public RelatedPosts relatedPosts(@Value("${relata.min-score:0.12}") double minScore) {
    // The index is also this app's store of posts, so it keeps their bodies for the post pages.
    return RelatedPosts.builder().minScore(minScore).maxResults(5).retainBodies(true).build();
  }

  /**
   * Returns the index of the site's posts, closed with the application context.
   *
   * @param engine the engine
   * @param posts a JSON Lines file of posts ({@code relata.posts}), or empty for the built-in samples
   * @return the live index
   * @throws ImportException if the file is missing or has an invalid line
   */
  @Bean(destroyMethod = "close")
  public LiveIndex liveIndex(RelatedPosts engine, @Value("${relata.posts:}") String posts) throws ImportException {
    return engine.liveIndex(posts.isBlank() ? samples()
        : PostImporter.withDefaults().read(ImportFormat.JSON_LINES, Path.of(posts)).requireNoProblems().articles());
  }

  private static List<Article> samples() throws ImportException {
    try (InputStream in = RelataConfiguration.class.getResourceAsStream(SAMPLES)) {
      return PostImporter.withDefaults()
          .read(ImportFormat.JSON_LINES, Objects.requireNonNull(in, "no " + SAMPLES + " on the classpath"), "samples/posts.jsonl")
          .requireNoProblems().articles();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SAMPLES, e);
    }
  }
}
