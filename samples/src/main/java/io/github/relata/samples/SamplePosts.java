package io.github.relata.samples;

import java.io.InputStream;
import java.util.Objects;

/**
 * The 54 built-in sample posts, in Swedish and English, as a JSON Lines resource in the format the relata CLI
 * reads ({@code {"id", "title", "date", "author", "lang", "tags", "categories", "excerpt", "body", "url"}}
 * a line). They were written for this project; use them to try Relata out.
 */
public final class SamplePosts {

  /** The resource's name on the class path, as Spring's {@code classpath:} prefix takes it. */
  public static final String RESOURCE = "io/github/relata/samples/posts.jsonl";

  private SamplePosts() {}

  /**
   * Opens the sample posts.
   *
   * @return the JSON Lines, UTF-8; the caller closes it
   */
  public static InputStream open() {
    return Objects.requireNonNull(SamplePosts.class.getClassLoader().getResourceAsStream(RESOURCE), "no " + RESOURCE + " on the class path");
  }
}
