package io.github.relata.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application that serves related posts with nothing but relata-spring-boot-starter, two
 * properties (application.properties) and its posts (posts.jsonl, the sample posts): {@code /related/{id}} is
 * the JSON API, {@code /related/{id}.html} the HTML fragment and {@code /relata-widget.js} the widget.
 *
 * <pre>
 *   ./mvnw -q -Prun -pl examples/spring-boot -am compile        # http://localhost:8080/related/smart-specialisering-stockholm-2017
 * </pre>
 */
@SpringBootApplication
public class RelataSpringDemo {

  /**
   * Starts the application.
   *
   * @param args Spring Boot arguments, such as {@code --server.port=9090 --relata.posts=file:my-posts.jsonl}
   */
  public static void main(String[] args) {
    SpringApplication.run(RelataSpringDemo.class, args);
  }
}
