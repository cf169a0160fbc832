package io.sluice.executor.api;

import io.sluice.common.Row;

/**
 * A step of a job that turns input rows into output rows. The runtime calls it from one thread at a time, in
 * this order: {@link #open} once, then {@link #processRow}, {@link #processWatermark},
 * {@link #processWatermarkStatus}, the timer callbacks ({@link #onEventTime}, {@link #onProcessingTime}) and
 * {@link #prepareSnapshotPreBarrier} any number of times, {@link #endInput} once if the input is bounded and has ended, and {@link #close} once at the end
 * (also after a failure or cancellation). An operator knows nothing of threads, queues or checkpoint storage.
 */
public interface Operator {
  /** Called once before the first row. */
  default void open(OperatorContext context) throws Exception {}

  void processRow(Row row, Output out) throws Exception;

  /**
   * Called when the event time of the input advances; the default forwards it. For a keyed operator, the event-time
   * timers up to {@code watermark} have fired ({@link #onEventTime}) before this call.
   */
  default void processWatermark(long watermark, Output out) throws Exception {
    out.emitWatermark(watermark);
  }

  /** Called when the input stops or starts holding back event time; the default forwards the status. */
  default void processWatermarkStatus(WatermarkStatus status, Output out) throws Exception {
    out.emitWatermarkStatus(status);
  }

  /**
   * Called for an event-time timer the operator registered ({@link EventTimeTimers}) once the watermark reaches its
   * time, with the timer's key as the current key of the keyed state.
   */
  default void onEventTime(long time, Object namespace, Output out) throws Exception {}

  /** Called for a processing-time timer the operator registered ({@link ProcessingTimeService}) once it is due. */
  default void onProcessingTime(long time, Output out) throws Exception {}

  /**
   * Called before the barrier of checkpoint {@code checkpointId} leaves the operator (as Flink's
   * {@code prepareSnapshotPreBarrier}): emit what the operator holds outside its keyed state, such as results of
   * lookups in flight, since the checkpoint will not restore it and the rows that caused it come before the
   * barrier. The default holds nothing.
   */
  default void prepareSnapshotPreBarrier(long checkpointId, Output out) throws Exception {}

  /** Called once when a bounded input has ended: emit what is still held back. */
  default void endInput(Output out) throws Exception {}

  /** Releases resources; must tolerate being called after a failed {@link #open}. */
  default void close() throws Exception {}
}
