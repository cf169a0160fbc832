package io.sluice.executor.runtime.task;

import io.sluice.common.Row;
import io.sluice.executor.api.Output;

/** The output of a node nobody reads (a sink): drops rows and watermarks. */
final class DiscardingOutput implements Output {
  static final DiscardingOutput INSTANCE = new DiscardingOutput();

  private DiscardingOutput() {}

  @Override
  public void emit(Row row) {}

  @Override
  public void emitWatermark(long watermark) {}
}
