package io.sluice.executor.runtime.task;

import io.sluice.common.Row;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.runtime.channel.TaskCanceledException;
import io.sluice.executor.runtime.state.KeyedOperatorState;

/**
 * The input of a chained operator, as its producer sees it: emitting a row calls the operator directly on the
 * same thread, with no queue and no copy. For a keyed operator the row's key becomes the current key of its
 * keyed state first. Exceptions the operator throws are tagged with its name once; those coming from further down
 * the chain pass through untouched.
 */
final class ChainedOutput implements Output {
  private final Operator operator;
  private final Output next;
  private final OperatorContext context;
  private final KeyedOperatorState keyedState;

  /** @param keyedState the keyed state of a keyed operator, else null */
  ChainedOutput(Operator operator, Output next, OperatorContext context, KeyedOperatorState keyedState) {
    this.operator = operator;
    this.next = next;
    this.context = context;
    this.keyedState = keyedState;
  }

  @Override
  public void emit(Row row) {
    try {
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
    try {
      operator.processWatermark(watermark, next);
    } catch (OperatorException | TaskCanceledException e) {
      throw e;
    } catch (Exception e) {
      throw new OperatorException(context, e);
    }
  }
}
