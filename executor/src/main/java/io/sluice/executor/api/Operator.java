package io.sluice.executor.api;

import io.sluice.common.Row;

/**
 * A step of a job that turns input rows into output rows. The runtime calls it from one thread at a time, in
 * this order: {@link #open} once, then {@link #processRow} and {@link #processWatermark} any number of times,
 * {@link #endInput} once if the input is bounded and has ended, and {@link #close} once at the end (also after a
 * failure or cancellation). An operator knows nothing of threads, queues or checkpoint storage.
 */
public interface Operator {
  /** Called once before the first row. */
  default void open(OperatorContext context) throws Exception {}

  void processRow(Row row, Output out) throws Exception;

  /** Called when the event time of the input advances; the default forwards it. */
  default void processWatermark(long watermark, Output out) throws Exception {
    out.emitWatermark(watermark);
  }

  /** Called once when a bounded input has ended: emit what is still held back. */
  default void endInput(Output out) throws Exception {}

  /** Releases resources; must tolerate being called after a failed {@link #open}. */
  default void close() throws Exception {}
}
