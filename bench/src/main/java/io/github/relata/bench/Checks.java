package io.github.relata.bench;

/** Precondition checks in Guava's style: messages are templates whose {@code %s} name the bad value. */
final class Checks {

  private Checks() {}

  /** Returns {@code value}, or throws {@link NullPointerException} with {@code name} in the message. */
  static <T> T checkNotNull(T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    return value;
  }

  /** Throws {@link IllegalArgumentException} with the formatted message when {@code condition} is false. */
  static void checkArgument(boolean condition, String template, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(template, args));
    }
  }

  /** Throws {@link IllegalStateException} with the formatted message when {@code condition} is false. */
  static void checkState(boolean condition, String template, Object... args) {
    if (!condition) {
      throw new IllegalStateException(String.format(template, args));
    }
  }
}
