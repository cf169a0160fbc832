package io.sluice.executor.operators.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.Row;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import io.sluice.executor.api.OperatorMetrics;
import io.sluice.executor.graph.StateKey;
import io.sluice.executor.operators.aggregate.Aggregator;
import io.sluice.executor.operators.aggregate.CountAggregator;
import io.sluice.executor.operators.aggregate.DistinctAggregator;
import io.sluice.executor.operators.aggregate.FilteredAggregator;
import io.sluice.executor.operators.aggregate.MinMaxAggregator;
import io.sluice.executor.operators.aggregate.SumAggregator;
import io.sluice.executor.testing.KeyedOperatorHarness;
import io.sluice.state.serde.RowSerializer;
import io.sluice.state.serde.StringSerializer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Input rows are {@code (k STRING, v INT, ts BIGINT, big BOOLEAN)}, keyed by k; output rows are
 * {@code (k, window_start, window_end, COUNT(*), SUM(v), MIN(v), MAX(v), COUNT(*) FILTER (WHERE big))}. The
 * unsliced {@link WindowAggregateOperator} is the oracle: both must emit the same rows.
 */
class SlicingWindowAggregateOperatorTest {
  private static final DataType INT = DataType.of(TypeRoot.INTEGER);
  private static final StateKey BY_K =
      new StateKey(row -> Row.of(row.field(0)), new RowSerializer(List.of(StringSerializer.INSTANCE)));
  private static final WindowOutput K_START_END = new WindowOutput(
      new int[] {0, WindowOutput.WINDOW_START, WindowOutput.WINDOW_END});

  @Test
  void hoppingWindowsAreMergedFromTheirSlices() throws Exception {
    try (KeyedOperatorHarness harness = open(new Slicing.Hopping(10, 5, 0))) {
      harness.process(in("a", 1, 7), in("a", 2, 12), in("a", 4, 3));
      assertThat(harness.watermark(Long.MAX_VALUE)).containsExactly(out("a", -5, 5, 1L, 4, 4, 4),
          out("a", 0, 10, 2L, 5, 1, 4), out("a", 5, 15, 2L, 3, 1, 2), out("a", 10, 20, 1L, 2, 2, 2));
    }
  }

  @Test
  void cumulativeWindowsEmitTheGrowingTotals() throws Exception {
    try (KeyedOperatorHarness harness = open(new Slicing.Cumulative(30, 10, 0))) {
      harness.process(in("a", 1, 3), in("a", 2, 15), in("a", 4, 27));
      assertThat(harness.watermark(9)).containsExactly(out("a", 0, 10, 1L, 1, 1, 1));
      assertThat(harness.watermark(19)).containsExactly(out("a", 0, 20, 2L, 3, 1, 2));
      assertThat(harness.watermark(29)).containsExactly(out("a", 0, 30, 3L, 7, 1, 4));
    }
  }

  @Test
  void everySliceAndTimerIsFreedOnceItsLastWindowHasFired() throws Exception {
    try (KeyedOperatorHarness harness = open(new Slicing.Hopping(30, 10, 0))) {
      harness.process(in("a", 1, 3), in("a", 2, 5), in("b", 3, 14), in("a", 4, 25));
      assertThat(harness.stateEntries()).as("one accumulator per key and slice").isEqualTo(3);
      harness.watermark(29);
      assertThat(harness.stateEntries()).as("a's first slice served its last window, [0, 30)").isEqualTo(2);
      harness.watermark(Long.MAX_VALUE);
      assertThat(harness.stateEntries()).isZero();
      assertThat(harness.pendingTimers()).isZero();
    }
  }

  @Test
  void lateRowsAreDroppedAndCounted() throws Exception {
    try (KeyedOperatorHarness harness = open(new Slicing.Hopping(10, 5, 0))) {
      harness.process(in("a", 1, 15));
      harness.watermark(12);
      assertThat(harness.process(in("a", 2, 12), in("a", 4, 5), in("a", 8, 13))).isEmpty();
      assertThat(harness.counter(OperatorMetrics.LATE_ROWS_DROPPED)).isEqualTo(2);
      assertThat(harness.watermark(Long.MAX_VALUE)).containsExactly(out("a", 5, 15, 1L, 8, 8, 8),
          out("a", 10, 20, 2L, 9, 1, 8), out("a", 15, 25, 1L, 1, 1, 1));
    }
  }

  @Test
  void goesOnFromRestoredStateAndTimersInAFreshOperator() throws Exception {
    Slicing slicing = new Slicing.Hopping(10, 5, 0);
    byte[] snapshot;
    try (KeyedOperatorHarness harness = open(slicing)) {
      harness.process(in("a", 1, 3), in("b", 2, 13), in("a", 5, 8));
      assertThat(harness.watermark(9))
          .containsExactly(out("a", -5, 5, 1L, 1, 1, 1), out("a", 0, 10, 2L, 6, 1, 5));
      snapshot = harness.snapshot();
    }
    try (KeyedOperatorHarness restored = KeyedOperatorHarness.restore(sliced(slicing), BY_K, snapshot)) {
      restored.process(in("a", 4, 11), in("a", 7, 1));
      assertThat(restored.counter(OperatorMetrics.LATE_ROWS_DROPPED)).as("the watermark was restored").isOne();
      assertThat(restored.watermark(Long.MAX_VALUE)).containsExactlyInAnyOrder(
          out("a", 5, 15, 2L, 9, 4, 5), out("a", 10, 20, 1L, 4, 4, 4),
          out("b", 5, 15, 1L, 2, 2, 2), out("b", 10, 20, 1L, 2, 2, 2));
      assertThat(restored.stateEntries()).isZero();
    }
  }

  @Test
  void emitsWhatTheUnslicedOperatorEmitsForOutOfOrderAndLateRows() throws Exception {
    List<WindowAssigner> assigners = List.of(new WindowAssigner.Hopping(40, 10, 0),
        new WindowAssigner.Hopping(30, 15, 7), new WindowAssigner.Cumulative(40, 10, 0),
        new WindowAssigner.Cumulative(30, 5, 3));
    Random random = new Random(42);
    for (WindowAssigner assigner : assigners) {
      Slicing slicing = Slicing.of(assigner).orElseThrow();
      try (KeyedOperatorHarness sliced = KeyedOperatorHarness.open(sliced(slicing), BY_K);
          KeyedOperatorHarness unsliced = KeyedOperatorHarness.open(new WindowAggregateOperator(
              new Windowing.TimeAttribute(assigner, 2), aggregators(), K_START_END), BY_K)) {
        long watermark = -1;
        for (int step = 0; step < 300; step++) {
          // Times up to 30 ms behind the watermark: out of order, and some late.
          Row row = in(String.valueOf((char) ('a' + random.nextInt(4))), random.nextInt(100) - 50,
              watermark - 30 + random.nextInt(60));
          assertThat(sliced.process(row)).isEqualTo(unsliced.process(row)).isEmpty();
          if (random.nextInt(10) == 0) {
            watermark += random.nextInt(25);
            assertThat(sliced.watermark(watermark))
                .as("%s at watermark %d", assigner, watermark)
                .containsExactlyInAnyOrderElementsOf(unsliced.watermark(watermark));
          }
        }
        assertThat(sliced.watermark(Long.MAX_VALUE)).containsExactlyInAnyOrderElementsOf(
            unsliced.watermark(Long.MAX_VALUE));
        assertThat(sliced.counter(OperatorMetrics.LATE_ROWS_DROPPED))
            .isEqualTo(unsliced.counter(OperatorMetrics.LATE_ROWS_DROPPED)).isPositive();
        assertThat(sliced.stateEntries()).isZero();
      }
    }
  }

  @Test
  void onlyHopsOfAWholeNumberOfSlidesAndCumulativeWindowsShareSlices() {
    assertThat(Slicing.of(new WindowAssigner.Hopping(10, 4, 0))).isEmpty();
    assertThat(Slicing.of(new WindowAssigner.Tumbling(10, 0))).isEmpty();
    assertThat(Slicing.of(new WindowAssigner.Hopping(10, 5, 0))).contains(new Slicing.Hopping(10, 5, 0));
    assertThatThrownBy(() -> new SlicingWindowAggregateOperator(new Slicing.Hopping(10, 5, 0), 2,
        List.of(new DistinctAggregator(new CountAggregator(1), 1, INT)), K_START_END))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static KeyedOperatorHarness open(Slicing slicing) throws Exception {
    return KeyedOperatorHarness.open(sliced(slicing), BY_K);
  }

  private static SlicingWindowAggregateOperator sliced(Slicing slicing) {
    return new SlicingWindowAggregateOperator(slicing, 2, aggregators(), K_START_END);
  }

  private static List<Aggregator> aggregators() {
    List<Aggregator> aggregators = new ArrayList<>();
    aggregators.add(new CountAggregator(-1));
    aggregators.add(new SumAggregator(1, INT, false));
    aggregators.add(MinMaxAggregator.min(1, INT));
    aggregators.add(MinMaxAggregator.max(1, INT));
    aggregators.add(new FilteredAggregator(new CountAggregator(-1), 3));
    return aggregators;
  }

  /** A row whose {@code big} is true when v is above 10. */
  private static Row in(String k, int v, long ts) {
    return Row.of(k, v, ts, v > 10);
  }

  private static Row out(String k, long start, long end, long count, int sum, int min, int max) {
    long big = 0;
    return Row.of(k, start, end, count, sum, min, max, big);
  }
}
