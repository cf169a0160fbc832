package io.sluice.executor.operators.rank;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import io.sluice.executor.api.OperatorMetrics;
import io.sluice.executor.graph.StateKey;
import io.sluice.executor.operators.sort.SortField;
import io.sluice.executor.testing.KeyedOperatorHarness;
import io.sluice.state.serde.PrimitiveSerializer;
import io.sluice.state.serde.RowSerializer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Input rows are {@code (v INT, window_end BIGINT)}, partitioned by window_end; top 2 by v DESC, with the rank. */
class WindowRankOperatorTest {
  private static final StateKey BY_WINDOW =
      new StateKey(row -> Row.of(row.field(1)), new RowSerializer(List.of(PrimitiveSerializer.LONG)));
  private static final RowType INPUT = new RowType(List.of(
      new Column("v", DataType.of(TypeRoot.INTEGER)), new Column("window_end", DataType.of(TypeRoot.BIGINT))));

  @Test
  void emitsEachWindowsTopOnceWhenTheWatermarkReachesItsLastInstant() throws Exception {
    try (KeyedOperatorHarness harness = open()) {
      assertThat(harness.process(Row.of(3, 10L), Row.of(7, 10L), Row.of(5, 20L), Row.of(9, 10L), Row.of(1, 10L)))
          .isEmpty();
      assertThat(harness.watermark(8)).isEmpty();
      assertThat(harness.watermark(9)).containsExactly(Row.of(9, 10L, 1L), Row.of(7, 10L, 2L));
      assertThat(harness.watermark(Long.MAX_VALUE)).containsExactly(Row.of(5, 20L, 1L));
      assertThat(harness.stateEntries()).isZero();
    }
  }

  @Test
  void tiesRankInArrivalOrderAndRowsOfAnEndedWindowAreLate() throws Exception {
    try (KeyedOperatorHarness harness = open()) {
      harness.process(Row.of(4, 10L), Row.of(4, 20L), Row.of(8, 10L));
      harness.process(Row.of(5, 20L));
      harness.watermark(9);
      harness.process(Row.of(100, 10L), Row.of(4, 20L));
      assertThat(harness.counter(OperatorMetrics.LATE_ROWS_DROPPED)).isOne();
      assertThat(harness.watermark(19)).containsExactly(Row.of(5, 20L, 1L), Row.of(4, 20L, 2L));
    }
  }

  @Test
  void goesOnFromRestoredStateAndTimersInAFreshOperator() throws Exception {
    byte[] snapshot;
    try (KeyedOperatorHarness harness = open()) {
      harness.process(Row.of(3, 10L), Row.of(7, 10L));
      snapshot = harness.snapshot();
    }
    try (KeyedOperatorHarness restored = KeyedOperatorHarness.restore(operator(), BY_WINDOW, snapshot)) {
      restored.process(Row.of(5, 10L));
      assertThat(restored.watermark(9)).containsExactly(Row.of(7, 10L, 1L), Row.of(5, 10L, 2L));
    }
  }

  private static KeyedOperatorHarness open() throws Exception {
    return KeyedOperatorHarness.open(operator(), BY_WINDOW);
  }

  private static WindowRankOperator operator() {
    return new WindowRankOperator(1, new RankSpec(INPUT, List.of(new SortField(0, false, false)), 1, 2, true,
        false, false));
  }
}
