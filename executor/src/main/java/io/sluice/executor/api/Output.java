package io.sluice.executor.api;

import io.sluice.common.Row;

/** Where an operator or a source sends what it produces. Not thread-safe: call it from the caller's thread only. */
public interface Output {
  void emit(Row row);

  /** Announces that no row with an event time at or below {@code watermark} will follow. */
  void emitWatermark(long watermark);

  /**
   * Announces that this output stops or starts holding back event time downstream ({@link WatermarkStatus}). The
   * default drops the status, for outputs that end a dataflow (test collectors).
   */
  default void emitWatermarkStatus(WatermarkStatus status) {}
}
