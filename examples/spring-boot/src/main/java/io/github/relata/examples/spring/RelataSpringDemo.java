package io.github.relata.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application that serves related posts: {@code /} lists the posts, {@code /posts/{id}} shows
 * one with its related list, {@code /related/{id}} is the JSON API and {@code /relata-widget.js} the widget.
 * Set {@code relata.posts} to a JSON Lines file to serve your own posts instead of the samples.
 *
 * <pre>
 *   mvn -q -Prun -pl examples/spring-boot -am compile        # http://localhost:8080/
 * </pre>
 */
@SpringBootApplication
public class RelataSpringDemo {

  /**
   * Starts the application.
   *
   * @param args Spring Boot arguments, such as {@code --server.port=9090 --relata.posts=my-posts.jsonl}
   */
  public static void main(String[] args) {
    SpringApplication.run(RelataSpringDemo.class, args);
  }
}
