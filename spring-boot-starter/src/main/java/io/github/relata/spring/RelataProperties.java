package io.github.relata.spring;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The {@code relata.*} properties: the engine's settings, where the posts and the snapshot file are, and the endpoint. Unset
 * engine settings keep the engine's defaults ({@code RelatedPostsBuilder}). Mutable, as Spring binds it; read
 * once when the beans are made.
 */
@ConfigurationProperties(prefix = "relata")
public class RelataProperties {

  /** A JSON Lines file of posts to index at startup (read by relata-import, as the relata CLI reads it), such as classpath:posts.jsonl; none gives an empty index to fill with LiveIndex.put. */
  private @Nullable Resource posts;

  /**
   * Where the snapshot file lives, such as /var/lib/blog/related.relata: at startup the index is loaded from
   * it when it exists (relata.posts is then not read), else built from relata.posts and saved to it; it is
   * saved again after each rebuild and at shutdown. Unset keeps the index in memory only.
   */
  private @Nullable Path snapshotFile;

  /** How often to check whether the index was rebuilt since it was last saved to relata.snapshot-file (default 1m). */
  private Duration snapshotCheckInterval = Duration.ofMinutes(1);

  /** The longest related list (engine default 5). */
  private @Nullable Integer maxResults;

  /** Leave out related posts scoring below this, in [0, 1) (engine default 0.05). */
  private @Nullable Double minScore;

  /** Leave out related posts scoring below this share of what the two posts are usually related by, in [0, 1) (engine default 0.4). */
  private @Nullable Double minRelativeScore;

  /** How strongly posts close to many others are demoted, from 0 (off) to 1 (engine default 0.3). */
  private @Nullable Double exposureCorrection;

  /** How much each signal counts; unset signals keep their default weight. */
  private final WeightProperties weights = new WeightProperties();

  /** The date gap at which the date signal halves, such as 365d (engine default 365 days). */
  private @Nullable Duration dateHalfLife;

  /** Whether posts newer than the query post may be related (engine default true). */
  private @Nullable Boolean includeNewer;

  /** Whether related posts must be in the query post's language (engine default true). */
  private @Nullable Boolean sameLanguageOnly;

  /** The ISO 639-1 language of posts that neither declare one nor have enough text to detect it (engine default en). */
  private @Nullable String defaultLanguage;

  /** Latent semantic dimensions, 0 to 1000; 0 turns the latent signals off (engine default 100). */
  private @Nullable Integer latentDimensions;

  /** The most posts the latent space is learned from, 100 to 1000000: all up to it, an even sample beyond (engine default 20000). */
  private @Nullable Integer latentTrainingPosts;

  /** Whether the index keeps post bodies, for applications that render posts from it (engine default false). */
  private @Nullable Boolean retainBodies;

  /** An address pattern for related posts' links, such as /posts/{id}; unset links each post to its own url. */
  private @Nullable String links;

  /** The JSON API and HTML fragment. */
  private final EndpointProperties endpoint = new EndpointProperties();

  /** Returns the posts file, or null. */
  public @Nullable Resource getPosts() {
    return posts;
  }

  /** @param posts the posts file */
  public void setPosts(@Nullable Resource posts) {
    this.posts = posts;
  }

  /** Returns the snapshot file, or null. */
  public @Nullable Path getSnapshotFile() {
    return snapshotFile;
  }

  /** @param snapshotFile where the snapshot file lives */
  public void setSnapshotFile(@Nullable Path snapshotFile) {
    this.snapshotFile = snapshotFile;
  }

  /** Returns how often the index is checked for a rebuild to save. */
  public Duration getSnapshotCheckInterval() {
    return snapshotCheckInterval;
  }

  /** @param snapshotCheckInterval how often the index is checked for a rebuild to save */
  public void setSnapshotCheckInterval(Duration snapshotCheckInterval) {
    this.snapshotCheckInterval = snapshotCheckInterval;
  }

  /** Returns the longest related list, or null for the engine's default. */
  public @Nullable Integer getMaxResults() {
    return maxResults;
  }

  /** @param maxResults the longest related list */
  public void setMaxResults(@Nullable Integer maxResults) {
    this.maxResults = maxResults;
  }

  /** Returns the lowest score, or null for the engine's default. */
  public @Nullable Double getMinScore() {
    return minScore;
  }

  /** @param minScore the lowest score */
  public void setMinScore(@Nullable Double minScore) {
    this.minScore = minScore;
  }

  /** Returns the relative cut, or null for the engine's default. */
  public @Nullable Double getMinRelativeScore() {
    return minRelativeScore;
  }

  /** @param minRelativeScore the relative cut */
  public void setMinRelativeScore(@Nullable Double minRelativeScore) {
    this.minRelativeScore = minRelativeScore;
  }

  /** Returns the exposure correction, or null for the engine's default. */
  public @Nullable Double getExposureCorrection() {
    return exposureCorrection;
  }

  /** @param exposureCorrection the exposure correction's strength */
  public void setExposureCorrection(@Nullable Double exposureCorrection) {
    this.exposureCorrection = exposureCorrection;
  }

  /** Returns the signal weights. */
  public WeightProperties getWeights() {
    return weights;
  }

  /** Returns the date half-life, or null for the engine's default. */
  public @Nullable Duration getDateHalfLife() {
    return dateHalfLife;
  }

  /** @param dateHalfLife the date half-life */
  public void setDateHalfLife(@Nullable Duration dateHalfLife) {
    this.dateHalfLife = dateHalfLife;
  }

  /** Returns whether newer posts may be related, or null for the engine's default. */
  public @Nullable Boolean getIncludeNewer() {
    return includeNewer;
  }

  /** @param includeNewer whether newer posts may be related */
  public void setIncludeNewer(@Nullable Boolean includeNewer) {
    this.includeNewer = includeNewer;
  }

  /** Returns whether related posts must share the query post's language, or null for the engine's default. */
  public @Nullable Boolean getSameLanguageOnly() {
    return sameLanguageOnly;
  }

  /** @param sameLanguageOnly whether related posts must share the query post's language */
  public void setSameLanguageOnly(@Nullable Boolean sameLanguageOnly) {
    this.sameLanguageOnly = sameLanguageOnly;
  }

  /** Returns the default language, or null for the engine's default. */
  public @Nullable String getDefaultLanguage() {
    return defaultLanguage;
  }

  /** @param defaultLanguage the default language */
  public void setDefaultLanguage(@Nullable String defaultLanguage) {
    this.defaultLanguage = defaultLanguage;
  }

  /** Returns the latent dimensions, or null for the engine's default. */
  public @Nullable Integer getLatentDimensions() {
    return latentDimensions;
  }

  /** @param latentDimensions the latent dimensions */
  public void setLatentDimensions(@Nullable Integer latentDimensions) {
    this.latentDimensions = latentDimensions;
  }

  /** Returns the most posts the latent space is learned from, or null for the engine's default. */
  public @Nullable Integer getLatentTrainingPosts() {
    return latentTrainingPosts;
  }

  /** @param latentTrainingPosts the most posts the latent space is learned from */
  public void setLatentTrainingPosts(@Nullable Integer latentTrainingPosts) {
    this.latentTrainingPosts = latentTrainingPosts;
  }

  /** Returns whether bodies are retained, or null for the engine's default. */
  public @Nullable Boolean getRetainBodies() {
    return retainBodies;
  }

  /** @param retainBodies whether bodies are retained */
  public void setRetainBodies(@Nullable Boolean retainBodies) {
    this.retainBodies = retainBodies;
  }

  /** Returns the link pattern, or null. */
  public @Nullable String getLinks() {
    return links;
  }

  /** @param links the link pattern */
  public void setLinks(@Nullable String links) {
    this.links = links;
  }

  /** Returns the endpoint's settings. */
  public EndpointProperties getEndpoint() {
    return endpoint;
  }

  /** {@code relata.weights.*}: how much each signal counts, each at least 0 (the formula is on {@code Weights}). */
  public static class WeightProperties {
    /** Weight of the text signal (default 0.55). */
    private @Nullable Double text;
    /** Weight of titles mentioned in the other post's text (default 0.3). */
    private @Nullable Double title;
    /** Weight of shared tags and categories (default 0.25). */
    private @Nullable Double tags;
    /** Weight of shared key terms (default 0). */
    private @Nullable Double keyTerms;
    /** The share of the score that depends on closeness in date, from 0 to 1 (default 0.3). */
    private @Nullable Double date;
    /** Weight of the pair's latent similarity (default 0). */
    private @Nullable Double latent;
    /** Weight of shared neighbours in the latent space (default 0.3). */
    private @Nullable Double neighbours;

    /** Returns the text weight, or null. */
    public @Nullable Double getText() {
      return text;
    }

    /** @param text the text weight */
    public void setText(@Nullable Double text) {
      this.text = text;
    }

    /** Returns the title weight, or null. */
    public @Nullable Double getTitle() {
      return title;
    }

    /** @param title the title weight */
    public void setTitle(@Nullable Double title) {
      this.title = title;
    }

    /** Returns the tags weight, or null. */
    public @Nullable Double getTags() {
      return tags;
    }

    /** @param tags the tags weight */
    public void setTags(@Nullable Double tags) {
      this.tags = tags;
    }

    /** Returns the key-terms weight, or null. */
    public @Nullable Double getKeyTerms() {
      return keyTerms;
    }

    /** @param keyTerms the key-terms weight */
    public void setKeyTerms(@Nullable Double keyTerms) {
      this.keyTerms = keyTerms;
    }

    /** Returns the date weight, or null. */
    public @Nullable Double getDate() {
      return date;
    }

    /** @param date the date weight */
    public void setDate(@Nullable Double date) {
      this.date = date;
    }

    /** Returns the latent weight, or null. */
    public @Nullable Double getLatent() {
      return latent;
    }

    /** @param latent the latent weight */
    public void setLatent(@Nullable Double latent) {
      this.latent = latent;
    }

    /** Returns the neighbours weight, or null. */
    public @Nullable Double getNeighbours() {
      return neighbours;
    }

    /** @param neighbours the neighbours weight */
    public void setNeighbours(@Nullable Double neighbours) {
      this.neighbours = neighbours;
    }
  }

  /** {@code relata.endpoint.*}: the JSON API and HTML fragment of {@code relata-servlet}. */
  public static class EndpointProperties {
    /** Whether to serve the related-posts endpoint. */
    private boolean enabled = true;
    /** Where the endpoint is mapped: {path}/{id}, {path}/{id}.html. */
    private String path = "/related";
    /** Access-Control-Allow-Origin of the answers: * or an origin such as https://example.org; unset sends none. */
    private @Nullable String allowedOrigin;
    /** How long browsers and CDNs may keep an answer without revalidating; 0 means revalidate every time. */
    private Duration maxAge = Duration.ZERO;
    /** Under Tomcat, pass encoded slashes in ids to the endpoint and answer the requests Tomcat rejects for it with JSON errors. */
    private boolean containerErrors = true;

    /** Returns whether Tomcat is set up for the endpoint's ids and errors. */
    public boolean isContainerErrors() {
      return containerErrors;
    }

    /** @param containerErrors whether Tomcat is set up for the endpoint's ids and errors */
    public void setContainerErrors(boolean containerErrors) {
      this.containerErrors = containerErrors;
    }

    /** Returns whether the endpoint is served. */
    public boolean isEnabled() {
      return enabled;
    }

    /** @param enabled whether the endpoint is served */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** Returns the endpoint's path. */
    public String getPath() {
      return path;
    }

    /** @param path the endpoint's path */
    public void setPath(String path) {
      this.path = path;
    }

    /** Returns the allowed origin, or null. */
    public @Nullable String getAllowedOrigin() {
      return allowedOrigin;
    }

    /** @param allowedOrigin the allowed origin */
    public void setAllowedOrigin(@Nullable String allowedOrigin) {
      this.allowedOrigin = allowedOrigin;
    }

    /** Returns the cache lifetime. */
    public Duration getMaxAge() {
      return maxAge;
    }

    /** @param maxAge the cache lifetime */
    public void setMaxAge(Duration maxAge) {
      this.maxAge = maxAge;
    }
  }
}
