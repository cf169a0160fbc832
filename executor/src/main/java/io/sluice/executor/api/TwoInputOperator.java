package io.sluice.executor.api;

import io.sluice.common.Row;

/**
 * An operator that tells its two inputs apart (a join). It has the lifecycle of an {@link Operator}; the runtime
 * calls {@link #processRow(int, Row, Output)} with the index of the input a row came from (0 for the first, 1 for
 * the second) and never the one-input {@link #processRow(Row, Output)}. Watermarks, statuses, timers and the end of
 * input are combined over both inputs before the operator sees them: {@link #processWatermark} is called with the
 * minimum of both inputs' watermarks, and {@link #endInput} once, when both inputs have ended.
 *
 * <p>Added with {@link io.sluice.executor.graph.StreamGraph#addTwoInputKeyedOperator}, each row's key (from the key
 * selector of its input) is the current key of the keyed state when the operator sees it.
 */
public interface TwoInputOperator extends Operator {
  /** Processes a row of input {@code input} (0 or 1). */
  void processRow(int input, Row row, Output out) throws Exception;

  /** Not called by the runtime for a two-input operator; treats the row as one of the first input. */
  @Override
  default void processRow(Row row, Output out) throws Exception {
    processRow(0, row, out);
  }
}
