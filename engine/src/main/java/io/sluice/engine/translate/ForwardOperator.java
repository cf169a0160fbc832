package io.sluice.engine.translate;

import io.sluice.common.Row;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.Output;

/** Passes rows on unchanged: the operator behind UNION ALL, whose inputs the runtime merges. */
final class ForwardOperator implements Operator {
  @Override
  public void processRow(Row row, Output out) {
    out.emit(row);
  }
}
