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
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Input rows are {@code (k STRING, v INT, flag BOOLEAN)}, grouped by k unless a test says otherwise. */
class GroupAggregateOperatorTest {
  private static final DataType INT = DataType.of(TypeRoot.INTEGER);
  private static final StateKey BY_K =
      new StateKey(row -> Row.of(row.field(0)), new RowSerializer(List.of(StringSerializer.INSTANCE)));
  private static final StateKey GLOBAL = new StateKey(row -> Row.of(), new RowSerializer(List.of()));

  @Test
  void newGroupInsertsAndChangedResultUpdates() throws Exception {
    try (KeyedOperatorHarness harness = open(() -> List.of(new CountAggregator(-1), sum()))) {
      assertThat(harness.process(in(INSERT, "a", 1))).containsExactly(out(INSERT, "a", 1L, 1));
      assertThat(harness.process(in(INSERT, "a", 2)))
          .containsExactly(out(UPDATE_BEFORE, "a", 1L, 1), out(UPDATE_AFTER, "a", 2L, 3));
      assertThat(harness.process(in(INSERT, "b", 5))).containsExactly(out(INSERT, "b", 1L, 5));
    }
  }

  @Test
  void updatesAreRetractedThenAccumulated() throws Exception {
    try (KeyedOperatorHarness harness = open(() -> List.of(new CountAggregator(-1), sum()))) {
      harness.process(in(INSERT, "a", 1), in(INSERT, "a", 2));
      assertThat(harness.process(in(UPDATE_BEFORE, "a", 2), in(UPDATE_AFTER, "a", 10))).containsExactly(
          out(UPDATE_BEFORE, "a", 2L, 3), out(UPDATE_AFTER, "a", 1L, 1),
          out(UPDATE_BEFORE, "a", 1L, 1), out(UPDATE_AFTER, "a", 2L, 11));
    }
  }

  @Test
  void retractingTheLastRowDeletesTheGroupAndItsState() throws Exception {
    try (KeyedOperatorHarness harness = open(() -> List.of(new CountAggregator(-1),
        RetractableMinMaxAggregator.min(1, INT)))) {
      harness.process(in(INSERT, "a", 4), in(INSERT, "a", 6));
      harness.process(in(DELETE, "a", 4));
      assertThat(harness.process(in(DELETE, "a", 6))).containsExactly(out(DELETE, "a", 1L, 6));
      assertThat(harness.stateEntries()).isZero();
      assertThat(harness.process(in(INSERT, "a", 9))).containsExactly(out(INSERT, "a", 1L, 9));
    }
  }

  @Test
  void unchangedResultEmitsNothing() throws Exception {
    try (KeyedOperatorHarness harness = open(() -> List.of(MinMaxAggregator.max(1, INT)))) {
      harness.process(in(INSERT, "a", 5));
      assertThat(harness.process(in(INSERT, "a", 3), in(INSERT, "a", 5))).isEmpty();
    }
  }

  @Test
  void minAndMaxStayCorrectUnderRetraction() throws Exception {
    try (KeyedOperatorHarness harness = open(() -> List.of(
        RetractableMinMaxAggregator.min(1, INT), RetractableMinMaxAggregator.max(1, INT)))) {
      harness.process(in(INSERT, "a", 3), in(INSERT, "a", 1), in(INSERT, "a", 1), in(INSERT, "a", 7));
      assertThat(harness.process(in(DELETE, "a", 1))).as("one 1 is left").isEmpty();
      assertThat(harness.process(in(DELETE, "a", 1)))
          .containsExactly(out(UPDATE_BEFORE, "a", 1, 7), out(UPDATE_AFTER, "a", 3, 7));
      assertThat(harness.process(in(UPDATE_BEFORE, "a", 7)))
          .containsExactly(out(UPDATE_BEFORE, "a", 3, 7), out(UPDATE_AFTER, "a", 3, 3));
    }
  }

  @Test
  void sumOfNoValuesIsNullAndCountSkipsNulls() throws Exception {
    try (KeyedOperatorHarness harness = open(() -> List.of(new CountAggregator(1), sum()))) {
      assertThat(harness.process(in(INSERT, "a", null))).containsExactly(out(INSERT, "a", 0L, null));
      assertThat(harness.process(in(INSERT, "a", 4)))
          .containsExactly(out(UPDATE_BEFORE, "a", 0L, null), out(UPDATE_AFTER, "a", 1L, 4));
      assertThat(harness.process(in(DELETE, "a", 4)))
          .containsExactly(out(UPDATE_BEFORE, "a", 1L, 4), out(UPDATE_AFTER, "a", 0L, null));
    }
  }

  @Test
  void sumOfDoublesIsExactlyEmptyAfterRetractingEverything() throws Exception {
    DataType dbl = DataType.of(TypeRoot.DOUBLE);
    try (KeyedOperatorHarness harness = open(() -> List.of(new SumAggregator(1, dbl, true)))) {
      harness.process(in(INSERT, "a", 0.1), in(INSERT, "a", 0.2), in(INSERT, "a", null));
      harness.process(in(DELETE, "a", 0.1));
      // (0.1 + 0.2) - 0.1 - 0.2 would be 2.8e-17.
      assertThat(harness.process(in(DELETE, "a", 0.2)).get(1)).isEqualTo(out(UPDATE_AFTER, "a", 0.0));
    }
  }

  @Test
  void decimalSumKeepsItsScale() throws Exception {
    DataType decimal = DataType.of(TypeRoot.DECIMAL, 38, 2);
    try (KeyedOperatorHarness harness = open(() -> List.of(new SumAggregator(1, decimal, true)))) {
      harness.process(in(INSERT, "a", new BigDecimal("1.25")));
      assertThat(harness.process(in(INSERT, "a", new BigDecimal("2.50"))).get(1))
          .isEqualTo(out(UPDATE_AFTER, "a", new BigDecimal("3.75")));
    }
  }

  @Test
  void distinctCountsEachValueOnceUntilItsLastRowIsRetracted() throws Exception {
    try (KeyedOperatorHarness harness =
        open(() -> List.of(new DistinctAggregator(new CountAggregator(1), 1, INT)))) {
      harness.process(in(INSERT, "a", 1), in(INSERT, "a", 1), in(INSERT, "a", null));
      assertThat(harness.process(in(INSERT, "a", 2)))
          .containsExactly(out(UPDATE_BEFORE, "a", 1L), out(UPDATE_AFTER, "a", 2L));
      assertThat(harness.process(in(DELETE, "a", 1))).isEmpty();
      assertThat(harness.process(in(DELETE, "a", 1)))
          .containsExactly(out(UPDATE_BEFORE, "a", 2L), out(UPDATE_AFTER, "a", 1L));
    }
  }

  @Test
  void filterPassesOnlyRowsWhoseConditionIsTrue() throws Exception {
    try (KeyedOperatorHarness harness =
        open(() -> List.of(new CountAggregator(-1), new FilteredAggregator(new CountAggregator(-1), 2)))) {
      assertThat(harness.process(in(INSERT, "a", 1, true), in(INSERT, "a", 2, null), in(INSERT, "a", 3, false)))
          .containsExactly(out(INSERT, "a", 1L, 1L),
              out(UPDATE_BEFORE, "a", 1L, 1L), out(UPDATE_AFTER, "a", 2L, 1L),
              out(UPDATE_BEFORE, "a", 2L, 1L), out(UPDATE_AFTER, "a", 3L, 1L));
      assertThat(harness.process(in(DELETE, "a", 1, true)))
          .containsExactly(out(UPDATE_BEFORE, "a", 3L, 1L), out(UPDATE_AFTER, "a", 2L, 0L));
    }
  }

  @Test
  void upsertModeEmitsNoUpdateBefore() throws Exception {
    StateKey key = BY_K;
    try (KeyedOperatorHarness harness = KeyedOperatorHarness.open(
        new GroupAggregateOperator(new int[] {0}, List.of(new CountAggregator(-1)), false), key)) {
      harness.process(in(INSERT, "a", 1));
      assertThat(harness.process(in(INSERT, "a", 2))).containsExactly(out(UPDATE_AFTER, "a", 2L));
      assertThat(harness.process(in(DELETE, "a", 2), in(DELETE, "a", 1)))
          .containsExactly(out(UPDATE_AFTER, "a", 1L), out(DELETE, "a", 1L));
    }
  }

  @Test
  void retractionOfAGroupItNeverSawIsIgnored() throws Exception {
    try (KeyedOperatorHarness harness = open(() -> List.of(new CountAggregator(-1)))) {
      assertThat(harness.process(in(DELETE, "x", 1), in(UPDATE_BEFORE, "x", 1))).isEmpty();
      assertThat(harness.stateEntries()).isZero();
    }
  }

  @Test
  void globalAggregateHasOneGroupWithoutKeyFields() throws Exception {
    try (KeyedOperatorHarness harness = KeyedOperatorHarness.open(
        new GroupAggregateOperator(new int[0], List.of(new CountAggregator(-1)), true), GLOBAL)) {
      assertThat(harness.process(in(INSERT, "a", 1), in(INSERT, "b", 2))).containsExactly(
          Row.ofKind(INSERT, 1L), Row.ofKind(UPDATE_BEFORE, 1L), Row.ofKind(UPDATE_AFTER, 2L));
    }
  }

  @Test
  void goesOnFromRestoredStateInAFreshOperator() throws Exception {
    Supplier<List<Aggregator>> aggregators = () -> List.of(new CountAggregator(-1),
        RetractableMinMaxAggregator.max(1, INT), new DistinctAggregator(new CountAggregator(1), 1, INT));
    byte[] snapshot;
    try (KeyedOperatorHarness harness = open(aggregators)) {
      harness.process(in(INSERT, "a", 5), in(INSERT, "a", 9), in(INSERT, "a", 5), in(INSERT, "b", 1));
      snapshot = harness.snapshot();
    }
    try (KeyedOperatorHarness restored = KeyedOperatorHarness.restore(
        new GroupAggregateOperator(new int[] {0}, aggregators.get(), true), BY_K, snapshot)) {
      assertThat(restored.process(in(DELETE, "a", 9))).containsExactly(
          out(UPDATE_BEFORE, "a", 3L, 9, 2L), out(UPDATE_AFTER, "a", 2L, 5, 1L));
      assertThat(restored.process(in(DELETE, "b", 1))).containsExactly(out(DELETE, "b", 1L, 1, 1L));
    }
  }

  private static KeyedOperatorHarness open(Supplier<List<Aggregator>> aggregators) throws Exception {
    return KeyedOperatorHarness.open(new GroupAggregateOperator(new int[] {0}, aggregators.get(), true), BY_K);
  }

  private static SumAggregator sum() {
    return new SumAggregator(1, INT, false);
  }

  private static Row in(RowKind kind, String k, Object v) {
    return Row.ofKind(kind, k, v, null);
  }

  private static Row in(RowKind kind, String k, Object v, Boolean flag) {
    return Row.ofKind(kind, k, v, flag);
  }

  private static Row out(RowKind kind, Object... fields) {
    return Row.ofKind(kind, fields);
  }
}
