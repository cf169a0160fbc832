package io.sluice.executor.operators.aggregate;

import io.sluice.common.Row;
import io.sluice.executor.api.KeyedStateStore;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.operators.StateRetention;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The second half of a two-phase group aggregation (Flink's {@code MiniBatchGlobalGroupAggFunction}): a keyed
 * operator after the shuffle whose input rows are the partial accumulators of {@link LocalGroupAggregateOperator}s
 * (the group's fields, then the accumulator). It merges the partial accumulators of a group in memory during a
 * bundle and, when the bundle is applied, merges them into the group's accumulator in keyed state, once per group,
 * emitting the change as {@link GroupAggregateOperator} does (same state layout, same changelog).
 */
public final class GlobalGroupAggregateOperator extends MiniBatchOperator {
  private final int groupFields;
  private final Accumulators accumulators;
  private final GroupAccumulatorState group;
  /** Per group key: the first partial row (for the group's fields) and the partial accumulators merged. */
  private final Map<Object, Pending> bundle = new LinkedHashMap<>();
  private KeyedStateStore state;

  private record Pending(Row source, Object[] merged) {}

  /**
   * @param groupFields how many fields of the group start each input row (and each output row)
   * @param aggregators fresh instances of the aggregators the local operators use, used by this instance only
   */
  public GlobalGroupAggregateOperator(
      int groupFields, List<Aggregator> aggregators, boolean emitUpdateBefore, MiniBatch miniBatch) {
    super(miniBatch);
    this.groupFields = groupFields;
    this.accumulators = new Accumulators(aggregators);
    int[] grouping = new int[groupFields];
    Arrays.setAll(grouping, i -> i);
    this.group = new GroupAccumulatorState(grouping, accumulators, emitUpdateBefore);
  }

  @Override
  void openBundle(OperatorContext context) {
    state = StateRetention.keyedState(context);
    group.open(state);
  }

  @Override
  void addToBundle(Row row) {
    Object[] partial = Arrays.copyOfRange(row.fields(), groupFields, row.arity());
    Pending pending = bundle.get(state.currentKey());
    if (pending == null) {
      bundle.put(state.currentKey(), new Pending(row, partial));
    } else {
      accumulators.merge(pending.merged(), partial);
    }
  }

  @Override
  void applyBundle(Output out) {
    for (Map.Entry<Object, Pending> entry : bundle.entrySet()) {
      state.setCurrentKey(entry.getKey());
      Object[] accumulator = group.load();
      Object[] before = group.results(accumulator);
      group.finish(before, group.merge(accumulator, entry.getValue().merged()), entry.getValue().source(), out);
    }
    bundle.clear();
  }
}
