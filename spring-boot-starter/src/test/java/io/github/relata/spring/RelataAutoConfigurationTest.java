package io.github.relata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.relata.Article;
import io.github.relata.LiveIndex;
import io.github.relata.Options;
import io.github.relata.RelatedPosts;
import io.github.relata.Signal;
import io.github.relata.Weights;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The auto-configuration's beans, their settings, and how each backs off. */
final class RelataAutoConfigurationTest {

  private static final String SAMPLES = "relata.posts=classpath:io/github/relata/samples/posts.jsonl";

  private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(RelataAutoConfiguration.class));

  @Test
  void defaults_anEngineWithTheEnginesDefaults_andAnEmptyIndex() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(RelatedPosts.class).hasSingleBean(LiveIndex.class).hasSingleBean(RelatedLists.class);
      assertThat(context.getBean(RelatedPosts.class).options()).isEqualTo(RelatedPosts.withDefaults().options());
      assertThat(context.getBean(LiveIndex.class).size()).isZero();
      assertThat(context).doesNotHaveBean("relataServlet");
    });
  }

  @Test
  void properties_setTheEngine() {
    runner
        .withPropertyValues("relata.min-score=0.2", "relata.max-results=3", "relata.weights.text=0.7", "relata.weights.key-terms=0.1",
            "relata.weights.title=0.2", "relata.min-relative-score=0.1", "relata.exposure-correction=0",
            "relata.date-half-life=30d", "relata.default-language=sv", "relata.same-language-only=false", "relata.latent-dimensions=0",
            "relata.latent-training-posts=5000")
        .run(context -> {
          var options = context.getBean(RelatedPosts.class).options();
          assertThat(options.minScore()).isEqualTo(0.2);
          assertThat(options.maxResults()).isEqualTo(3);
          assertThat(options.weights()).isEqualTo(Weights.DEFAULT.with(Signal.TEXT, 0.7).with(Signal.KEY_TERMS, 0.1).with(Signal.TITLE, 0.2));
          assertThat(options.minRelativeScore()).isEqualTo(0.1);
          assertThat(options.exposureCorrection()).isZero();
          assertThat(options.dateHalfLife()).isEqualTo(Duration.ofDays(30));
          assertThat(options.defaultLanguage()).isEqualTo("sv");
          assertThat(options.languageScope()).isEqualTo(Options.LanguageScope.ANY_LANGUAGE);
          assertThat(options.latentDimensions()).isZero();
          assertThat(options.latentTrainingPosts()).isEqualTo(5000);
        });
  }

  @Test
  void posts_areReadFromTheResource_andRelated() {
    runner.withPropertyValues(SAMPLES, "relata.links=/posts/{id}").run(context -> {
      LiveIndex index = context.getBean(LiveIndex.class);
      assertThat(index.size()).isGreaterThanOrEqualTo(40);
      var list = context.getBean(RelatedLists.class).of("smart-specialisering-stockholm-2017", 2).orElseThrow();
      assertThat(list.related()).hasSize(2);
      assertThat(list.related().get(0).url()).isEqualTo("/posts/" + list.related().get(0).id());
      assertThat(context.getBean(RelatedLists.class).model("smart-specialisering-stockholm-2017")).containsKeys("relataList", "relataLabels");
      assertThat(context.getBean(RelatedLists.class).of("no-such-post")).isEmpty();
    });
  }

  @Test
  void badProperty_failsStartupNamingItAndItsValue() {
    runner.withPropertyValues("relata.min-score=1.5").run(context ->
        assertThat(relataError(context)).hasMessageStartingWith("relata.min-score=1.5: ").hasMessageContaining("1.5"));
    runner.withPropertyValues("relata.weights.tags=-1").run(context ->
        assertThat(relataError(context)).hasMessageStartingWith("relata.weights.tags=-1.0: "));
    // A code of the right shape that names no language is refused, not analysed as English.
    runner.withPropertyValues("relata.default-language=xx").run(context ->
        assertThat(relataError(context)).hasMessageStartingWith("relata.default-language=xx: ").hasMessageEndingWith("ISO 639 code such as \"sv\" or \"en\": xx"));
    runner.withPropertyValues("relata.links=/posts/").run(context ->
        assertThat(relataError(context)).hasMessageContaining("relata.links=/posts/: links pattern must contain {id}"));
  }

  @Test
  void badPostsFile_failsStartupNamingTheFileAndLine() {
    runner.withPropertyValues("relata.posts=classpath:posts-with-a-bad-line.jsonl").run(context ->
        assertThat(relataError(context)).hasMessageContaining("posts-with-a-bad-line.jsonl:2"));
    runner.withPropertyValues("relata.posts=classpath:no-such-file.jsonl").run(context ->
        assertThat(relataError(context)).hasMessageContaining("relata.posts=class path resource [no-such-file.jsonl]: cannot be read"));
  }

  @Test
  void applicationsOwnBeans_win() {
    runner.withUserConfiguration(OwnBeans.class).withPropertyValues(SAMPLES).run(context -> {
      assertThat(context).hasSingleBean(RelatedPosts.class).hasSingleBean(LiveIndex.class);
      assertThat(context.getBean(RelatedPosts.class).options().maxResults()).isEqualTo(2);
      assertThat(context.getBean(LiveIndex.class).size()).isEqualTo(1);
      assertThat(context.getBean(HealthIndicator.class).health().getDetails()).containsEntry("mine", true);
    });
  }

  @Test
  void endpoint_isAServletInAWebApplication_unlessTurnedOff() {
    WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(RelataAutoConfiguration.class));
    web.withPropertyValues("relata.endpoint.path=/api/related").run(context -> {
      ServletRegistrationBean<?> registration = context.getBean("relataServlet", ServletRegistrationBean.class);
      assertThat(registration.getUrlMappings()).containsExactly("/api/related/*");
    });
    web.withPropertyValues("relata.endpoint.enabled=false").run(context -> assertThat(context).doesNotHaveBean("relataServlet"));
    web.withPropertyValues("relata.endpoint.path=related/").run(context ->
        assertThat(relataError(context)).hasMessageContaining("relata.endpoint.path must start with /"));
    web.withPropertyValues("relata.endpoint.allowed-origin=https://a.example/path").run(context ->
        assertThat(relataError(context)).hasMessageContaining("relata.endpoint.allowed-origin"));
  }

  @Test
  void health_upWithPostsAndLastRebuild_onlyWithActuator() {
    runner.withPropertyValues(SAMPLES).run(context -> {
      Health health = context.getBean("relataHealthIndicator", HealthIndicator.class).health();
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(health.getDetails()).containsEntry("posts", context.getBean(LiveIndex.class).size());
      assertThat(health.getDetails().get("lastRebuild")).isEqualTo(context.getBean(LiveIndex.class).lastBuilt().toString());
    });
    runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class)).run(context -> assertThat(context).doesNotHaveBean("relataHealthIndicator"));
    runner.withPropertyValues("management.health.relata.enabled=false").run(context -> assertThat(context).doesNotHaveBean("relataHealthIndicator"));
  }

  @Test
  void metrics_gaugeTheIndexAndTimeQueries() {
    runner.withPropertyValues(SAMPLES).run(context -> {
      SimpleMeterRegistry registry = new SimpleMeterRegistry();
      context.getBean(RelataMetrics.class).bindTo(registry);
      LiveIndex index = context.getBean(LiveIndex.class);

      context.getBean(RelatedLists.class).of("smart-specialisering-stockholm-2017", 3);

      assertThat(registry.get("relata.index.posts").gauge().value()).isEqualTo(index.size());
      assertThat(registry.get("relata.index.last.rebuild").gauge().value()).isEqualTo(index.lastBuilt().toEpochMilli() / 1000.0);
      assertThat(registry.get("relata.query").timer().count()).isEqualTo(1);
    });
    runner.withClassLoader(new FilteredClassLoader("io.micrometer")).run(context -> assertThat(context).doesNotHaveBean("relataMetrics"));
  }

  /** Returns the error in a failed context's causes whose message names a relata property. */
  private static Throwable relataError(org.springframework.boot.test.context.assertj.ApplicationContextAssertProvider<?> context) {
    Throwable failure = context.getStartupFailure();
    assertThat(failure).as("the context fails to start").isNotNull();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().startsWith("relata.")) {
        return t;
      }
    }
    throw new AssertionError("no cause names a relata property", failure);
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnBeans {
    @Bean
    RelatedPosts myEngine() {
      return RelatedPosts.builder().maxResults(2).build();
    }

    @Bean
    LiveIndex myIndex(RelatedPosts engine) {
      return engine.liveIndex(List.of(Article.builder("mine", "My only post").build()));
    }

    @Bean
    HealthIndicator relataHealthIndicator() {
      return () -> Health.up().withDetail("mine", true).build();
    }
  }
}
