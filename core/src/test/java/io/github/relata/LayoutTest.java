package io.github.relata;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Core's dependencies run one way: no two top-level classes depend on each other, directly or through
 * others (a class and its nested classes count as one), the analysis package does not depend on the engine,
 * and the generic structures of {@code internal} depend on nothing else of core.
 */
final class LayoutTest {

  private static final JavaClasses CORE =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.github.relata");

  /**
   * Public types whose body is written in a second file, to keep each file short: the builders that make
   * the facade and an article (and that their {@code builder()} methods return), and the state behind a
   * {@link LiveIndex} (which reports through its public {@code Listener} and {@code Health}). Each pair
   * counts as one class.
   */
  private static final Map<String, String> SECOND_FILES = Map.of(
      "io.github.relata.RelatedPostsBuilder", "io.github.relata.RelatedPosts",
      "io.github.relata.ArticleBuilder", "io.github.relata.Article",
      "io.github.relata.LiveState", "io.github.relata.LiveIndex");

  /** Puts each class in the slice of its top-level class, so that nested classes are part of their outer class. */
  private static final SliceAssignment TOP_LEVEL_CLASSES = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String name = javaClass.getName();
      int nested = name.indexOf('$');
      String topLevel = nested < 0 ? name : name.substring(0, nested);
      return SliceIdentifier.of(SECOND_FILES.getOrDefault(topLevel, topLevel));
    }

    @Override
    public String getDescription() {
      return "top-level classes of core";
    }
  };

  /** The README's map of core ("Inside core") names every class of core's three packages (each file of its sources). */
  @Test
  void theReadmesMapOfCoreNamesEveryClass() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    int start = readme.indexOf("## Inside core");
    int end = readme.indexOf("\n## ", start + 1);
    String map = readme.substring(start, end < 0 ? readme.length() : end);
    List<String> missing;
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      missing = sources.map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".java") && !f.equals("package-info.java"))
          .map(f -> f.substring(0, f.length() - ".java".length()))
          .filter(name -> !Pattern.compile("\\b" + name + "\\b").matcher(map).find())
          .sorted()
          .toList();
    }
    assertEquals(List.of(), missing, "classes of core that the README's map (Inside core) does not name");
  }

  @Test
  void coresClassesFormNoDependencyCycle() {
    slices().assignedFrom(TOP_LEVEL_CLASSES)
        .should().beFreeOfCycles()
        // A public extension point's static factories name the implementations they return, which implement
        // it: the one kind of cycle allowed (Analyzer.english(), Analyzer.builder(), Stemmer.snowball()).
        .ignoreDependency("io.github.relata.analysis.Analyzer", "io.github.relata.analysis.Presets")
        .ignoreDependency("io.github.relata.analysis.Analyzer$Builder", "io.github.relata.analysis.ChainAnalyzer")
        .ignoreDependency("io.github.relata.analysis.Analyzer", "io.github.relata.analysis.ChainAnalyzer")
        .ignoreDependency("io.github.relata.analysis.Stemmer", "io.github.relata.analysis.SnowballStemmers")
        .check(CORE);
  }

  @Test
  void internalStructuresDependOnNothingElseOfCore() {
    noClasses().that().resideInAPackage("io.github.relata.internal..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.relata", "io.github.relata.analysis..")
        .check(CORE);
  }

  @Test
  void analysisDoesNotDependOnTheEngine() {
    noClasses().that().resideInAPackage("io.github.relata.analysis..")
        .should().dependOnClassesThat().resideInAPackage("io.github.relata")
        .check(CORE);
  }
}
