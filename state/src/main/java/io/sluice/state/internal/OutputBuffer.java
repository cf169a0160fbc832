package io.sluice.state.internal;

import io.sluice.state.serde.ByteArrayDataOutput;
import io.sluice.state.serde.TypeSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A reusable growable byte buffer to serialize into; writes to memory cannot fail, so no IOException. */
public final class OutputBuffer {
  private final ByteArrayDataOutput out = new ByteArrayDataOutput(64);

  /** Empties the buffer for reuse. */
  public OutputBuffer reset() {
    out.reset();
    return this;
  }

  public OutputBuffer write(byte[] b) {
    out.write(b);
    return this;
  }

  public OutputBuffer write(byte[] b, int offset, int length) {
    out.write(b, offset, length);
    return this;
  }

  public OutputBuffer writeLong(long v) {
    out.writeLong(v);
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
    return out.size();
  }

  public byte[] toByteArray() {
    return out.toByteArray();
  }
}
