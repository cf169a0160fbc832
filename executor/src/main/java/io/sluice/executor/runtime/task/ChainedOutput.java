package io.sluice.executor.runtime.task;

import io.sluice.common.Row;
import io.sluice.executor.api.Counter;
import io.sluice.executor.api.KeySelector;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.TwoInputOperator;
import io.sluice.executor.api.WatermarkStatus;
import io.sluice.executor.runtime.channel.TaskCanceledException;
import io.sluice.executor.runtime.state.KeyedOperatorState;

/**
 * The input of a chained operator, as its producer sees it: emitting a row calls the operator directly on the
 * same thread, with no queue and no copy. For a keyed operator the row's key becomes the current key of its
 * keyed state first, and a watermark first fires the operator's event-time timers up to it. Exceptions the
 * operator throws are tagged with its name once; those coming from further down the chain pass through untouched.
 *
 * <p>For a {@link TwoInputOperator} (always a chain's head) the task sends each input's rows to {@link #input}:
 * the row's key comes from that input's key selector, and the operator learns which input the row came from.
 */
final class ChainedOutput implements Output {
  /** A call into the operator that may throw. */
  @FunctionalInterface
  private interface OperatorCall {
    void run() throws Exception;
  }

  private final Operator operator;
  private final Output next;
  private final OperatorContext context;
  private final KeyedOperatorState keyedState;
  private final KeySelector[] inputKeys;
  private final Counter rowsIn;

  /**
   * @param keyedState the keyed state of a keyed operator, else null
   * @param inputKeys for a keyed two-input operator, the key selector of each input; else empty
   * @param rowsIn counts the rows passed to the operator; null to count nothing
   */
  ChainedOutput(Operator operator, Output next, OperatorContext context, KeyedOperatorState keyedState,
      KeySelector[] inputKeys, Counter rowsIn) {
    this.operator = operator;
    this.next = next;
    this.context = context;
    this.keyedState = keyedState;
    this.inputKeys = inputKeys;
    this.rowsIn = rowsIn;
  }

  /**
   * Where the rows of input {@code index} go: this output itself for a one-input operator, else a view that passes
   * rows to {@link TwoInputOperator#processRow(int, Row, Output)} and everything else to this output.
   */
  Output input(int index) {
    if (!(operator instanceof TwoInputOperator twoInput)) {
      return this;
    }
    return new Output() {
      @Override
      public void emit(Row row) {
        try {
          if (rowsIn != null) {
            rowsIn.inc();
          }
          if (keyedState != null) {
            keyedState.setCurrentKeyOf(row, inputKeys[index]);
          }
          twoInput.processRow(index, row, next);
        } catch (OperatorException | TaskCanceledException e) {
          throw e;
        } catch (Exception e) {
          throw new OperatorException(context, e);
        }
      }

      @Override
      public void emitWatermark(long watermark) {
        ChainedOutput.this.emitWatermark(watermark);
      }

      @Override
      public void emitWatermarkStatus(WatermarkStatus status) {
        ChainedOutput.this.emitWatermarkStatus(status);
      }
    };
  }

  @Override
  public void emit(Row row) {
    // Not through call(): no lambda on the per-row path.
    try {
      if (rowsIn != null) {
        rowsIn.inc();
      }
      if (keyedState != null) {
        keyedState.setCurrentKeyOf(row);
      }
      operator.processRow(row, next);
    } catch (OperatorException | TaskCanceledException e) {
      throw e;
    } catch (Exception e) {
      throw new OperatorException(context, e);
    }
  }

  @Override
  public void emitWatermark(long watermark) {
    call(() -> {
      if (keyedState != null) {
        keyedState.advanceWatermark(watermark, (time, namespace) -> operator.onEventTime(time, namespace, next));
      }
      operator.processWatermark(watermark, next);
    });
  }

  @Override
  public void emitWatermarkStatus(WatermarkStatus status) {
    call(() -> operator.processWatermarkStatus(status, next));
  }

  /** Fires a processing-time timer of this operator. */
  void onProcessingTime(long time) {
    call(() -> operator.onProcessingTime(time, next));
  }

  private void call(OperatorCall call) {
    try {
      call.run();
    } catch (OperatorException | TaskCanceledException e) {
      throw e;
    } catch (Exception e) {
      throw new OperatorException(context, e);
    }
  }
}
