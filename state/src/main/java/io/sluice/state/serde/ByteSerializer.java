package io.sluice.state.serde;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The {@code TINYINT} format, version 1: one byte, two's complement.
 * Does not accept null.
 */
public final class ByteSerializer implements TypeSerializer<Byte> {
  public static final ByteSerializer INSTANCE = new ByteSerializer();

  private ByteSerializer() {}

  @Override
  public void serialize(Byte value, DataOutput out) throws IOException {
    out.writeByte(value);
  }

  @Override
  public Byte deserialize(DataInput in) throws IOException {
    return in.readByte();
  }

  @Override
  public String name() {
    return "TINYINT";
  }

  @Override
  public int snapshotVersion() {
    return 1;
  }

  @Override
  public String toString() {
    return name();
  }
}
