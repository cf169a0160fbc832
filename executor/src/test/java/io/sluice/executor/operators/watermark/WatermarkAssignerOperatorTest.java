package io.sluice.executor.operators.watermark;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.executor.testing.OperatorHarness;
import org.junit.jupiter.api.Test;

/** Rows are {@code (id, ts)}; the watermark is {@code ts - 5}. */
class WatermarkAssignerOperatorTest {
  private static final WatermarkExpression TS_MINUS_5 =
      row -> row.field(1) == null ? null : (Long) row.field(1) - 5;

  private static Row row(long id, Long ts) {
    return Row.of(id, ts);
  }

  @Test
  void emitsTheLargestWatermarkPeriodicallyWhenItAdvanced() throws Exception {
    OperatorHarness harness = OperatorHarness.open(new WatermarkAssignerOperator(TS_MINUS_5, 200, 0), 0);

    assertThat(harness.process(row(1, 100L), row(2, 90L), row(3, null)))
        .containsExactly("+I[1, 100]", "+I[2, 90]", "+I[3, null]");
    assertThat(harness.advanceTime(199)).isEmpty();
    assertThat(harness.advanceTime(200)).containsExactly("W95");
    assertThat(harness.advanceTime(400)).as("no advance, no watermark").isEmpty();
    harness.process(row(4, 120L), row(5, 130L));
    assertThat(harness.advanceTime(650)).containsExactly("W125");
  }

  @Test
  void withIntervalZeroEveryAdvancingRowEmits() throws Exception {
    OperatorHarness harness = OperatorHarness.open(new WatermarkAssignerOperator(TS_MINUS_5, 0, 0), 0);

    assertThat(harness.process(row(1, 10L), row(2, 8L), row(3, 12L)))
        .containsExactly("+I[1, 10]", "W5", "+I[2, 8]", "+I[3, 12]", "W7");
  }

  @Test
  void upstreamWatermarksAreDroppedExceptTheFinalOne() throws Exception {
    OperatorHarness harness = OperatorHarness.open(new WatermarkAssignerOperator(TS_MINUS_5, 0, 0), 0);

    assertThat(harness.watermark(1_000)).isEmpty();
    assertThat(harness.watermark(Long.MAX_VALUE)).containsExactly("WMAX");
    assertThat(harness.process(row(1, 10L))).containsExactly("+I[1, 10]");
  }

  @Test
  void anInputWithoutRowsForTheTimeoutBecomesIdleUntilTheNextRow() throws Exception {
    OperatorHarness harness = OperatorHarness.open(new WatermarkAssignerOperator(TS_MINUS_5, 100, 1_000), 0);

    harness.process(row(1, 50L));
    assertThat(harness.advanceTime(900)).containsExactly("W45");
    assertThat(harness.advanceTime(1_100)).containsExactly("IDLE");
    assertThat(harness.advanceTime(3_000)).as("idle once").isEmpty();
    assertThat(harness.process(row(2, 60L))).containsExactly("ACTIVE", "+I[2, 60]");
    assertThat(harness.advanceTime(3_100)).containsExactly("W55");
  }
}
