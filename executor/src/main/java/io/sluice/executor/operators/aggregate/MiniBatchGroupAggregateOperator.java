package io.sluice.executor.operators.aggregate;

import io.sluice.common.Row;
import io.sluice.executor.api.KeyedStateStore;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.operators.StateRetention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link GroupAggregateOperator} that applies its input in bundles (Flink's {@code MiniBatchGroupAggFunction}):
 * rows wait in memory, in arrival order per group, until the bundle is applied ({@link MiniBatchOperator} says
 * when). Then, per group, the accumulator is read from keyed state once, every row of the group folded into it in
 * order, the accumulator written once and one change emitted: the result before the bundle against the result
 * after it. The final results are the per-row operator's; what goes is the intermediate updates (a group that
 * gains ten rows in a bundle emits one {@code -U}/{@code +U}, not ten; one deleted and inserted again within a
 * bundle emits an update), and state is read and written once per group and bundle instead of per row.
 */
public final class MiniBatchGroupAggregateOperator extends MiniBatchOperator {
  private final GroupAccumulatorState group;
  /** The rows of the bundle per group key, groups in order of their first row. */
  private final Map<Object, List<Row>> bundle = new LinkedHashMap<>();
  private KeyedStateStore state;

  /** As {@link GroupAggregateOperator#GroupAggregateOperator}, with when to apply the bundles. */
  public MiniBatchGroupAggregateOperator(
      int[] grouping, List<Aggregator> aggregators, boolean emitUpdateBefore, MiniBatch miniBatch) {
    super(miniBatch);
    this.group = new GroupAccumulatorState(grouping, new Accumulators(aggregators), emitUpdateBefore);
  }

  @Override
  void openBundle(OperatorContext context) {
    state = StateRetention.keyedState(context);
    group.open(state);
  }

  @Override
  void addToBundle(Row row) {
    bundle.computeIfAbsent(state.currentKey(), key -> new ArrayList<>()).add(row);
  }

  @Override
  void applyBundle(Output out) {
    for (Map.Entry<Object, List<Row>> entry : bundle.entrySet()) {
      state.setCurrentKey(entry.getKey());
      Object[] accumulator = group.load();
      Object[] before = group.results(accumulator);
      List<Row> rows = entry.getValue();
      for (Row row : rows) {
        accumulator = group.apply(accumulator, row);
      }
      group.finish(before, accumulator, rows.get(rows.size() - 1), out);
    }
    bundle.clear();
  }
}
