package io.sluice.state.serde;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The {@code INT} format, version 1: four bytes, big-endian two's complement (INT, DATE, TIME).
 * Does not accept null.
 */
public final class IntSerializer implements TypeSerializer<Integer> {
  public static final IntSerializer INSTANCE = new IntSerializer();

  private IntSerializer() {}

  @Override
  public void serialize(Integer value, DataOutput out) throws IOException {
    out.writeInt(value);
  }

  @Override
  public Integer deserialize(DataInput in) throws IOException {
    return in.readInt();
  }

  @Override
  public String name() {
    return "INT";
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
