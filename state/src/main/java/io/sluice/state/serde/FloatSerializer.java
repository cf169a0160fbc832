package io.sluice.state.serde;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The {@code FLOAT} format, version 1: the IEEE 754 bits of {@link Float#floatToIntBits}
 * (NaN canonical), four bytes big-endian.
 * Does not accept null.
 */
public final class FloatSerializer implements TypeSerializer<Float> {
  public static final FloatSerializer INSTANCE = new FloatSerializer();

  private FloatSerializer() {}

  @Override
  public void serialize(Float value, DataOutput out) throws IOException {
    out.writeFloat(value);
  }

  @Override
  public Float deserialize(DataInput in) throws IOException {
    return in.readFloat();
  }

  @Override
  public String name() {
    return "FLOAT";
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
