package io.sluice.executor.operators.window;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.executor.api.OperatorMetrics;
import io.sluice.executor.testing.OperatorHarness;
import org.junit.jupiter.api.Test;

/** Rows are {@code (id, ts)}. */
class WindowTableFunctionOperatorTest {
  @Test
  void appendsStartEndAndTimeOncePerWindow() throws Exception {
    OperatorHarness harness = OperatorHarness.open(new WindowTableFunctionOperator(
        new Windowing.TimeAttribute(new WindowAssigner.Hopping(10, 5, 0), 1)), 0);

    assertThat(harness.process(Row.of(1L, 12L)))
        .containsExactly("+I[1, 12, 5, 15, 14]", "+I[1, 12, 10, 20, 19]");
  }

  @Test
  void dropsAndCountsRowsAtOrBelowTheWatermark() throws Exception {
    OperatorHarness harness = OperatorHarness.open(new WindowTableFunctionOperator(
        new Windowing.TimeAttribute(new WindowAssigner.Tumbling(10, 0), 1)), 0);

    assertThat(harness.watermark(20)).containsExactly("W20");
    assertThat(harness.process(Row.of(1L, 20L), Row.of(2L, 21L))).containsExactly("+I[2, 21, 20, 30, 29]");
    assertThat(harness.counter(OperatorMetrics.LATE_ROWS_DROPPED)).isOne();
  }
}
