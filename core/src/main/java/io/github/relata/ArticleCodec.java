package io.github.relata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.util.BitUtil;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.jspecify.annotations.Nullable;

/**
 * An {@link Article} as the index keeps it: every field in one byte array, which takes a third of the memory
 * of the article's objects (the article, its strings, their arrays and its instant each have a header) for
 * the title, summary and link of a related list. Each string is written exactly, whatever it holds: as its
 * Latin-1 bytes when every character fits in one, else as UTF-8 (a curly quote or a dash in English text
 * makes a Java string two bytes a character), and as its UTF-16 chars only when it holds a lone surrogate.
 *
 * <p>The id comes first and stays as it is, so that {@link #id} reads it alone. Then a marker: 0 when the
 * other fields follow as they are, else their length, and they follow compressed against the snapshot's
 * {@link ArticleDictionary} ({@link #compressed}).
 */
final class ArticleCodec {

  private ArticleCodec() {}

  /** Returns the article's fields in one array: id first, then the others as {@link #decode} reads them. */
  static byte[] encode(Article a) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput(64 + 2L * (a.title().length() + a.summary().length() + a.body().length()));
    try {
      writeString(out, a.id());
      out.writeVInt(RAW);
      writeString(out, a.title());
      writeString(out, a.summary());
      writeString(out, a.body());
      Instant published = a.published();
      out.writeByte((byte) (published == null ? 0 : 1));
      if (published != null) {
        out.writeVLong(BitUtil.zigZagEncode(published.getEpochSecond()));
        out.writeVInt(published.getNano());
      }
      writeLabels(out, a.tags());
      writeLabels(out, a.categories());
      writeNullable(out, a.author());
      writeNullable(out, a.url());
      writeNullable(out, a.language());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not thrown: the output is in memory
    }
    return out.toArrayCopy();
  }

  /** The marker of fields kept as they are. */
  private static final int RAW = 0;

  /**
   * Returns {@code bytes} (from {@link #encode} or this method, against {@code from}) with the fields after the id
   * compressed against {@code to}, or kept as they are when that would not make them smaller or {@code to} is
   * {@link ArticleDictionary#NONE}.
   */
  static byte[] compressed(byte[] bytes, ArticleDictionary from, ArticleDictionary to) {
    byte[] raw = raw(bytes, from);
    if (to.isNone()) {
      return raw;
    }
    int rest = restOffset(raw);
    int idEnd = rest - 1; // the marker RAW takes one byte
    byte[] packed = to.compress(raw, rest, raw.length - rest);
    if (packed == null || idEnd + 5 + packed.length >= raw.length) {
      return raw;
    }
    ByteBuffersDataOutput out = new ByteBuffersDataOutput(idEnd + 5 + packed.length);
    try {
      out.writeBytes(raw, 0, idEnd);
      out.writeVInt(raw.length - rest);
      out.writeBytes(packed, 0, packed.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not thrown: the output is in memory
    }
    return out.toArrayCopy();
  }

  /** Returns {@code bytes} in the form {@link #encode} writes, decompressing its fields against {@code dictionary} if they are compressed. */
  static byte[] raw(byte[] bytes, ArticleDictionary dictionary) {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes);
    readString(in);
    int idEnd = in.getPosition();
    int length = in.readVInt();
    if (length == RAW) {
      return bytes;
    }
    if (dictionary.isNone()) {
      throw new IllegalStateException("the article " + ArticleCodec.id(bytes) + " is compressed, but no dictionary was given to decode it");
    }
    byte[] buffer = dictionary.decompress(bytes, in.getPosition(), bytes.length, length);
    byte[] raw = new byte[idEnd + 1 + length];
    System.arraycopy(bytes, 0, raw, 0, idEnd);
    raw[idEnd] = RAW;
    System.arraycopy(buffer, dictionary.start(), raw, idEnd + 1, length);
    return raw;
  }

  /** Where the fields after the id and marker start in bytes {@link #encode} wrote. */
  static int restOffset(byte[] bytes) {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes);
    readString(in);
    if (in.readVInt() != RAW) {
      throw new IllegalArgumentException("an article's fields are compressed; expected them as they are");
    }
    return in.getPosition();
  }

  /** Returns the article {@link #encode} wrote, for bytes not compressed. */
  static Article decode(byte[] bytes) {
    return decode(bytes, ArticleDictionary.NONE);
  }

  /** Returns the article {@link #encode} or {@link #compressed} (against {@code dictionary}) wrote. */
  static Article decode(byte[] bytes, ArticleDictionary dictionary) {
    return decode(bytes, 0, bytes.length, dictionary);
  }

  /** Returns the article {@link #encode} or {@link #compressed} (against {@code dictionary}) wrote in {@code bytes} from {@code offset} to {@code end}. */
  static Article decode(byte[] bytes, int offset, int end, ArticleDictionary dictionary) {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes, offset, end - offset);
    String id = readString(in);
    int length = in.readVInt();
    if (length != RAW) {
      if (dictionary.isNone()) {
        throw new IllegalStateException("the article " + id + " is compressed, but no dictionary was given to decode it");
      }
      in = new ByteArrayDataInput(dictionary.decompress(bytes, in.getPosition(), end, length), dictionary.start(), length);
    }
    return decodeRest(id, in);
  }

  private static Article decodeRest(String id, ByteArrayDataInput in) {
    String title = readString(in);
    String summary = readString(in);
    String body = readString(in);
    Instant published = in.readByte() == 0 ? null : Instant.ofEpochSecond(BitUtil.zigZagDecode(in.readVLong()), in.readVInt());
    Set<String> tags = readLabels(in);
    Set<String> categories = readLabels(in);
    String author = readNullable(in);
    String url = readNullable(in);
    String language = readNullable(in);
    return new Article(id, title, summary, body, published, tags, categories, author, url, language);
  }

  /** Returns the id of the article {@link #encode} wrote, without reading the rest. */
  static String id(byte[] bytes) {
    return id(bytes, 0);
  }

  /** Returns the id of the article {@link #encode} wrote from {@code offset} on, without reading the rest. */
  static String id(byte[] bytes, int offset) {
    return readString(new ByteArrayDataInput(bytes, offset, bytes.length - offset));
  }

  /** How a string's characters are written: the low two bits of its header, above them its length in bytes or chars. */
  private static final int LATIN_1 = 0;
  private static final int UTF_8 = 1;
  private static final int UTF_16 = 2;

  private static void writeString(ByteBuffersDataOutput out, String s) throws IOException {
    if (latin1(s)) {
      byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
      out.writeVLong((long) bytes.length << 2 | LATIN_1);
      out.writeBytes(bytes, bytes.length);
    } else if (SnapshotOutput.wellFormed(s)) {
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      out.writeVLong((long) bytes.length << 2 | UTF_8);
      out.writeBytes(bytes, bytes.length);
    } else {
      // A lone surrogate has no UTF-8 form: the chars as they are.
      out.writeVLong((long) s.length() << 2 | UTF_16);
      for (int i = 0; i < s.length(); i++) {
        out.writeShort((short) s.charAt(i));
      }
    }
  }

  private static boolean latin1(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0xFF) {
        return false;
      }
    }
    return true;
  }

  private static String readString(ByteArrayDataInput in) {
    long header = in.readVLong();
    int length = (int) (header >>> 2);
    int form = (int) (header & 3);
    if (form == UTF_16) {
      char[] chars = new char[length];
      for (int i = 0; i < length; i++) {
        chars[i] = (char) in.readShort();
      }
      return new String(chars);
    }
    byte[] bytes = new byte[length];
    in.readBytes(bytes, 0, length);
    return new String(bytes, form == LATIN_1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
  }

  private static void writeNullable(ByteBuffersDataOutput out, @Nullable String s) throws IOException {
    out.writeByte((byte) (s == null ? 0 : 1));
    if (s != null) {
      writeString(out, s);
    }
  }

  private static @Nullable String readNullable(ByteArrayDataInput in) {
    return in.readByte() == 0 ? null : readString(in);
  }

  private static void writeLabels(ByteBuffersDataOutput out, Set<String> labels) throws IOException {
    out.writeVInt(labels.size());
    for (String label : labels) {
      writeString(out, label);
    }
  }

  private static Set<String> readLabels(ByteArrayDataInput in) {
    int n = in.readVInt();
    if (n == 0) {
      return Set.of();
    }
    Set<String> labels = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      labels.add(readString(in));
    }
    return labels;
  }
}
