package io.github.relata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.compress.LZ4;

/**
 * The preset dictionary a snapshot's articles are compressed against: a sample of the site's own articles
 * (their bytes after the id), learned once per bulk build or rebuild and shared by every post
 * of the snapshots that follow, so that a short article still finds the words, links and labels it shares
 * with the rest of the site. Each article is compressed alone with LZ4 (Lucene's {@link LZ4}), so a list
 * decodes only its own posts; an article that would not get smaller stays as it is. Immutable and
 * thread-safe (each thread decodes into a buffer of its own).
 */
final class ArticleDictionary {

  /** The bytes of article a bulk build learns, at most: LZ4 looks back at most 64 KB, and every compression indexes the whole dictionary. */
  static final int SIZE = 16 * 1024;

  /** No dictionary: articles kept as {@link ArticleCodec} writes them, for indexes built post by post. */
  static final ArticleDictionary NONE = new ArticleDictionary(new byte[0]);

  /** Bytes LZ4 may write past the end of what it decompresses. */
  private static final int SLACK = 16;

  private final byte[] bytes;
  /** The dictionary followed by room for one article, per thread: what LZ4 reads back into. */
  private final ThreadLocal<byte[]> buffers;
  private final ThreadLocal<LZ4.FastCompressionHashTable> tables = ThreadLocal.withInitial(LZ4.FastCompressionHashTable::new);

  private ArticleDictionary(byte[] bytes) {
    this.bytes = bytes;
    this.buffers = ThreadLocal.withInitial(() -> Arrays.copyOf(bytes, bytes.length + 1024));
  }

  /** Returns the dictionary of {@code bytes}: a snapshot's ({@link #bytes}) or a sample of articles ({@link ArticleSample}). */
  static ArticleDictionary of(byte[] bytes) {
    return bytes.length == 0 ? NONE : new ArticleDictionary(bytes.clone());
  }

  /** The dictionary's bytes, for a snapshot; not to be changed. */
  byte[] bytes() {
    return bytes;
  }

  /** Whether this is {@link #NONE}. */
  boolean isNone() {
    return bytes.length == 0;
  }

  /**
   * Returns {@code compressed}'s bytes compressed against this dictionary: {@code length} bytes of
   * {@code article} from {@code from} in LZ4's form, or null when they would not get smaller.
   */
  byte @org.jspecify.annotations.Nullable [] compress(byte[] article, int from, int length) {
    byte[] buffer = buffer(length);
    System.arraycopy(article, from, buffer, bytes.length, length);
    ByteBuffersDataOutput out = new ByteBuffersDataOutput(length);
    LZ4.FastCompressionHashTable table = tables.get();
    try {
      LZ4.compressWithDictionary(buffer, 0, bytes.length, length, out, table);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not thrown: the output is in memory
    }
    return out.size() < length ? out.toArrayCopy() : null;
  }

  /**
   * Decompresses {@code length} bytes from what {@link #compress} wrote at {@code from} in {@code stored},
   * into this thread's buffer, where they start at {@link #start()} and stay until the thread's next call.
   */
  byte[] decompress(byte[] stored, int from, int length) {
    byte[] buffer = buffer(length);
    try {
      LZ4.decompress(new ByteArrayDataInput(stored, from, stored.length - from), length, buffer, bytes.length);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("an article's compressed bytes do not decompress against this snapshot's dictionary of "
          + bytes.length + " bytes: " + e, e);
    }
    return buffer;
  }

  /** Where decompressed bytes start in the buffer {@link #decompress} returns. */
  int start() {
    return bytes.length;
  }

  private byte[] buffer(int length) {
    byte[] buffer = buffers.get();
    if (buffer.length < bytes.length + length + SLACK) {
      buffer = Arrays.copyOf(buffer, bytes.length + Math.max(2 * length, 1024) + SLACK);
      buffers.set(buffer);
    }
    return buffer;
  }
}
