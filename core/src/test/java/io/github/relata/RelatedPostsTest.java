package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.CaseFormat;
import com.google.common.testing.NullPointerTester;
import io.github.relata.analysis.Analyzer;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class RelatedPostsTest {

  /** Every {@code DEFAULT_*} constant of {@link Options} is the default of the setting it names. */
  @Test
  void defaultsAreTheDocumentedConstants() throws ReflectiveOperationException {
    Options o = RelatedPosts.withDefaults().options();
    List<String> checked = new ArrayList<>();
    for (Field constant : Options.class.getFields()) {
      if (!Modifier.isStatic(constant.getModifiers()) || !constant.getName().startsWith("DEFAULT_")) {
        continue;
      }
      String setting = CaseFormat.UPPER_UNDERSCORE.to(CaseFormat.LOWER_CAMEL, constant.getName().substring("DEFAULT_".length()));
      if (setting.equals("language")) {
        setting = "defaultLanguage";
      }
      assertEquals(constant.get(null), Options.class.getMethod(setting).invoke(o), constant.getName() + " is the default " + setting);
      checked.add(setting);
    }
    assertTrue(checked.size() >= 10, "constants found: " + checked);
    assertEquals(Weights.DEFAULT, o.weights());
    assertEquals(Limits.DEFAULT, o.limits());
    // The settings without a constant, as their builder methods document them.
    assertEquals(TermWeighting.TF_IDF, o.termWeighting());
    assertEquals(
        List.of(Options.WordPairs.INDEXED, Options.Subwords.MATCHED, Options.NewerPosts.INCLUDED, Options.LanguageScope.SAME_LANGUAGE,
            Options.Bodies.DROPPED),
        List.of(o.wordPairs(), o.subwords(), o.newerPosts(), o.languageScope(), o.bodies()));
    assertNull(o.maxAge());
    assertEquals(Map.of(), o.analyzers());
  }

  /** Each setting set to something other than its default, and {@code toString()} showing that value. */
  @Test
  void optionsToStringPrintsEverySetting() throws ReflectiveOperationException {
    Options defaults = RelatedPosts.withDefaults().options();
    Options o = RelatedPosts.builder()
        .weights(Weights.DEFAULT.with(Signal.DATE, 0.2)).maxResults(7).minScore(0.11).minRelativeScore(0.22)
        .exposureCorrection(0.33).fieldWeights(3, 0.5, 0.75).termWeighting(TermWeighting.BM25)
        .wordPairs(Options.WordPairs.IGNORED).subwords(Options.Subwords.IGNORED).dateHalfLife(Duration.ofDays(99))
        .newerPosts(Options.NewerPosts.EXCLUDED).maxAge(Duration.ofDays(30)).languageScope(Options.LanguageScope.ANY_LANGUAGE)
        .defaultLanguage("sv").latentDimensions(17).latentTrainingPosts(4321).analyzer("fi", Analyzer.neutral()).bodies(Options.Bodies.RETAINED)
        .limits(new Limits(1234, 56, 78, 9012)).build().options();
    String text = o.toString();
    List<Method> settings = new ArrayList<>();
    for (Method accessor : Options.class.getDeclaredMethods()) {
      if (Modifier.isPublic(accessor.getModifiers()) && !Modifier.isStatic(accessor.getModifiers())
          && accessor.getParameterCount() == 0 && !List.of("toString", "hashCode").contains(accessor.getName())) {
        settings.add(accessor);
      }
    }
    assertTrue(settings.size() >= 20, "every setting has a public accessor: " + settings);
    for (Method setting : settings) {
      Object value = setting.invoke(o);
      assertNotEquals(setting.invoke(defaults), value, setting.getName() + " is set to something else than its default");
      assertTrue(text.contains(setting.getName() + "=" + value), setting.getName() + "=" + value + " in " + text);
    }
  }

  @Test
  void buildCanBeCalledAgainAndDoesNotChangeTheBuilder() {
    RelatedPostsBuilder builder = RelatedPosts.builder().maxResults(3);
    RelatedPosts first = builder.build();
    RelatedPosts second = builder.build();
    assertNotSame(first, second);
    assertEquals(first.options(), second.options());
  }

  @Test
  void badValues_throwIllegalArgumentNamingTheValue() {
    assertMessage(IllegalArgumentException.class, "0", () -> RelatedPosts.builder().maxResults(0));
    assertMessage(IllegalArgumentException.class, "1.5", () -> RelatedPosts.builder().minScore(1.5));
    assertMessage(IllegalArgumentException.class, "-1.0", () -> RelatedPosts.builder().fieldWeights(-1, 1, 1));
    assertMessage(IllegalArgumentException.class, "PT0S", () -> RelatedPosts.builder().dateHalfLife(Duration.ZERO));
    assertMessage(IllegalArgumentException.class, "PT-24H", () -> RelatedPosts.builder().maxAge(Duration.ofDays(-1)));
    assertMessage(IllegalArgumentException.class, "svenska", () -> RelatedPosts.builder().defaultLanguage("svenska"));
    assertMessage(IllegalArgumentException.class, "5000", () -> RelatedPosts.builder().latentDimensions(5000));
    assertMessage(IllegalArgumentException.class, "NaN", () -> new Weights(Double.NaN, 0, 0, 0, 0, 0, 0));
    assertMessage(IllegalArgumentException.class, "positive", () -> new Weights(0, 0, 0, 0, 0.5, 0, 0));
    assertMessage(IllegalArgumentException.class, "1.5", () -> new Weights(1, 0, 0, 0, 1.5, 0, 0));
  }

  @Test
  void settingTwice_throwsIllegalStateNamingTheFirstValue() {
    assertMessage(IllegalStateException.class, "3", () -> RelatedPosts.builder().maxResults(3).maxResults(4));
    assertMessage(IllegalStateException.class, "BM25", () -> RelatedPosts.builder().termWeighting(TermWeighting.BM25).termWeighting(TermWeighting.TF_IDF));
    assertMessage(IllegalStateException.class, "sv", () -> RelatedPosts.builder().analyzer("sv", Analyzer.neutral()).analyzer("SV", Analyzer.neutral()));
  }

  @Test
  void weightsWithChangesOneSignal() {
    Weights w = Weights.DEFAULT.with(Signal.DATE, 0.4);
    assertEquals(0.4, w.date());
    assertEquals(Weights.DEFAULT.text(), w.text());
  }

  @Test
  void indexRejectsDuplicateIdsNamingThem() {
    Article a = Article.builder("dup-1", "A").build();
    assertMessage(IllegalArgumentException.class, "dup-1", () -> RelatedPosts.withDefaults().index(List.of(a, a)));
  }

  @Test
  void nullParameters() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Filter.class, Filter.none())
        .setDefault(Article.class, Article.builder("a", "T").build())
        .setDefault(Weights.class, Weights.DEFAULT)
        .setDefault(Analyzer.class, Analyzer.neutral());
    tester.testAllPublicStaticMethods(RelatedPosts.class);
    tester.testAllPublicInstanceMethods(RelatedPosts.withDefaults());
    tester.testAllPublicInstanceMethods(RelatedPosts.builder());
    tester.testAllPublicInstanceMethods(RelatedPosts.withDefaults().emptyIndex());
    tester.testAllPublicInstanceMethods(Filter.none());
  }

  static void assertMessage(Class<? extends Throwable> type, String fragment, org.junit.jupiter.api.function.Executable call) {
    Throwable e = assertThrows(type, call);
    assertTrue(e.getMessage() != null && e.getMessage().contains(fragment), "expected '" + fragment + "' in: " + e.getMessage());
  }
}
