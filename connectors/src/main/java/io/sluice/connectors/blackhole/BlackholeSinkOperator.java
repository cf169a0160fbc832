package io.sluice.connectors.blackhole;

import io.sluice.common.Row;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.Output;

/** Counts the rows it receives and drops them; the count is for tests and metrics. */
final class BlackholeSinkOperator implements Operator {
  private long rowCount;

  @Override
  public void processRow(Row row, Output out) {
    rowCount++;
  }

  /** Rows received since the operator was created. */
  long rowCount() {
    return rowCount;
  }
}
