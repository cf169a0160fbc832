package io.sluice.executor.operators.aggregate;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first half of a two-phase group aggregation (Flink's {@code MiniBatchLocalGroupAggFunction}): runs before
 * the shuffle, in its input's task, with no state. It folds the rows of a bundle into one partial accumulator per
 * group in memory (a fresh accumulator, so its row count and sums may be negative when the bundle retracts more
 * than it adds) and, when the bundle is applied, emits one {@code +I} row per group: the group's fields followed
 * by the partial accumulator, laid out as {@link Accumulators} says. {@link GlobalGroupAggregateOperator} merges
 * them after the shuffle. Every aggregator must {@link Aggregator#canMerge}.
 *
 * <p>The bundle is emitted before every checkpoint barrier, so the checkpoint (which holds nothing of this
 * operator) never misses a row.
 */
public final class LocalGroupAggregateOperator extends MiniBatchOperator {
  private final int[] grouping;
  private final Accumulators accumulators;
  /** The partial accumulator of each group of the bundle, by the group's fields. */
  private final Map<Row, Object[]> bundle = new LinkedHashMap<>();

  /**
   * @param grouping the indices of the group's fields in the input row, which the output rows start with
   * @param aggregators fresh instances, used by this operator instance only; all can merge
   */
  public LocalGroupAggregateOperator(int[] grouping, List<Aggregator> aggregators, MiniBatch miniBatch) {
    super(miniBatch);
    this.grouping = grouping.clone();
    this.accumulators = new Accumulators(aggregators.stream().map(Aggregator::forPartialAccumulators).toList());
    if (!accumulators.canMerge()) {
      throw new IllegalArgumentException("A local aggregation needs aggregators that merge");
    }
  }

  @Override
  void openBundle(OperatorContext context) {
    accumulators.openWithoutState();
  }

  @Override
  void addToBundle(Row row) {
    Object[] group = new Object[grouping.length];
    for (int i = 0; i < grouping.length; i++) {
      group[i] = row.field(grouping[i]);
    }
    Object[] partial = bundle.computeIfAbsent(new Row(RowKind.INSERT, group), key -> accumulators.create());
    if (row.kind().isAccumulate()) {
      accumulators.accumulate(partial, row);
    } else {
      accumulators.retract(partial, row);
    }
  }

  @Override
  void applyBundle(Output out) {
    for (Map.Entry<Row, Object[]> entry : bundle.entrySet()) {
      Object[] group = entry.getKey().fields();
      Object[] partial = entry.getValue();
      Object[] fields = new Object[group.length + partial.length];
      System.arraycopy(group, 0, fields, 0, group.length);
      System.arraycopy(partial, 0, fields, group.length, partial.length);
      out.emit(new Row(RowKind.INSERT, fields));
    }
    bundle.clear();
  }
}
