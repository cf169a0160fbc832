package io.sluice.executor.runtime.task;

import io.sluice.common.Row;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.WatermarkStatus;

/** The output of a node with several consumers: hands each row, watermark and status to all of them, in order. */
final class FanOutOutput implements Output {
  private final Output[] targets;

  FanOutOutput(Output[] targets) {
    this.targets = targets.clone();
  }

  @Override
  public void emit(Row row) {
    for (Output target : targets) {
      target.emit(row);
    }
  }

  @Override
  public void emitWatermark(long watermark) {
    for (Output target : targets) {
      target.emitWatermark(watermark);
    }
  }

  @Override
  public void emitWatermarkStatus(WatermarkStatus status) {
    for (Output target : targets) {
      target.emitWatermarkStatus(status);
    }
  }
}
