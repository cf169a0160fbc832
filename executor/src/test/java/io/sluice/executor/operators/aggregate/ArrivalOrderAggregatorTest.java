package io.sluice.executor.operators.aggregate;

import static io.sluice.common.RowKind.DELETE;
import static io.sluice.common.RowKind.INSERT;
import static io.sluice.common.RowKind.UPDATE_AFTER;
import static io.sluice.common.RowKind.UPDATE_BEFORE;
import static io.sluice.executor.operators.aggregate.ArrivalOrderFunction.FIRST_VALUE;
import static io.sluice.executor.operators.aggregate.ArrivalOrderFunction.LAST_VALUE;
import static io.sluice.executor.operators.aggregate.ArrivalOrderFunction.LISTAGG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.types.DataType;
import io.sluice.executor.graph.StateKey;
import io.sluice.executor.testing.KeyedOperatorHarness;
import io.sluice.state.serde.RowSerializer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FIRST_VALUE, LAST_VALUE and LISTAGG over one global group; input rows are {@code (x STRING, separator)}. */
class ArrivalOrderAggregatorTest {
  private static final DataType STRING = DataType.string();
  private static final StateKey GLOBAL = new StateKey(row -> Row.of(), new RowSerializer(List.of()));

  @Test
  void insertOnlyFoldsValuesAsTheyArriveAndSkipsNulls() throws Exception {
    try (KeyedOperatorHarness harness = open(List.of(
        new ArrivalOrderAggregator(FIRST_VALUE, 0, -1, STRING),
        new ArrivalOrderAggregator(LAST_VALUE, 0, -1, STRING),
        new ArrivalOrderAggregator(LISTAGG, 0, -1, STRING),
        new ArrivalOrderAggregator(LISTAGG, 0, 1, STRING)))) {
      harness.process(in(INSERT, "a"), in(INSERT, null), in(INSERT, "b"));
      assertThat(harness.process(in(INSERT, "c"))).last()
          .isEqualTo(Row.ofKind(UPDATE_AFTER, "a", "c", "a,b,c", "a|b|c"));
      assertThatThrownBy(() -> harness.process(in(DELETE, "a"))).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void retractionRemovesTheLatestArrivalOfTheValue() throws Exception {
    try (KeyedOperatorHarness harness = open(List.of(
        new RetractableArrivalOrderAggregator(FIRST_VALUE, 0, -1, STRING, STRING),
        new RetractableArrivalOrderAggregator(LAST_VALUE, 0, -1, STRING, STRING),
        new RetractableArrivalOrderAggregator(LISTAGG, 0, 1, STRING, STRING)))) {
      harness.process(in(INSERT, "a"), in(INSERT, "b"), in(INSERT, "a"));
      assertThat(harness.process(in(UPDATE_BEFORE, "a"))).containsExactly(
          Row.ofKind(UPDATE_BEFORE, "a", "a", "a|b|a"), Row.ofKind(UPDATE_AFTER, "a", "b", "a|b"));
      assertThat(harness.process(in(DELETE, "a"))).containsExactly(
          Row.ofKind(UPDATE_BEFORE, "a", "b", "a|b"), Row.ofKind(UPDATE_AFTER, "b", "b", "b"));
      assertThat(harness.process(in(DELETE, "b"))).containsExactly(Row.ofKind(DELETE, "b", "b", "b"));
      assertThat(harness.stateEntries()).isZero();
    }
  }

  private static KeyedOperatorHarness open(List<Aggregator> aggregators) throws Exception {
    return KeyedOperatorHarness.open(new GroupAggregateOperator(new int[0], aggregators, true), GLOBAL);
  }

  private static Row in(RowKind kind, String x) {
    return Row.ofKind(kind, x, "|");
  }
}
