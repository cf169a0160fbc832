package io.sluice.state.internal;

import io.sluice.state.serde.ByteArrayDataInput;
import io.sluice.state.serde.TypeSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads serialized values from a byte array (or a tail of it), keeping track of the position. */
public final class InputBuffer {
  private final ByteArrayDataInput in;

  public InputBuffer(byte[] array, int offset) {
    this.in = new ByteArrayDataInput(array, offset);
  }

  public InputBuffer(byte[] array) {
    this(array, 0);
  }

  public int position() {
    return in.position();
  }

  public boolean hasMore() {
    return in.available() > 0;
  }

  public long readLong() {
    try {
      return in.readLong();
    } catch (IOException e) {
      throw new UncheckedIOException("Corrupt state: cannot read a timestamp", e);
    }
  }

  public <T> T read(TypeSerializer<T> serializer) {
    try {
      return serializer.deserialize(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Corrupt state: cannot read with " + serializer, e);
    }
  }
}
