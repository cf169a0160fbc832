package io.sluice.executor.operators.aggregate;

import static io.sluice.common.RowKind.DELETE;
import static io.sluice.common.RowKind.INSERT;
import static io.sluice.common.RowKind.UPDATE_AFTER;
import static io.sluice.common.RowKind.UPDATE_BEFORE;
import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import io.sluice.executor.graph.StateKey;
import io.sluice.executor.testing.KeyedOperatorHarness;
import io.sluice.state.serde.RowSerializer;
import io.sluice.state.serde.StringSerializer;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mini-batch and two-phase group aggregation over rows {@code (k STRING, v INT)}, grouped by k, computing
 * {@code COUNT(*), SUM(v)}: one change per group and bundle, bundles applied when full, when their latency is
 * up, before a barrier and at the end; local partial accumulators merged by the global operator.
 */
class MiniBatchGroupAggregateOperatorTest {
  private static final DataType INT = DataType.of(TypeRoot.INTEGER);
  private static final StateKey BY_K =
      new StateKey(row -> Row.of(row.field(0)), new RowSerializer(List.of(StringSerializer.INSTANCE)));
  private static final MiniBatch FOUR_ROWS_OR_ONE_SECOND = new MiniBatch(Duration.ofSeconds(1), 4);

  @Test
  void aFullBundleEmitsOneChangePerGroup() throws Exception {
    try (KeyedOperatorHarness harness = KeyedOperatorHarness.open(miniBatch(), BY_K)) {
      assertThat(harness.process(row(INSERT, "a", 1), row(INSERT, "a", 2), row(INSERT, "b", 5))).isEmpty();
      assertThat(harness.process(row(INSERT, "a", 3)))
          .containsExactly(row(INSERT, "a", 3L, 6), row(INSERT, "b", 1L, 5));
      assertThat(harness.process(row(INSERT, "a", 4), row(UPDATE_BEFORE, "b", 5), row(UPDATE_AFTER, "b", 7)))
          .isEmpty();
      assertThat(harness.advanceProcessingTime(1000)).as("the bundle's latency is up").containsExactly(
          row(UPDATE_BEFORE, "a", 3L, 6), row(UPDATE_AFTER, "a", 4L, 10),
          row(UPDATE_BEFORE, "b", 1L, 5), row(UPDATE_AFTER, "b", 1L, 7));
      harness.process(row(DELETE, "b", 7));
      assertThat(harness.endInput()).containsExactly(row(DELETE, "b", 1L, 7));
      assertThat(harness.stateEntries()).as("a's accumulator").isOne();
    }
  }

  @Test
  void theBundleIsAppliedBeforeABarrierSoTheSnapshotHoldsIt() throws Exception {
    byte[] snapshot;
    try (KeyedOperatorHarness harness = KeyedOperatorHarness.open(miniBatch(), BY_K)) {
      harness.process(row(INSERT, "a", 1), row(INSERT, "a", 2));
      assertThat(harness.prepareSnapshotPreBarrier(1)).containsExactly(row(INSERT, "a", 2L, 3));
      snapshot = harness.snapshot();
    }
    try (KeyedOperatorHarness restored = KeyedOperatorHarness.restore(miniBatch(), BY_K, snapshot)) {
      restored.process(row(INSERT, "a", 4));
      assertThat(restored.watermark(10))
          .containsExactly(row(UPDATE_BEFORE, "a", 2L, 3), row(UPDATE_AFTER, "a", 3L, 7));
      assertThat(restored.emittedWatermarks()).containsExactly(10L);
    }
  }

  @Test
  void localPartialsWithRetractionsMergeIntoTheGlobalState() throws Exception {
    LocalGroupAggregateOperator local =
        new LocalGroupAggregateOperator(new int[] {0}, aggregators(), new MiniBatch(Duration.ofSeconds(1), 100));
    List<Row> partials;
    try (KeyedOperatorHarness harness = KeyedOperatorHarness.open(local, BY_K)) {
      // b's 5 is replaced by 7: a partial with no net rows but a sum of 2.
      harness.process(row(INSERT, "a", 1), row(INSERT, "a", 2), row(INSERT, "b", 5));
      partials = harness.prepareSnapshotPreBarrier(1);
      harness.process(row(UPDATE_AFTER, "b", 7), row(UPDATE_BEFORE, "b", 5), row(INSERT, "a", 3));
      partials = concat(partials, harness.endInput());
    }
    assertThat(partials).hasSize(4);
    GlobalGroupAggregateOperator global =
        new GlobalGroupAggregateOperator(1, aggregators(), true, new MiniBatch(Duration.ofSeconds(1), 2));
    try (KeyedOperatorHarness harness = KeyedOperatorHarness.open(global, BY_K)) {
      List<Row> changes = harness.process(partials.toArray(Row[]::new));
      changes = concat(changes, harness.endInput());
      assertThat(changes).containsExactly(
          row(INSERT, "a", 2L, 3), row(INSERT, "b", 1L, 5),
          row(UPDATE_BEFORE, "b", 1L, 5), row(UPDATE_AFTER, "b", 1L, 7),
          row(UPDATE_BEFORE, "a", 2L, 3), row(UPDATE_AFTER, "a", 3L, 6));
    }
  }

  private static MiniBatchGroupAggregateOperator miniBatch() {
    return new MiniBatchGroupAggregateOperator(new int[] {0}, aggregators(), true, FOUR_ROWS_OR_ONE_SECOND);
  }

  private static List<Aggregator> aggregators() {
    return List.of(new CountAggregator(-1), new SumAggregator(1, INT, false));
  }

  private static List<Row> concat(List<Row> first, List<Row> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }

  private static Row row(RowKind kind, Object... fields) {
    return Row.ofKind(kind, fields);
  }
}
