package io.github.relata;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How many examples a property test tries: its own count times the scale in the system property
 * {@value #SCALE_PROPERTY} (1 when unset, so the build runs every property at its own count).
 *
 * <p>Mutation testing runs the tests that cover a mutant once per mutant, thousands of times; its profile
 * sets the scale below 1 so that each property tries a few sites instead of hundreds. A property keeps at
 * least one example at any scale, so no property is switched off by scaling. A scale above 1 runs the
 * properties longer, to look for rare failures.
 */
public final class PropertyExamples {

  /** The system property that scales every property's example count: a positive number. */
  public static final String SCALE_PROPERTY = "relata.examples.scale";

  private static final double SCALE = scale(System.getProperty(SCALE_PROPERTY));

  private PropertyExamples() {}

  /**
   * Returns {@code count} scaled by {@value #SCALE_PROPERTY}, rounded, and at least 1.
   *
   * @param count the examples the property tries at full scale; at least 1
   * @return the examples to try in this run
   * @throws IllegalArgumentException if {@code count} is less than 1
   */
  public static int scaled(int count) {
    checkArgument(count >= 1, "count must be at least 1: %s", count);
    return scaled(count, SCALE);
  }

  static int scaled(int count, double scale) {
    return (int) Math.max(1, Math.round(count * scale));
  }

  /** Reads the scale from the system property's value; {@code null} (unset) is 1. */
  static double scale(String value) {
    if (value == null) {
      return 1;
    }
    double scale;
    try {
      scale = Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("system property " + SCALE_PROPERTY + " must be a positive number: " + value, e);
    }
    checkArgument(scale > 0 && !Double.isInfinite(scale), "system property %s must be a positive number: %s", SCALE_PROPERTY, value);
    return scale;
  }
}
