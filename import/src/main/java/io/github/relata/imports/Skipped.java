package io.github.relata.imports;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An item that did not become a post, where it is and why.
 *
 * @param location the file and line ({@code content/posts/a.md:3}) or item number ({@code export.xml: item 12, line 340})
 * @param reason why it was skipped
 * @param detail the specifics, such as the bad value; may be empty
 */
public record Skipped(String location, SkipReason reason, String detail) {

  /** Checks the components. */
  public Skipped {
    checkNotNull(location, "location");
    checkNotNull(reason, "reason");
    checkNotNull(detail, "detail");
  }

  /**
   * Returns the item as one line: {@code location: detail} for a problem, whose detail says what is wrong,
   * and {@code location: detail (reason)} for an item skipped by design.
   */
  @Override
  public String toString() {
    if (detail.isEmpty()) {
      return location + ": " + reason.singular();
    }
    return location + ": " + detail + (reason.isProblem() ? "" : " (" + reason.singular() + ")");
  }
}
