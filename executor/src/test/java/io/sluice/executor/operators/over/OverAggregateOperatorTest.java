package io.sluice.executor.operators.over;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import io.sluice.executor.api.OperatorMetrics;
import io.sluice.executor.graph.StateKey;
import io.sluice.executor.operators.aggregate.CountAggregator;
import io.sluice.executor.operators.aggregate.SumAggregator;
import io.sluice.executor.testing.KeyedOperatorHarness;
import io.sluice.state.serde.RowSerializer;
import io.sluice.state.serde.StringSerializer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Input rows are {@code (k STRING, v INT, ts BIGINT)}, partitioned by k; output appends COUNT(*), SUM(v). */
class OverAggregateOperatorTest {
  private static final DataType INT = DataType.of(TypeRoot.INTEGER);
  private static final StateKey BY_K =
      new StateKey(row -> Row.of(row.field(0)), new RowSerializer(List.of(StringSerializer.INSTANCE)));
  private static final RowSerializer INPUT = RowSerializer.of(new RowType(List.of(
      new Column("k", DataType.string()), new Column("v", INT), new Column("ts", DataType.of(TypeRoot.BIGINT)))));

  @Test
  void rowsWaitForTheWatermarkAndComeOutInTimeOrder() throws Exception {
    try (KeyedOperatorHarness harness = open(new OverFrame(true, 1))) {
      assertThat(harness.process(in("a", 3, 30), in("a", 1, 10), in("a", 2, 20))).isEmpty();
      assertThat(harness.watermark(20)).containsExactly(out("a", 1, 10, 1L, 1), out("a", 2, 20, 2L, 3));
      assertThat(harness.watermark(30)).containsExactly(out("a", 3, 30, 2L, 5));
    }
  }

  @Test
  void aRangeFrameGivesPeersOneResultAndForgetsAnIdlePartition() throws Exception {
    try (KeyedOperatorHarness harness = open(new OverFrame(false, 10))) {
      harness.process(in("a", 1, 0), in("a", 2, 5), in("a", 4, 15), in("a", 8, 15), in("b", 16, 15));
      assertThat(harness.watermark(100)).containsExactly(out("a", 1, 0, 1L, 1), out("a", 2, 5, 2L, 3),
          out("a", 4, 15, 3L, 14), out("a", 8, 15, 3L, 14), out("b", 16, 15, 1L, 16));
      assertThat(harness.stateEntries()).isZero();
      assertThat(harness.pendingTimers()).isZero();
    }
  }

  @Test
  void anUnboundedFrameKeepsOnlyTheAccumulator() throws Exception {
    try (KeyedOperatorHarness harness = open(new OverFrame(true, OverFrame.UNBOUNDED))) {
      harness.process(in("a", 1, 0), in("a", 2, 5), in("a", 4, 7));
      assertThat(harness.watermark(10)).containsExactly(out("a", 1, 0, 1L, 1), out("a", 2, 5, 2L, 3),
          out("a", 4, 7, 3L, 7));
      assertThat(harness.stateEntries()).isOne();
    }
  }

  @Test
  void lateRowsAreDroppedAndCounted() throws Exception {
    try (KeyedOperatorHarness harness = open(new OverFrame(true, 1))) {
      harness.watermark(10);
      harness.process(in("a", 1, 10), in("a", 2, 11));
      assertThat(harness.counter(OperatorMetrics.LATE_ROWS_DROPPED)).isOne();
      assertThat(harness.watermark(20)).containsExactly(out("a", 2, 11, 1L, 2));
    }
  }

  @Test
  void goesOnFromRestoredStateAndTimersInAFreshOperator() throws Exception {
    OverFrame frame = new OverFrame(true, 1);
    byte[] snapshot;
    try (KeyedOperatorHarness harness = open(frame)) {
      harness.process(in("a", 1, 0), in("a", 2, 5), in("a", 4, 9));
      harness.watermark(5);
      snapshot = harness.snapshot();
    }
    try (KeyedOperatorHarness restored = KeyedOperatorHarness.restore(operator(frame), BY_K, snapshot)) {
      restored.process(in("a", 8, 7));
      assertThat(restored.watermark(Long.MAX_VALUE)).containsExactly(out("a", 8, 7, 2L, 10), out("a", 4, 9, 2L, 12));
    }
  }

  private static KeyedOperatorHarness open(OverFrame frame) throws Exception {
    return KeyedOperatorHarness.open(operator(frame), BY_K);
  }

  private static OverAggregateOperator operator(OverFrame frame) {
    return new OverAggregateOperator(2, frame, List.of(new CountAggregator(-1), new SumAggregator(1, INT, false)),
        INPUT);
  }

  private static Row in(String k, int v, long ts) {
    return Row.of(k, v, ts);
  }

  private static Row out(String k, int v, long ts, long count, int sum) {
    return Row.of(k, v, ts, count, sum);
  }
}
