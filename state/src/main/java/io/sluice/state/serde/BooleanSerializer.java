package io.sluice.state.serde;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The {@code BOOLEAN} format, version 1: one byte: 1 for true, 0 for false.
 * Does not accept null.
 */
public final class BooleanSerializer implements TypeSerializer<Boolean> {
  public static final BooleanSerializer INSTANCE = new BooleanSerializer();

  private BooleanSerializer() {}

  @Override
  public void serialize(Boolean value, DataOutput out) throws IOException {
    out.writeBoolean(value);
  }

  @Override
  public Boolean deserialize(DataInput in) throws IOException {
    return in.readBoolean();
  }

  @Override
  public String name() {
    return "BOOLEAN";
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
