package io.github.relata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Properties;
import java.util.zip.CRC32C;

/**
 * The snapshot file format, version {@value #VERSION}. All numbers are big-endian.
 *
 * <pre>
 * preamble  16 bytes: magic 89 52 45 4C 41 54 41 0A ("\x89RELATA\n"), format version (int32),
 *           CRC32C of the 12 bytes before it; every format version keeps this preamble
 * blocks    each: payload length L (int32, 1 to {@value #MAX_BLOCK}) and the CRC32C of those 4 bytes, L
 *           payload bytes, then the running CRC32C of every length and payload since the preamble, this
 *           block's included
 * end       length 0 (int32) and its CRC32C, the content length: the sum of every L (int64), the running
 *           CRC32C of every length, payload and the content length; nothing follows
 * </pre>
 *
 * <p>The payloads, joined, are the content: sections that each start with a four-letter tag, in this order
 * (see {@link SnapshotWriter}): {@code HEAD} the library version and the settings that shaped the index
 * ({@link SnapshotSettings}); {@code SIZE} counts and totals; {@code ARTD} the dictionary the articles
 * are compressed against in memory ({@link ArticleDictionary}; empty for none); {@code DOCS} every post by ordinal, its
 * article and analysed form; {@code TERM} the term dictionary by id; {@code SURF} how terms are written;
 * {@code POST} postings (each bulk-built list as gaps in variable-length bytes, {@link PostingsCodec}); {@code PAIR} word pair counts; {@code LANG} posts per language; {@code LATN} the
 * latent space. Each block is checked before any of its bytes is read, so a damaged file is reported as
 * such and is never parsed; a length inside the content is checked against the bytes left before anything
 * is allocated for it.
 */
final class SnapshotFormat {

  static final int VERSION = 4;
  static final byte[] MAGIC = {(byte) 0x89, 'R', 'E', 'L', 'A', 'T', 'A', '\n'};
  static final int PREAMBLE = 16;
  /** The largest block payload. */
  static final int MAX_BLOCK = 1 << 20;

  /** The version of this library, as written into snapshots. */
  static final String LIBRARY_VERSION = libraryVersion();

  private SnapshotFormat() {}

  /** Returns the 16 preamble bytes of this format version. */
  static byte[] preamble() {
    ByteBuffer b = ByteBuffer.allocate(PREAMBLE);
    b.put(MAGIC).putInt(VERSION);
    b.putInt(crc(b.array(), 0, 12));
    return b.array();
  }

  static int crc(byte[] bytes, int from, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, from, length);
    return (int) crc.getValue();
  }

  /** Checks a preamble of which {@code read} bytes were read before the input ended. */
  static void checkPreamble(byte[] preamble, int read, String source) throws SnapshotException {
    int magic = Math.min(read, MAGIC.length);
    for (int i = 0; i < magic; i++) {
      if (preamble[i] != MAGIC[i]) {
        throw new SnapshotException(SnapshotException.Problem.NOT_A_SNAPSHOT, source + ": not a Relata snapshot: " + foreign(preamble, read));
      }
    }
    if (read == 0) {
      throw new SnapshotException(SnapshotException.Problem.TRUNCATED, source + ": is empty (0 bytes), not a snapshot");
    }
    if (read < PREAMBLE) {
      throw new SnapshotException(SnapshotException.Problem.TRUNCATED,
          source + ": truncated: it ends after " + read + " bytes, inside the " + PREAMBLE + "-byte preamble of a snapshot");
    }
    ByteBuffer b = ByteBuffer.wrap(preamble);
    int version = b.getInt(8);
    if (b.getInt(12) != crc(preamble, 0, 12)) {
      throw new SnapshotException(SnapshotException.Problem.CORRUPT,
          source + ": corrupt: the checksum of the preamble (bytes 0 to 11) does not match; the file was damaged after it was written");
    }
    if (version != VERSION) {
      throw new SnapshotException(SnapshotException.Problem.UNSUPPORTED_VERSION,
          source + ": a snapshot of format version " + version + "; Relata " + LIBRARY_VERSION + " reads version " + VERSION
              + " only: load it with the Relata version that saved it, or index the posts anew");
    }
  }

  /** Describes the start of a file that is not a snapshot. */
  private static String foreign(byte[] start, int read) {
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < Math.min(read, 8); i++) {
      hex.append(String.format("%02X ", start[i] & 0xFF));
    }
    String what = "";
    int first = start[0] & 0xFF;
    if (first == '{' || first == '[') {
      what = " (JSON: posts? `relata index` makes a snapshot of them)";
    } else if (first == 'P' && read > 1 && start[1] == 'K') {
      what = " (a ZIP or JAR archive)";
    } else if (first == '<') {
      what = " (XML or HTML)";
    }
    return "it starts with " + hex.toString().strip() + what + " where a snapshot starts with 89 52 45 4C 41 54 41 0A";
  }

  private static String libraryVersion() {
    Properties properties = new Properties();
    try (InputStream in = SnapshotFormat.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }
}
