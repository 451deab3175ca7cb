package io.github.relata.testsupport;

import java.io.PrintStream;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one line on the build's console for each test that did not run, with the reason: a test
 * {@code @Disabled} or turned off by a condition, and a test whose assumption failed (such as one that
 * needs {@code ../shared}, Chromium or Hugo on the machine). Surefire only counts skipped tests; this says
 * why. Registered with the JUnit Platform through {@code META-INF/services}, so a module's tests need only
 * depend on this jar.
 */
public final class SkipReasons implements TestExecutionListener {

  private final PrintStream out;
  private TestPlan plan;

  /** Creates the listener that prints on standard output, which Surefire shows on the console. */
  public SkipReasons() {
    this(System.out);
  }

  SkipReasons(PrintStream out) {
    this.out = out;
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
  }

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    out.println("SKIPPED " + name(test) + ": " + reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      String reason = result.getThrowable().map(Throwable::getMessage).orElse("aborted");
      out.println("SKIPPED " + name(test) + ": " + reason.replaceFirst("^Assumption failed: ", ""));
    }
  }

  /** Returns the test's class and display name, such as {@code InputOrderTest.bbcNewsInAnyOrderGivesTheSameLists()}. */
  private String name(TestIdentifier test) {
    if (test.getSource().orElse(null) instanceof ClassSource source) {
      return simpleName(source.getClassName());
    }
    String name = test.getDisplayName();
    for (Optional<TestIdentifier> up = parent(test); up.isPresent(); up = parent(up.get())) {
      if (up.get().getSource().orElse(null) instanceof ClassSource source) {
        return simpleName(source.getClassName()) + "." + name;
      }
      name = up.get().getDisplayName() + " " + name;
    }
    return name;
  }

  private Optional<TestIdentifier> parent(TestIdentifier test) {
    return plan == null ? Optional.empty() : plan.getParent(test);
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
