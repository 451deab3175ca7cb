package io.github.relata.spring;

import io.github.relata.Article;
import io.github.relata.LiveIndex;
import io.github.relata.RelatedPosts;
import io.github.relata.servlet.RelatedList;
import io.github.relata.servlet.RelatedPostsServlet;
import java.nio.file.Path;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Relata in a Spring Boot 3 application. From {@link RelataProperties} ({@code relata.*}) it makes:
 *
 * <ul>
 *   <li>a {@link RelatedPosts} engine and a {@link LiveIndex} of the posts in {@code relata.posts} (or an
 *       empty one, for the application to fill with {@code put}); with {@code relata.snapshot-file}, the index
 *       is loaded from that file when it exists (instead of reading the posts), else built and saved to it,
 *       and saved again after each rebuild and at shutdown;
 *   <li>the endpoint of {@code relata-servlet} at {@code relata.endpoint.path} ({@code /related}): {@code
 *       GET /related/{id}} as JSON, {@code /related/{id}.html} as an HTML fragment, with its ETags;
 *   <li>{@link RelatedLists}, the model of the Thymeleaf fragment {@code relata/related :: list} for pages;
 *   <li>with Actuator, the health indicator {@code relata} (posts, last rebuild) and, with Micrometer, the
 *       gauges {@code relata.index.posts} and {@code relata.index.last.rebuild} and the timer {@code
 *       relata.query}.
 * </ul>
 *
 * <p>Each bean backs off when the application defines its own: a {@code RelatedPosts} or {@code LiveIndex}
 * of its own type, a servlet registration named {@code relataServlet}, a health indicator named {@code
 * relataHealthIndicator}, a meter binder named {@code relataMetrics}. {@code relata.endpoint.enabled=false}
 * turns the endpoint off, {@code management.health.relata.enabled=false} the health indicator.
 */
@AutoConfiguration
@EnableConfigurationProperties(RelataProperties.class)
public class RelataAutoConfiguration {

  /** Creates the auto-configuration; Spring Boot does. */
  public RelataAutoConfiguration() {}

  /**
   * Returns the engine of the {@code relata.*} settings.
   *
   * @param properties the settings
   * @return the engine
   * @throws IllegalArgumentException naming the property and value that are wrong
   */
  @Bean
  @ConditionalOnMissingBean
  public RelatedPosts relatedPosts(RelataProperties properties) {
    return Engines.engine(properties);
  }

  /**
   * Returns the index of {@code relata.posts}, or an empty one; closed with the application context.
   *
   * @param engine the engine
   * @param properties the settings
   * @return the live index
   * @throws IllegalArgumentException naming the posts file, and line, that cannot be read
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public LiveIndex liveIndex(RelatedPosts engine, RelataProperties properties) {
    Path file = properties.getSnapshotFile();
    if (file == null) {
      return engine.liveIndex(Engines.posts(properties.getPosts()));
    }
    SnapshotFile.Start start = SnapshotFile.start(engine, file, () -> engine.index(Engines.posts(properties.getPosts())), properties.getPosts() != null);
    return engine.liveIndex(start.index());
  }

  /**
   * Saves the index to {@code relata.snapshot-file} after each rebuild and at shutdown, when that is set.
   *
   * @param index the index
   * @param properties the settings
   * @return what saves it; closed (saving once more) before the index is
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnProperty(prefix = "relata", name = "snapshot-file")
  SnapshotFile relataSnapshotFile(LiveIndex index, RelataProperties properties) {
    Path file = properties.getSnapshotFile();
    // An application's own index was not saved yet: the first rebuild, or the shutdown, saves it.
    return new SnapshotFile(index, file, java.nio.file.Files.exists(file) ? index.snapshot() : null, properties.getSnapshotCheckInterval());
  }

  @Bean
  @ConditionalOnMissingBean
  QueryTimings relataQueryTimings() {
    return new QueryTimings();
  }

  /**
   * Returns the related lists for server-rendered pages.
   *
   * @param index the index
   * @param properties the settings, for {@code relata.links}
   * @param timings where query times go
   * @return the lists
   */
  @Bean
  @ConditionalOnMissingBean
  public RelatedLists relatedLists(LiveIndex index, RelataProperties properties, QueryTimings timings) {
    return new RelatedLists(index, links(properties), timings);
  }

  static Function<Article, @Nullable String> links(RelataProperties properties) {
    String pattern = properties.getLinks();
    if (pattern == null) {
      return RelatedList::ownUrl;
    }
    try {
      return RelatedList.linkPattern(pattern);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("relata.links=" + pattern + ": " + e.getMessage(), e);
    }
  }

  /** The JSON API and HTML fragment, in a servlet web application. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(ServletRegistrationBean.class)
  @ConditionalOnProperty(prefix = "relata.endpoint", name = "enabled", havingValue = "true", matchIfMissing = true)
  static class Endpoint {

    @Bean
    @ConditionalOnMissingBean(name = "relataServlet")
    ServletRegistrationBean<RelatedPostsServlet> relataServlet(LiveIndex index, RelataProperties properties, QueryTimings timings) {
      RelataProperties.EndpointProperties endpoint = properties.getEndpoint();
      String path = endpoint.getPath().strip();
      if (!path.startsWith("/") || path.endsWith("/") || path.contains("*")) {
        throw new IllegalArgumentException("relata.endpoint.path must start with / and end without one, such as /related: '" + path + "'");
      }
      RelatedPostsServlet.Builder servlet = RelatedPostsServlet.builder(index::snapshot).links(links(properties)).onQuery(timings);
      try {
        servlet.maxAge(endpoint.getMaxAge());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("relata.endpoint.max-age=" + endpoint.getMaxAge() + ": " + e.getMessage(), e);
      }
      if (endpoint.getAllowedOrigin() != null) {
        try {
          servlet.allowedOrigin(endpoint.getAllowedOrigin());
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("relata.endpoint.allowed-origin: " + e.getMessage(), e);
        }
      }
      ServletRegistrationBean<RelatedPostsServlet> registration = new ServletRegistrationBean<>(servlet.build(), path + "/*");
      registration.setName("relataServlet");
      return registration;
    }
  }

  /**
   * Under Tomcat: post ids may hold any character, so an encoded '/' in the path reaches the endpoint as it
   * is (Tomcat rejects it by default), and requests for the endpoint that Tomcat still rejects get JSON
   * errors. {@code relata.endpoint.container-errors=false} leaves Tomcat as it is.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = {"org.apache.catalina.startup.Tomcat", "org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory"})
  @ConditionalOnProperty(prefix = "relata.endpoint", name = {"enabled", "container-errors"}, havingValue = "true", matchIfMissing = true)
  static class TomcatIds {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> relataTomcatCustomizer(RelataProperties properties) {
      return factory -> {
        String path = properties.getEndpoint().getPath().strip();
        factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
        factory.addContextCustomizers(context -> {
          if (context.getParent() instanceof StandardHost host) {
            // The host adds a valve of this class when it starts unless its pipeline has one: this one.
            host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
            host.getPipeline().addValve(new JsonErrorReportValve(path));
          }
        });
      };
    }
  }

  /** The health indicator, with Actuator. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
  @ConditionalOnProperty(prefix = "management.health.relata", name = "enabled", havingValue = "true", matchIfMissing = true)
  static class Health {

    @Bean
    @ConditionalOnMissingBean(name = "relataHealthIndicator")
    RelataHealthIndicator relataHealthIndicator(LiveIndex index) {
      return new RelataHealthIndicator(index);
    }
  }

  /** The gauges and the query timer, with Micrometer. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
  static class Metrics {

    @Bean
    @ConditionalOnMissingBean(name = "relataMetrics")
    RelataMetrics relataMetrics(LiveIndex index, QueryTimings timings) {
      return new RelataMetrics(index, timings);
    }
  }
}
