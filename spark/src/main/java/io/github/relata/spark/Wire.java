package io.github.relata.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * A value as the bytes of its Java serialization, for the records Spark sorts or groups: Spark samples the
 * size of the objects it buffers by walking their object graphs, minutes for 4,000 analysed posts (thousands of
 * strings each), and a byte array's size at a glance.
 */
final class Wire {

  private Wire() {}

  static byte[] bytes(Serializable value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not thrown: the output is in memory
    }
    return bytes.toByteArray();
  }

  static <T> T read(byte[] bytes, Class<T> type) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return type.cast(in.readObject());
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("a " + type.getSimpleName() + " written by this job could not be read back", e);
    }
  }
}
