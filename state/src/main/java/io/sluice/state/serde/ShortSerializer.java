package io.sluice.state.serde;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The {@code SMALLINT} format, version 1: two bytes, big-endian two's complement.
 * Does not accept null.
 */
public final class ShortSerializer implements TypeSerializer<Short> {
  public static final ShortSerializer INSTANCE = new ShortSerializer();

  private ShortSerializer() {}

  @Override
  public void serialize(Short value, DataOutput out) throws IOException {
    out.writeShort(value);
  }

  @Override
  public Short deserialize(DataInput in) throws IOException {
    return in.readShort();
  }

  @Override
  public String name() {
    return "SMALLINT";
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
