package io.sluice.executor.operators.window;

import io.sluice.state.serde.TypeSerializer;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** {@link TimeWindow}s as two longs, start then end: format {@code TIME_WINDOW}, version 1. */
public final class TimeWindowSerializer implements TypeSerializer<TimeWindow> {
  public static final TimeWindowSerializer INSTANCE = new TimeWindowSerializer();

  private TimeWindowSerializer() {}

  @Override
  public void serialize(TimeWindow window, DataOutput out) throws IOException {
    out.writeLong(window.start());
    out.writeLong(window.end());
  }

  @Override
  public TimeWindow deserialize(DataInput in) throws IOException {
    long start = in.readLong();
    return new TimeWindow(start, in.readLong());
  }

  @Override
  public String name() {
    return "TIME_WINDOW";
  }

  @Override
  public int snapshotVersion() {
    return 1;
  }
}
