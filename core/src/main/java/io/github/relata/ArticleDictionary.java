package io.github.relata;

import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The preset dictionary a snapshot's articles are compressed against: a sample of the site's own articles
 * (their bytes after the id), learned once per bulk build or rebuild and shared by every post
 * of the snapshots that follow, so that a short article still finds the words, links and labels it shares
 * with the rest of the site. Each article is compressed alone, as raw Deflate (the JDK's zlib, {@link
 * Deflater}) against the dictionary, so a list decodes only its own posts; an article that would not get
 * smaller stays as it is. With its Huffman codes Deflate keeps an article of the benchmark's synthetic posts
 * (of 344 bytes as {@link ArticleCodec} writes them) in 178 bytes on average against a 16 KB dictionary, where LZ4,
 * which has none, kept it in 218; decoding a list's ten articles costs a few microseconds more.
 * Immutable and thread-safe: each thread compresses and decompresses with a {@link Deflater}, an {@link
 * Inflater} and a buffer of its own, whose native memory (about 300 and 40 KB) is freed when the thread's
 * are collected.
 */
final class ArticleDictionary {

  /**
   * The bytes of article a bulk build learns, at most: what Deflate's 32 KB window can use of a preset
   * dictionary (zlib keeps its last 32 KB less 262 bytes). Every compression hashes the whole dictionary:
   * against 16 KB an article of the benchmark's synthetic posts took 168 bytes, not 180, and about 75 µs to
   * compress, not 46 (one thread, 100k articles).
   */
  static final int SIZE = 32 * 1024 - 512;

  /** No dictionary: articles kept as {@link ArticleCodec} writes them, for indexes built post by post. */
  static final ArticleDictionary NONE = new ArticleDictionary(new byte[0]);

  private final byte[] bytes;
  /** What {@link #decompress} writes into and {@link #compress} writes out of, per thread. */
  private final ThreadLocal<byte[]> buffers = ThreadLocal.withInitial(() -> new byte[1024]);
  private final ThreadLocal<Deflater> deflaters = ThreadLocal.withInitial(() -> new Deflater(Deflater.DEFAULT_COMPRESSION, true));
  private final ThreadLocal<Inflater> inflaters = ThreadLocal.withInitial(() -> new Inflater(true));

  private ArticleDictionary(byte[] bytes) {
    this.bytes = bytes;
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
   * Returns {@code length} bytes of {@code article} from {@code from} compressed against this dictionary,
   * or null when they would not get smaller.
   */
  byte @org.jspecify.annotations.Nullable [] compress(byte[] article, int from, int length) {
    Deflater deflater = deflaters.get();
    deflater.reset();
    deflater.setDictionary(bytes);
    deflater.setInput(article, from, length);
    deflater.finish();
    byte[] buffer = buffer(length);
    int size = 0;
    while (!deflater.finished() && size < length) {
      size += deflater.deflate(buffer, size, length - size);
    }
    return deflater.finished() && size < length ? Arrays.copyOf(buffer, size) : null;
  }

  /**
   * Decompresses the {@code length} bytes {@link #compress} wrote in {@code stored} from {@code from} to {@code
   * end}, into this thread's buffer, where they start at {@link #start()} and stay until the thread's next
   * call.
   *
   * @throws IllegalStateException when they do not decompress to {@code length} bytes against this dictionary
   */
  byte[] decompress(byte[] stored, int from, int end, int length) {
    byte[] buffer = buffer(length);
    Inflater inflater = inflaters.get();
    inflater.reset();
    inflater.setDictionary(bytes);
    inflater.setInput(stored, from, end - from);
    try {
      int size = 0;
      while (size < length && !inflater.finished()) {
        int n = inflater.inflate(buffer, size, length - size);
        if (n == 0) {
          break; // no progress: the input ended early, which the length check below reports
        }
        size += n;
      }
      if (size != length) {
        throw new IllegalStateException(String.format(java.util.Locale.ROOT,
            "an article's %,d compressed bytes decompress to %,d bytes, not the %,d recorded, against this snapshot's dictionary of %,d bytes",
            end - from, size, length, bytes.length));
      }
    } catch (DataFormatException e) {
      throw new IllegalStateException("an article's compressed bytes do not decompress against this snapshot's dictionary of "
          + bytes.length + " bytes: " + e.getMessage(), e);
    }
    return buffer;
  }

  /** Where decompressed bytes start in the buffer {@link #decompress} returns. */
  int start() {
    return 0;
  }

  private byte[] buffer(int length) {
    byte[] buffer = buffers.get();
    if (buffer.length < length) {
      buffer = new byte[Math.max(2 * length, 1024)];
      buffers.set(buffer);
    }
    return buffer;
  }
}
