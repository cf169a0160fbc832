package io.sluice.engine.translate;

import io.sluice.common.Row;
import io.sluice.common.function.ProjectFilter;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.Output;

/** Filters and projects each row with a compiled {@link ProjectFilter}; the row keeps its kind. */
final class CalcOperator implements Operator {
  private final ProjectFilter function;

  CalcOperator(ProjectFilter function) {
    this.function = function;
  }

  @Override
  public void processRow(Row row, Output out) {
    Object[] result = function.apply(row.fields());
    if (result != null) {
      out.emit(new Row(row.kind(), result));
    }
  }
}
