package io.sluice.state.serde;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The {@code BIGINT} format, version 1: eight bytes, big-endian two's complement (BIGINT, TIMESTAMP, TIMESTAMP_LTZ).
 * Does not accept null.
 */
public final class LongSerializer implements TypeSerializer<Long> {
  public static final LongSerializer INSTANCE = new LongSerializer();

  private LongSerializer() {}

  @Override
  public void serialize(Long value, DataOutput out) throws IOException {
    out.writeLong(value);
  }

  @Override
  public Long deserialize(DataInput in) throws IOException {
    return in.readLong();
  }

  @Override
  public String name() {
    return "BIGINT";
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
