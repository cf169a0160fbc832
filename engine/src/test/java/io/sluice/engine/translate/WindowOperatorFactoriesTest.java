package io.sluice.engine.translate;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import io.sluice.executor.operators.window.SlicingWindowAggregateOperator;
import io.sluice.executor.operators.window.WindowAggregateOperator;
import io.sluice.planner.plan.AggregateCall;
import io.sluice.planner.plan.AggregateKind;
import io.sluice.planner.plan.ValuesNode;
import io.sluice.planner.plan.WindowAggregateNode;
import io.sluice.planner.plan.WindowSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which operator runs a window aggregation over {@code (k BIGINT, v BIGINT, ok BOOLEAN, ts BIGINT)}, grouped by k
 * and the window: slices when windows share them and every aggregate merges, else one accumulator per window.
 */
class WindowOperatorFactoriesTest {
  private static final DataType BIGINT = DataType.of(TypeRoot.BIGINT);
  private static final RowType INPUT = RowType.of(new Column("k", BIGINT), new Column("v", BIGINT),
      new Column("ok", DataType.of(TypeRoot.BOOLEAN)), new Column("ts", BIGINT));
  private static final AggregateCall COUNT = call(AggregateKind.COUNT, List.of(), false, -1);
  private static final AggregateCall MAX_IF_OK = call(AggregateKind.MAX, List.of(1), false, 2);
  private static final AggregateCall SUM = call(AggregateKind.SUM, List.of(1), false, -1);

  @Test
  void hopAndCumulateWindowsOfWholeSlicesWithMergingAggregatesAreSliced() {
    assertThat(operator(hop(10_000, 2_000), 3, COUNT, MAX_IF_OK, SUM))
        .isInstanceOf(SlicingWindowAggregateOperator.class);
    assertThat(operator(new WindowSpec(WindowSpec.Kind.CUMULATE, 60_000, 10_000, 0), 3, COUNT, MAX_IF_OK))
        .isInstanceOf(SlicingWindowAggregateOperator.class);
  }

  @Test
  void otherWindowAggregationsKeepOneAccumulatorPerWindow() {
    assertThat(operator(hop(10_000, 4_000), 3, COUNT)).as("a size that is not a multiple of the slide")
        .isInstanceOf(WindowAggregateOperator.class);
    assertThat(operator(hop(10_000, 2_000), 3, COUNT, call(AggregateKind.COUNT, List.of(1), true, -1)))
        .as("DISTINCT").isInstanceOf(WindowAggregateOperator.class);
    assertThat(operator(hop(10_000, 2_000), 3, call(AggregateKind.LAST_VALUE, List.of(1), false, -1)))
        .as("arrival order").isInstanceOf(WindowAggregateOperator.class);
    assertThat(operator(new WindowSpec(WindowSpec.Kind.TUMBLE, 10_000, 0, 0), 3, COUNT))
        .isInstanceOf(WindowAggregateOperator.class);
  }

  private static WindowSpec hop(long size, long slide) {
    return new WindowSpec(WindowSpec.Kind.HOP, size, slide, 0);
  }

  private static Object operator(WindowSpec window, int timeField, AggregateCall... calls) {
    List<Column> columns = new ArrayList<>(List.of(new Column("k", BIGINT),
        new Column("window_start", BIGINT)));
    for (AggregateCall call : calls) {
      columns.add(new Column(call.name(), call.resultType()));
    }
    WindowAggregateNode node = new WindowAggregateNode(new ValuesNode(INPUT, List.of()), window, timeField, -1, -1,
        List.of(0), List.of(0, WindowAggregateNode.WINDOW_START), List.of(calls), new RowType(columns));
    return WindowOperatorFactories.windowAggregate(node).create();
  }

  private static AggregateCall call(AggregateKind kind, List<Integer> arguments, boolean distinct, int filter) {
    DataType type = kind == AggregateKind.COUNT ? BIGINT.notNull() : BIGINT;
    return new AggregateCall(kind, arguments, distinct, filter, type, kind.name().toLowerCase() + arguments);
  }
}
