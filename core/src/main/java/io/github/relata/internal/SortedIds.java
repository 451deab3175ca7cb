package io.github.relata.internal;

/** Walks two ascending id arrays together, visiting the ids they share: the one merge loop of the engine. */
public final class SortedIds {

  private SortedIds() {}

  /** Receives the positions of one shared id in the two arrays. */
  @FunctionalInterface
  public interface SharedAction {
    void accept(int i, int j);
  }

  /** Calls {@code action} with the positions of every id that {@code a} and {@code b} share, ascending. */
  public static void forEachShared(int[] a, int[] b, SharedAction action) {
    forEachShared(a, a.length, b, b.length, action);
  }

  /** As {@link #forEachShared(int[], int[], SharedAction)} over the first {@code aLength} and {@code bLength} ids. */
  public static void forEachShared(int[] a, int aLength, int[] b, int bLength, SharedAction action) {
    for (int i = 0, j = 0; i < aLength && j < bLength; ) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        action.accept(i++, j++);
      }
    }
  }

  /** Calls {@code action} with the positions of every id that {@code a} and {@code b} share, ascending. */
  public static void forEachShared(long[] a, long[] b, SharedAction action) {
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        action.accept(i++, j++);
      }
    }
  }

  /** Returns the number of ids that {@code a} and {@code b} share. */
  public static int sharedCount(int[] a, int[] b) {
    int[] count = {0};
    forEachShared(a, b, (i, j) -> count[0]++);
    return count[0];
  }
}
