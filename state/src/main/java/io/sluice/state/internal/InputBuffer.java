package io.sluice.state.internal;

import io.sluice.state.serde.TypeSerializer;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads serialized values from a byte array (or a tail of it), keeping track of the position. */
public final class InputBuffer {
  private final Stream stream;
  private final DataInputStream in;

  public InputBuffer(byte[] array, int offset) {
    this.stream = new Stream(array, offset);
    this.in = new DataInputStream(stream);
  }

  public InputBuffer(byte[] array) {
    this(array, 0);
  }

  public int position() {
    return stream.position();
  }

  public boolean hasMore() {
    return stream.available() > 0;
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

  private static final class Stream extends ByteArrayInputStream {
    Stream(byte[] array, int offset) {
      super(array, offset, array.length - offset);
    }

    int position() {
      return pos;
    }
  }
}
