package io.github.relata;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * One post of a batch run in the compact form an index keeps it ({@link BatchScoring#encoded}): its article
 * and its analysed form under the term ids of the site's {@link BatchModel}, and its vector in the site's
 * latent space. What candidate search and scoring read on the machine that ranks a post, so it travels
 * between machines as a few hundred bytes, and each machine decodes it without looking a term up.
 *
 * <p>Immutable and thread-safe; serializable with Java serialization.
 */
public final class EncodedPost implements Serializable {

  private static final long serialVersionUID = 1L;

  private transient Doc doc;

  EncodedPost(Doc doc) {
    this.doc = doc;
  }

  /** The post as an index holds it. */
  Doc doc() {
    return doc;
  }

  /** The posts as an index holds them, in the same order. */
  static java.util.List<Doc> docs(java.util.List<EncodedPost> posts) {
    java.util.List<Doc> docs = new java.util.ArrayList<>(posts.size());
    for (EncodedPost p : posts) {
      docs.add(p.doc());
    }
    return docs;
  }

  /**
   * Returns the post's id.
   *
   * @return the id of the article
   */
  public String id() {
    return doc.id();
  }

  /**
   * Returns the post's language.
   *
   * @return the language declared, detected, or the engine's default
   */
  public String language() {
    return doc.language;
  }

  /**
   * Returns whether the post has a vector in the site's latent space.
   *
   * @return false when the site has no latent space or the post shares no term with it
   */
  public boolean hasLatentVector() {
    return doc.hasLatent();
  }

  @Override
  public String toString() {
    return "EncodedPost[id=" + id() + ", language=" + doc.language + ", bytes=" + (doc.articleBytes().length + doc.encodedBytes().length)
        + ", latent=" + doc.hasLatent() + "]";
  }

  /**
   * Writes the post.
   *
   * @serialData the article's bytes, the language, the day (a double, NaN for none), the analysed form's bytes,
   *     the length and stable norm (floats), and whether a latent vector follows, then its components' steps (a byte each, -15 to 15, {@link LatentVector#codes}) and scale;
   *     each byte array as its size (an int) and its bytes
   * @param out the stream
   * @throws IOException if it cannot be written
   */
  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    writeBytes(out, doc.articleBytes());
    out.writeUTF(doc.language);
    out.writeDouble(doc.day);
    writeBytes(out, doc.encodedBytes());
    out.writeFloat(doc.length);
    out.writeFloat(doc.stableNorm);
    byte[] latent = doc.latent();
    out.writeBoolean(latent != null);
    if (latent != null) {
      writeBytes(out, LatentVector.codes(latent));
      out.writeFloat(LatentVector.scale(latent));
    }
  }

  /**
   * Reads what {@link #writeObject} wrote.
   *
   * @param in the stream
   * @throws IOException if it cannot be read or holds a size out of range
   * @throws ClassNotFoundException if a class of the fields is missing
   */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    byte[] article = readBytes(in, "article");
    String language = in.readUTF();
    double day = in.readDouble();
    byte[] encoded = readBytes(in, "analysed form");
    float length = in.readFloat();
    float stableNorm = in.readFloat();
    byte @Nullable [] latent = in.readBoolean() ? LatentVector.restored(readBytes(in, "latent vector"), in.readFloat()) : null;
    doc = Doc.carried(article, language, day, encoded, length, stableNorm, latent);
  }

  private static void writeBytes(ObjectOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static byte[] readBytes(ObjectInputStream in, String what) throws IOException {
    int size = in.readInt();
    if (size < 0) {
      throw new InvalidObjectException(what + " size must not be negative: " + size);
    }
    byte[] bytes = in.readNBytes(size);
    if (bytes.length != size) {
      throw new InvalidObjectException(what + " of " + size + " bytes cut short at " + bytes.length);
    }
    return bytes;
  }
}
