package io.sluice.executor.runtime.task;

import io.sluice.common.Row;
import io.sluice.executor.api.Counter;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.WatermarkStatus;

/** Counts the rows that pass through it on their way to the next output; everything else goes through as is. */
final class CountingOutput implements Output {
  private final Output next;
  private final Counter rows;

  CountingOutput(Output next, Counter rows) {
    this.next = next;
    this.rows = rows;
  }

  @Override
  public void emit(Row row) {
    rows.inc();
    next.emit(row);
  }

  @Override
  public void emitWatermark(long watermark) {
    next.emitWatermark(watermark);
  }

  @Override
  public void emitWatermarkStatus(WatermarkStatus status) {
    next.emitWatermarkStatus(status);
  }
}
