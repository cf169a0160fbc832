package io.sluice.executor.operators.window;

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

/** Input rows are {@code (k STRING, v INT, ts BIGINT)}, sessions per k with a gap of 10. */
class SessionWindowAggregateOperatorTest {
  private static final DataType INT = DataType.of(TypeRoot.INTEGER);
  private static final StateKey BY_K =
      new StateKey(row -> Row.of(row.field(0)), new RowSerializer(List.of(StringSerializer.INSTANCE)));
  private static final RowSerializer INPUT = RowSerializer.of(new RowType(List.of(
      new Column("k", DataType.string()), new Column("v", INT), new Column("ts", DataType.of(TypeRoot.BIGINT)))));

  @Test
  void rowsCloserThanTheGapFormOneSession() throws Exception {
    try (KeyedOperatorHarness harness = open()) {
      harness.process(in("a", 1, 0), in("a", 2, 5), in("b", 7, 3), in("a", 4, 30));
      assertThat(harness.watermark(13)).containsExactly(out("b", 3, 13, 1L, 7));
      assertThat(harness.watermark(14)).containsExactly(out("a", 0, 15, 2L, 3));
      assertThat(harness.watermark(100)).containsExactly(out("a", 30, 40, 1L, 4));
      assertThat(harness.stateEntries()).isZero();
      assertThat(harness.pendingTimers()).isZero();
    }
  }

  @Test
  void aRowBetweenTwoSessionsMergesThem() throws Exception {
    try (KeyedOperatorHarness harness = open()) {
      harness.process(in("a", 1, 0), in("a", 2, 25));
      assertThat(harness.pendingTimers()).isEqualTo(2);
      harness.process(in("a", 4, 8)); // [8, 18) extends [0, 10)
      assertThat(harness.pendingTimers()).isEqualTo(2);
      harness.process(in("a", 8, 17)); // [17, 27) touches [0, 18) and [25, 35)
      assertThat(harness.pendingTimers()).isOne();
      assertThat(harness.watermark(33)).isEmpty();
      assertThat(harness.watermark(34)).containsExactly(out("a", 0, 35, 4L, 15));
      assertThat(harness.stateEntries()).isZero();
    }
  }

  @Test
  void touchingWindowsMerge() throws Exception {
    try (KeyedOperatorHarness harness = open()) {
      harness.process(in("a", 1, 0), in("a", 2, 10));
      assertThat(harness.watermark(Long.MAX_VALUE)).containsExactly(out("a", 0, 20, 2L, 3));
    }
  }

  @Test
  void lateRowsAreDroppedAndCounted() throws Exception {
    try (KeyedOperatorHarness harness = open()) {
      harness.process(in("a", 1, 50));
      harness.watermark(45);
      harness.process(in("a", 2, 45), in("a", 3, 46));
      assertThat(harness.counter(OperatorMetrics.LATE_ROWS_DROPPED)).isOne();
      assertThat(harness.watermark(Long.MAX_VALUE)).containsExactly(out("a", 46, 60, 2L, 4));
    }
  }

  @Test
  void goesOnFromRestoredStateAndTimersInAFreshOperator() throws Exception {
    byte[] snapshot;
    try (KeyedOperatorHarness harness = open()) {
      harness.process(in("a", 1, 0), in("a", 2, 18));
      snapshot = harness.snapshot();
    }
    try (KeyedOperatorHarness restored = KeyedOperatorHarness.restore(operator(), BY_K, snapshot)) {
      restored.process(in("a", 4, 9));
      assertThat(restored.watermark(Long.MAX_VALUE)).containsExactly(out("a", 0, 28, 3L, 7));
    }
  }

  private static KeyedOperatorHarness open() throws Exception {
    return KeyedOperatorHarness.open(operator(), BY_K);
  }

  private static SessionWindowAggregateOperator operator() {
    return new SessionWindowAggregateOperator(2, 10,
        List.of(new CountAggregator(-1), new SumAggregator(1, INT, false)),
        new WindowOutput(new int[] {0, WindowOutput.WINDOW_START, WindowOutput.WINDOW_END}), INPUT);
  }

  private static Row in(String k, int v, long ts) {
    return Row.of(k, v, ts);
  }

  private static Row out(String k, long start, long end, long count, int sum) {
    return Row.of(k, start, end, count, sum);
  }
}
