package io.sluice.state.internal;

import io.sluice.state.serde.TypeSerializer;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A reusable growable byte buffer to serialize into; writes to memory cannot fail, so no IOException. */
public final class OutputBuffer {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
  private final DataOutputStream out = new DataOutputStream(bytes);

  /** Empties the buffer for reuse. */
  public OutputBuffer reset() {
    bytes.reset();
    return this;
  }

  public OutputBuffer write(byte[] b) {
    bytes.writeBytes(b);
    return this;
  }

  public OutputBuffer write(byte[] b, int offset, int length) {
    bytes.write(b, offset, length);
    return this;
  }

  public OutputBuffer writeLong(long v) {
    try {
      out.writeLong(v);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public <T> OutputBuffer write(TypeSerializer<T> serializer, T value) {
    try {
      serializer.serialize(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot serialize " + value + " with " + serializer, e);
    }
    return this;
  }

  public int size() {
    return bytes.size();
  }

  public byte[] toByteArray() {
    return bytes.toByteArray();
  }
}
