package io.github.relata.internal;

/**
 * Which keys (term ids, pair hashes) an overlay might hold: a 65,536-bit filter, so that looking up a key the
 * overlay does not have (nearly every key, in an index built in bulk and changed a little since) reads one
 * word of a bit array instead of walking a persistent trie. Immutable; {@link Editor} makes a changed copy,
 * one copy however many keys a change sets.
 */
public final class KeyFilter {

  private static final int WORDS = 1024;
  public static final KeyFilter EMPTY = new KeyFilter(new long[WORDS]);

  private final long[] bits;

  private KeyFilter(long[] bits) {
    this.bits = bits;
  }

  /** Whether the overlay might hold {@code key}: false means it certainly does not. */
  public boolean mightContain(int key) {
    return (bits[(key >>> 6) & (WORDS - 1)] & (1L << key)) != 0;
  }

  /** Returns an editor that starts from this filter's keys. */
  public Editor edit() {
    return new Editor(bits.clone());
  }

  /** Sets keys in a private copy, then makes the new filter. Not thread-safe. */
  public static final class Editor {
    private final long[] bits;

    private Editor(long[] bits) {
      this.bits = bits;
    }

    public void add(int key) {
      bits[(key >>> 6) & (WORDS - 1)] |= 1L << key;
    }

    public KeyFilter build() {
      return new KeyFilter(bits);
    }
  }
}
