package io.sluice.state.serde;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** One value to a byte array and back, for callers that hold bytes rather than streams. */
public final class Serialization {
  private Serialization() {}

  public static <T> byte[] toBytes(TypeSerializer<T> serializer, T value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      serializer.serialize(value, new DataOutputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot serialize " + value + " with " + serializer, e);
    }
    return bytes.toByteArray();
  }

  /** Reads one value; the bytes must hold exactly one. */
  public static <T> T fromBytes(TypeSerializer<T> serializer, byte[] bytes) {
    ByteArrayInputStream in = new ByteArrayInputStream(bytes);
    try {
      T value = serializer.deserialize(new DataInputStream(in));
      if (in.available() != 0) {
        throw new IOException(in.available() + " bytes left over");
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot deserialize " + bytes.length + " bytes with " + serializer, e);
    }
  }
}
