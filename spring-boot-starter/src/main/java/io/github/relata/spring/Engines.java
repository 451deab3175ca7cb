package io.github.relata.spring;

import io.github.relata.Article;
import io.github.relata.Options;
import io.github.relata.RelatedPosts;
import io.github.relata.RelatedPostsBuilder;
import io.github.relata.Signal;
import io.github.relata.Weights;
import io.github.relata.imports.ImportException;
import io.github.relata.imports.ImportFormat;
import io.github.relata.imports.PostImporter;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;

/** Makes the engine and reads the posts from {@link RelataProperties}; errors name the property and its value. */
final class Engines {

  private Engines() {}

  /**
   * Returns the engine the properties describe.
   *
   * @throws IllegalArgumentException naming the property, its value and the rule it breaks
   */
  static RelatedPosts engine(RelataProperties p) {
    RelatedPostsBuilder b = RelatedPosts.builder();
    set("relata.max-results", p.getMaxResults(), b::maxResults);
    set("relata.min-score", p.getMinScore(), b::minScore);
    set("relata.min-relative-score", p.getMinRelativeScore(), b::minRelativeScore);
    set("relata.exposure-correction", p.getExposureCorrection(), b::exposureCorrection);
    set("relata.date-half-life", p.getDateHalfLife(), b::dateHalfLife);
    set("relata.include-newer", p.getIncludeNewer(), v -> b.newerPosts(v ? Options.NewerPosts.INCLUDED : Options.NewerPosts.EXCLUDED));
    set("relata.same-language-only", p.getSameLanguageOnly(), v -> b.languageScope(v ? Options.LanguageScope.SAME_LANGUAGE : Options.LanguageScope.ANY_LANGUAGE));
    set("relata.default-language", p.getDefaultLanguage(), b::defaultLanguage);
    set("relata.latent-dimensions", p.getLatentDimensions(), b::latentDimensions);
    set("relata.latent-training-posts", p.getLatentTrainingPosts(), b::latentTrainingPosts);
    set("relata.retain-bodies", p.getRetainBodies(), v -> b.bodies(v ? Options.Bodies.RETAINED : Options.Bodies.DROPPED));
    RelataProperties.WeightProperties w = p.getWeights();
    Weights weights = Weights.DEFAULT;
    weights = weight(weights, "relata.weights.text", Signal.TEXT, w.getText());
    weights = weight(weights, "relata.weights.title", Signal.TITLE, w.getTitle());
    weights = weight(weights, "relata.weights.tags", Signal.TAGS, w.getTags());
    weights = weight(weights, "relata.weights.key-terms", Signal.KEY_TERMS, w.getKeyTerms());
    weights = weight(weights, "relata.weights.date", Signal.DATE, w.getDate());
    weights = weight(weights, "relata.weights.latent", Signal.LATENT, w.getLatent());
    weights = weight(weights, "relata.weights.neighbours", Signal.NEIGHBOURS, w.getNeighbours());
    Weights chosen = weights;
    set("relata.weights", chosen, b::weights);
    return b.build();
  }

  /**
   * Reads the posts of {@code relata.posts}, a JSON Lines file, with the import module's reader; or none when
   * it is unset. All or nothing: a line that is not a valid post (or a second post with an id) fails startup.
   *
   * @throws IllegalArgumentException naming the file, and the line of a bad post
   */
  static List<Article> posts(@Nullable Resource resource) {
    if (resource == null) {
      return List.of();
    }
    String name = resource.getFilename() == null ? "relata.posts" : resource.getFilename();
    try (InputStream in = resource.getInputStream()) {
      return PostImporter.withDefaults().read(ImportFormat.JSON_LINES, in, name).requireNoProblems().articles();
    } catch (IOException e) {
      throw new IllegalArgumentException("relata.posts=" + resource.getDescription() + ": cannot be read: " + e.getMessage(), e);
    } catch (ImportException e) {
      throw new IllegalArgumentException("relata.posts=" + resource.getDescription() + ": " + e.getMessage(), e);
    }
  }

  private static Weights weight(Weights weights, String property, Signal signal, @Nullable Double value) {
    if (value == null) {
      return weights;
    }
    try {
      return weights.with(signal, value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(property + "=" + value + ": " + e.getMessage(), e);
    }
  }

  private static <T> void set(String property, @Nullable T value, Consumer<T> setter) {
    if (value == null) {
      return;
    }
    try {
      setter.accept(value);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IllegalArgumentException(property + "=" + value + ": " + e.getMessage(), e);
    }
  }
}
