package io.sluice.state.serde;

import java.io.IOException;
import java.io.UncheckedIOException;

/** One value to a byte array and back, for callers that hold bytes rather than streams. */
public final class Serialization {
  /** Each thread's scratch output: values are serialized into it and copied out (no serializer calls back here). */
  private static final ThreadLocal<ByteArrayDataOutput> SCRATCH =
      ThreadLocal.withInitial(() -> new ByteArrayDataOutput(256));

  private Serialization() {}

  public static <T> byte[] toBytes(TypeSerializer<T> serializer, T value) {
    ByteArrayDataOutput out = SCRATCH.get();
    out.reset();
    try {
      serializer.serialize(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot serialize " + value + " with " + serializer, e);
    }
    return out.toByteArray();
  }

  /** Reads one value; the bytes must hold exactly one. */
  public static <T> T fromBytes(TypeSerializer<T> serializer, byte[] bytes) {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes, 0);
    try {
      T value = serializer.deserialize(in);
      if (in.available() != 0) {
        throw new IOException(in.available() + " bytes left over");
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot deserialize " + bytes.length + " bytes with " + serializer, e);
    }
  }
}
