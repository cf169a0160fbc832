package io.sluice.executor.operators.window;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import io.sluice.executor.api.OperatorMetrics;
import io.sluice.executor.graph.StateKey;
import io.sluice.executor.operators.aggregate.Aggregator;
import io.sluice.executor.operators.aggregate.CountAggregator;
import io.sluice.executor.operators.aggregate.DistinctAggregator;
import io.sluice.executor.operators.aggregate.SumAggregator;
import io.sluice.executor.testing.KeyedOperatorHarness;
import io.sluice.state.serde.RowSerializer;
import io.sluice.state.serde.StringSerializer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Input rows are {@code (k STRING, v INT, ts BIGINT)}, keyed by k; output rows are
 * {@code (k, window_start, window_end, COUNT(*), SUM(v))}.
 */
class WindowAggregateOperatorTest {
  private static final DataType INT = DataType.of(TypeRoot.INTEGER);
  private static final StateKey BY_K =
      new StateKey(row -> Row.of(row.field(0)), new RowSerializer(List.of(StringSerializer.INSTANCE)));
  private static final WindowOutput K_START_END = new WindowOutput(
      new int[] {0, WindowOutput.WINDOW_START, WindowOutput.WINDOW_END});

  @Test
  void tumblingWindowsFireOnceTheWatermarkPassesTheirEnd() throws Exception {
    try (KeyedOperatorHarness harness = open(new WindowAssigner.Tumbling(10, 0))) {
      assertThat(harness.process(in("a", 1, 3), in("a", 2, 12), in("b", 5, 9), in("a", 4, 7))).isEmpty();
      assertThat(harness.watermark(8)).isEmpty();
      assertThat(harness.watermark(9)).containsExactly(out("a", 0, 10, 2L, 5), out("b", 0, 10, 1L, 5));
      assertThat(harness.watermark(100)).containsExactly(out("a", 10, 20, 1L, 2));
      assertThat(harness.emittedWatermarks()).containsExactly(8L, 9L, 100L);
    }
  }

  @Test
  void stateIsClearedWhenEveryWindowHasFired() throws Exception {
    try (KeyedOperatorHarness harness = open(new WindowAssigner.Tumbling(10, 0))) {
      harness.process(in("a", 1, 3), in("b", 2, 13), in("c", 3, 25));
      assertThat(harness.stateEntries()).isEqualTo(3);
      assertThat(harness.pendingTimers()).isEqualTo(3);
      harness.watermark(Long.MAX_VALUE);
      assertThat(harness.stateEntries()).isZero();
      assertThat(harness.pendingTimers()).isZero();
    }
  }

  @Test
  void hoppingWindowsCountARowInEveryWindowItFallsIn() throws Exception {
    try (KeyedOperatorHarness harness = open(new WindowAssigner.Hopping(10, 5, 0))) {
      harness.process(in("a", 1, 7), in("a", 2, 12));
      assertThat(harness.watermark(Long.MAX_VALUE)).containsExactly(
          out("a", 0, 10, 1L, 1), out("a", 5, 15, 2L, 3), out("a", 10, 20, 1L, 2));
    }
  }

  @Test
  void cumulativeWindowsEmitTheGrowingTotals() throws Exception {
    try (KeyedOperatorHarness harness = open(new WindowAssigner.Cumulative(30, 10, 0))) {
      harness.process(in("a", 1, 3), in("a", 2, 15), in("a", 4, 27));
      assertThat(harness.watermark(9)).containsExactly(out("a", 0, 10, 1L, 1));
      assertThat(harness.watermark(19)).containsExactly(out("a", 0, 20, 2L, 3));
      assertThat(harness.watermark(29)).containsExactly(out("a", 0, 30, 3L, 7));
      assertThat(harness.stateEntries()).isZero();
    }
  }

  @Test
  void lateRowsAreDroppedAndCounted() throws Exception {
    try (KeyedOperatorHarness harness = open(new WindowAssigner.Tumbling(10, 0))) {
      harness.process(in("a", 1, 15));
      harness.watermark(12);
      assertThat(harness.process(in("a", 2, 12), in("a", 4, 5), in("a", 8, 13))).isEmpty();
      assertThat(harness.counter(OperatorMetrics.LATE_ROWS_DROPPED)).isEqualTo(2);
      assertThat(harness.watermark(19)).containsExactly(out("a", 10, 20, 2L, 9));
    }
  }

  @Test
  void distinctStateIsKeptPerWindowAndCleared() throws Exception {
    WindowOutput layout = new WindowOutput(new int[] {WindowOutput.WINDOW_START, 0});
    try (KeyedOperatorHarness harness = KeyedOperatorHarness.open(new WindowAggregateOperator(
        new Windowing.TimeAttribute(new WindowAssigner.Tumbling(10, 0), 2),
        List.of(new DistinctAggregator(new CountAggregator(1), 1, INT)), layout), BY_K)) {
      harness.process(in("a", 1, 1), in("a", 1, 2), in("a", 1, 11), in("a", 2, 12));
      assertThat(harness.watermark(Long.MAX_VALUE)).containsExactly(Row.of(0L, "a", 1L), Row.of(10L, "a", 2L));
      assertThat(harness.stateEntries()).isZero();
    }
  }

  @Test
  void attachedWindowsAreReadFromTheRow() throws Exception {
    // Rows (k, v, window_start, window_end) from a window table function upstream.
    try (KeyedOperatorHarness harness = KeyedOperatorHarness.open(new WindowAggregateOperator(
        new Windowing.Attached(2, 3), aggregators(), K_START_END), BY_K)) {
      harness.process(Row.of("a", 1, 0L, 10L), Row.of("a", 2, 0L, 10L), Row.of("a", 3, 10L, 20L));
      assertThat(harness.watermark(9)).containsExactly(out("a", 0, 10, 2L, 3));
      harness.process(Row.of("a", 5, 0L, 10L));
      assertThat(harness.counter(OperatorMetrics.LATE_ROWS_DROPPED)).as("its window has fired").isEqualTo(1);
    }
  }

  @Test
  void goesOnFromRestoredStateAndTimersInAFreshOperator() throws Exception {
    byte[] snapshot;
    try (KeyedOperatorHarness harness = open(new WindowAssigner.Tumbling(10, 0))) {
      harness.process(in("a", 1, 3), in("b", 2, 13));
      harness.watermark(2);
      snapshot = harness.snapshot();
    }
    try (KeyedOperatorHarness restored = KeyedOperatorHarness.restore(operator(
        new WindowAssigner.Tumbling(10, 0)), BY_K, snapshot)) {
      restored.process(in("a", 4, 5), in("a", 7, 1));
      assertThat(restored.counter(OperatorMetrics.LATE_ROWS_DROPPED)).as("the watermark was restored").isOne();
      assertThat(restored.watermark(Long.MAX_VALUE))
          .containsExactly(out("a", 0, 10, 2L, 5), out("b", 10, 20, 1L, 2));
    }
  }

  private static KeyedOperatorHarness open(WindowAssigner assigner) throws Exception {
    return KeyedOperatorHarness.open(operator(assigner), BY_K);
  }

  private static WindowAggregateOperator operator(WindowAssigner assigner) {
    return new WindowAggregateOperator(new Windowing.TimeAttribute(assigner, 2), aggregators(), K_START_END);
  }

  private static List<Aggregator> aggregators() {
    return List.of(new CountAggregator(-1), new SumAggregator(1, INT, false));
  }

  private static Row in(String k, int v, long ts) {
    return Row.of(k, v, ts);
  }

  private static Row out(String k, long start, long end, long count, int sum) {
    return Row.of(k, start, end, count, sum);
  }
}
