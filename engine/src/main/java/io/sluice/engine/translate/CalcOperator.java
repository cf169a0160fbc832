package io.sluice.engine.translate;

import io.sluice.common.Row;
import io.sluice.common.function.ProjectFilter;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.Output;
import io.sluice.planner.codegen.CodeCompiler;
import io.sluice.planner.codegen.RuntimeDataContext;
import io.sluice.planner.plan.GeneratedCode;

/**
 * Filters and projects each row with a compiled {@link ProjectFilter}; the row keeps its kind. The function's
 * data context learns every watermark before it goes on, so {@code CURRENT_WATERMARK(...)} sees this operator's.
 */
final class CalcOperator implements Operator {
  private final RuntimeDataContext context = new RuntimeDataContext();
  private final ProjectFilter function;

  CalcOperator(GeneratedCode code) {
    this.function = CodeCompiler.instantiate(code, ProjectFilter.class, context);
  }

  @Override
  public void processRow(Row row, Output out) {
    Object[] result = function.apply(row.fields());
    if (result != null) {
      out.emit(new Row(row.kind(), result));
    }
  }

  @Override
  public void processWatermark(long watermark, Output out) {
    context.advanceWatermark(watermark);
    out.emitWatermark(watermark);
  }
}
