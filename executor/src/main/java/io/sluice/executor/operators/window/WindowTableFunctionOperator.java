package io.sluice.executor.operators.window;

import io.sluice.common.Row;
import io.sluice.executor.api.Counter;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.OperatorMetrics;
import io.sluice.executor.api.Output;
import java.util.Arrays;

/**
 * A window table function without aggregation ({@code TABLE(TUMBLE(...))}, HOP, CUMULATE): emits each input row
 * once per window it falls in, with the window's start, end and last instant ({@code window_time}) appended.
 * Stateless apart from the last watermark: a row whose event time is at or below it is late, and is dropped and
 * counted ({@link OperatorMetrics#LATE_ROWS_DROPPED}) as the window aggregations do. Rows keep their kind.
 */
public final class WindowTableFunctionOperator implements Operator {
  private final Windowing.TimeAttribute windowing;
  private long watermark = Long.MIN_VALUE;
  private Counter lateRows;

  public WindowTableFunctionOperator(Windowing.TimeAttribute windowing) {
    this.windowing = windowing;
  }

  @Override
  public void open(OperatorContext context) {
    lateRows = context.metrics().counter(OperatorMetrics.LATE_ROWS_DROPPED);
  }

  @Override
  public void processRow(Row row, Output out) {
    if (windowing.isLate(row, watermark)) {
      lateRows.inc();
      return;
    }
    Object[] fields = row.fields();
    for (TimeWindow window : windowing.windows(row)) {
      Object[] extended = Arrays.copyOf(fields, fields.length + 3);
      extended[fields.length] = window.start();
      extended[fields.length + 1] = window.end();
      extended[fields.length + 2] = window.maxTimestamp();
      out.emit(new Row(row.kind(), extended));
    }
  }

  @Override
  public void processWatermark(long newWatermark, Output out) {
    watermark = Math.max(watermark, newWatermark);
    out.emitWatermark(newWatermark);
  }
}
