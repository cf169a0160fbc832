package io.sluice.executor.operators.aggregate;

import io.sluice.common.Row;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.ProcessingTimeService;

/**
 * The bundle life cycle shared by the mini-batch aggregation operators: rows go into a bundle the subclass keeps
 * in memory ({@link #addToBundle}), and the bundle is applied and emptied ({@link #applyBundle}) when it holds
 * {@link MiniBatch#size()} rows, when a processing-time timer set {@link MiniBatch#allowLatency()} after its first
 * row fires, before a watermark is forwarded (so no row the bundle holds is emitted after a watermark that passed
 * it), before a checkpoint barrier (the bundle is not part of the checkpoint: its rows come before the barrier, so
 * their effect must be in the state the checkpoint takes, or a restore would lose them) and at the end of the
 * input.
 *
 * <p>A timer left over from a bundle that was applied early (full) finds a younger bundle and leaves it alone:
 * only the timer of the current bundle's deadline applies it.
 */
abstract class MiniBatchOperator implements Operator {
  private final MiniBatch miniBatch;
  private ProcessingTimeService time;
  private long buffered;
  private long deadline;

  MiniBatchOperator(MiniBatch miniBatch) {
    this.miniBatch = miniBatch;
  }

  /** Called once, from {@link #open}, before the first row. */
  abstract void openBundle(OperatorContext context) throws Exception;

  /** Keeps the row in the bundle; called with the row's key current for a keyed operator. */
  abstract void addToBundle(Row row) throws Exception;

  /** Applies every row of the bundle, emits the result and empties the bundle; only called when it holds rows. */
  abstract void applyBundle(Output out) throws Exception;

  @Override
  public final void open(OperatorContext context) throws Exception {
    time = context.processingTime();
    openBundle(context);
  }

  @Override
  public final void processRow(Row row, Output out) throws Exception {
    addToBundle(row);
    buffered++;
    if (buffered >= miniBatch.size()) {
      flush(out);
    } else if (buffered == 1) {
      deadline = time.currentTime() + miniBatch.allowLatency().toMillis();
      time.registerTimer(deadline);
    }
  }

  @Override
  public void onProcessingTime(long timestamp, Output out) throws Exception {
    if (buffered > 0 && timestamp >= deadline) {
      flush(out);
    }
  }

  @Override
  public void processWatermark(long watermark, Output out) throws Exception {
    flush(out);
    out.emitWatermark(watermark);
  }

  @Override
  public void prepareSnapshotPreBarrier(long checkpointId, Output out) throws Exception {
    flush(out);
  }

  @Override
  public void endInput(Output out) throws Exception {
    flush(out);
  }

  private void flush(Output out) throws Exception {
    if (buffered > 0) {
      buffered = 0;
      applyBundle(out);
    }
  }
}
