package io.sluice.executor.operators.watermark;

import io.sluice.common.Row;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.ProcessingTimeService;
import io.sluice.executor.api.WatermarkStatus;

/**
 * Generates watermarks from the rows of a source subtask (bounded out-of-orderness): the watermark is the largest
 * value of the {@link WatermarkExpression} over the rows seen so far (e.g. the largest event time minus 5 s). It runs
 * in the source's chain, right after the table's computed columns.
 *
 * <p>Emission: with an interval, a processing-time timer emits the watermark every interval if it advanced since
 * the last emission (Flink's {@code pipeline.auto-watermark-interval}); with interval 0, it is emitted after every
 * row that advances it. Watermarks from upstream are dropped (this operator defines event time), except the final
 * {@link Long#MAX_VALUE} of a bounded source, which is passed on so every window fires.
 *
 * <p>Idleness: with an idle timeout, a subtask that has seen no row for that long is marked
 * {@link WatermarkStatus#IDLE}, so that it stops holding back the watermark downstream; its next row marks it
 * ACTIVE again first. The check runs on the same timer (every interval, or every timeout when the interval is 0).
 * An IDLE status from upstream (a source reader with nothing assigned) marks the output idle at once.
 *
 * <p>Processing time: when the rows' time column is the time they were processed ({@code PROCTIME()}, read in
 * this task right before), the watermark also follows the clock: every tick moves it to just before the current
 * time, so windows over processing time close when the clock passes their end even if no row comes, and no row
 * is ever late (a row read after a tick has a time at or after it). Such a subtask is never idle.
 */
public final class WatermarkAssignerOperator implements Operator {
  /** How often a processing-time watermark follows the clock when no interval is set: Flink's default interval. */
  public static final long PROCESSING_TIME_TICK_MILLIS = 200;

  private final WatermarkExpression expression;
  private final long intervalMillis;
  private final long idleTimeoutMillis;
  private final boolean processingTime;
  private ProcessingTimeService time;
  private long maxWatermark = Long.MIN_VALUE;
  private long emitted = Long.MIN_VALUE;
  private long lastRowTime;
  private boolean idle;

  /**
   * @param intervalMillis how often to emit the watermark; 0 to emit it after every row that advances it
   * @param idleTimeoutMillis after how long without rows the subtask is idle; 0 never
   */
  public WatermarkAssignerOperator(WatermarkExpression expression, long intervalMillis, long idleTimeoutMillis) {
    this(expression, intervalMillis, idleTimeoutMillis, false);
  }

  /**
   * @param processingTime whether the expression gives the time each row was processed, so that the watermark
   *     follows the clock; it then ticks every interval, or every {@link #PROCESSING_TIME_TICK_MILLIS} when the
   *     interval is 0, and ignores the idle timeout
   */
  public WatermarkAssignerOperator(
      WatermarkExpression expression, long intervalMillis, long idleTimeoutMillis, boolean processingTime) {
    if (intervalMillis < 0 || idleTimeoutMillis < 0) {
      throw new IllegalArgumentException("Negative watermark interval or idle timeout");
    }
    this.expression = expression;
    this.intervalMillis = processingTime && intervalMillis == 0 ? PROCESSING_TIME_TICK_MILLIS : intervalMillis;
    this.idleTimeoutMillis = processingTime ? 0 : idleTimeoutMillis;
    this.processingTime = processingTime;
  }

  @Override
  public void open(OperatorContext context) {
    time = context.processingTime();
    lastRowTime = time.currentTime();
    scheduleNextTick();
  }

  @Override
  public void processRow(Row row, Output out) {
    if (idleTimeoutMillis > 0) {
      lastRowTime = time.currentTime();
    }
    if (idle) {
      idle = false;
      out.emitWatermarkStatus(WatermarkStatus.ACTIVE);
    }
    Long watermark = expression.watermarkOf(row);
    if (watermark != null && processingTime) {
      watermark--; // the next row may have been read in the same millisecond: it must not be late
    }
    if (watermark != null && watermark > maxWatermark) {
      maxWatermark = watermark;
    }
    out.emit(row);
    if (intervalMillis == 0) {
      emitIfAdvanced(out);
    }
  }

  @Override
  public void processWatermark(long watermark, Output out) {
    if (watermark == Long.MAX_VALUE && emitted != Long.MAX_VALUE) {
      maxWatermark = Long.MAX_VALUE;
      emitIfAdvanced(out);
    }
  }

  @Override
  public void processWatermarkStatus(WatermarkStatus status, Output out) {
    // This operator decides its output's status, but a source that knows it has nothing to read (a Kafka reader
    // without partitions) says IDLE at once rather than after the idle timeout; its next row activates it again.
    if (status == WatermarkStatus.IDLE && !idle) {
      idle = true;
      out.emitWatermarkStatus(WatermarkStatus.IDLE);
    }
  }

  @Override
  public void onProcessingTime(long timerTime, Output out) {
    if (processingTime) {
      maxWatermark = Math.max(maxWatermark, time.currentTime() - 1);
    }
    if (intervalMillis > 0) {
      emitIfAdvanced(out);
    }
    if (idleTimeoutMillis > 0 && !idle && time.currentTime() - lastRowTime >= idleTimeoutMillis) {
      idle = true;
      out.emitWatermarkStatus(WatermarkStatus.IDLE);
    }
    scheduleNextTick();
  }

  private void emitIfAdvanced(Output out) {
    if (maxWatermark > emitted) {
      emitted = maxWatermark;
      out.emitWatermark(emitted);
    }
  }

  private void scheduleNextTick() {
    long period = intervalMillis > 0 ? intervalMillis : idleTimeoutMillis;
    if (period > 0) {
      time.registerTimer(time.currentTime() + period);
    }
  }
}
