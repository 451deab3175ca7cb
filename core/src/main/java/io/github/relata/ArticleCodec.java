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
 * the title, summary and link of a related list. Each string is written exactly, whatever it holds (lone
 * surrogates too): as its Latin-1 bytes when every character fits in one, else as its UTF-16 chars.
 */
final class ArticleCodec {

  private ArticleCodec() {}

  /** Returns the article's fields in one array: id first, then the others as {@link #decode} reads them. */
  static byte[] encode(Article a) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput(64 + 2L * (a.title().length() + a.summary().length() + a.body().length()));
    try {
      writeString(out, a.id());
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

  /** Returns the article {@link #encode} wrote. */
  static Article decode(byte[] bytes) {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes);
    String id = readString(in);
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
    return readString(new ByteArrayDataInput(bytes));
  }

  private static void writeString(ByteBuffersDataOutput out, String s) throws IOException {
    if (latin1(s)) {
      byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
      out.writeVInt(bytes.length << 1);
      out.writeBytes(bytes, bytes.length);
    } else {
      out.writeVInt(s.length() << 1 | 1);
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
    int header = in.readVInt();
    int length = header >>> 1;
    if ((header & 1) == 0) {
      byte[] bytes = new byte[length];
      in.readBytes(bytes, 0, length);
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = (char) in.readShort();
    }
    return new String(chars);
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
