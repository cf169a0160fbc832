package io.sluice.state.serde;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The {@code DOUBLE} format, version 1: the IEEE 754 bits of {@link Double#doubleToLongBits}
 * (NaN canonical), eight bytes big-endian.
 * Does not accept null.
 */
public final class DoubleSerializer implements TypeSerializer<Double> {
  public static final DoubleSerializer INSTANCE = new DoubleSerializer();

  private DoubleSerializer() {}

  @Override
  public void serialize(Double value, DataOutput out) throws IOException {
    out.writeDouble(value);
  }

  @Override
  public Double deserialize(DataInput in) throws IOException {
    return in.readDouble();
  }

  @Override
  public String name() {
    return "DOUBLE";
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
