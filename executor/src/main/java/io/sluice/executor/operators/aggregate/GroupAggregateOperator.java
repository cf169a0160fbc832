package io.sluice.executor.operators.aggregate;

import io.sluice.common.Row;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.operators.StateRetention;
import java.util.List;

/**
 * An unbounded group aggregation over a changelog: a keyed operator (keyed by the group) whose output is the
 * changelog of one row per group, the group's fields followed by one value per aggregator.
 *
 * <p>Per group it keeps one accumulator in keyed value state ({@code accumulators}, laid out as
 * {@link Accumulators} says: field 0 counts the rows the group holds, the aggregators own the fields after it;
 * see {@link GroupAccumulatorState}). For each input row it loads the accumulator, computes the result before,
 * lets every aggregator accumulate ({@code +I}, {@code +U}) or retract ({@code -U}, {@code -D}) the row, and
 * emits what changed:
 *
 * <ul>
 *   <li>{@code +I} with the result of a new group;
 *   <li>{@code -U} with the old result and {@code +U} with the new one when the result changed (nothing when it
 *       did not; without {@code -U} in upsert mode, where the consumer replaces rows by the group's key);
 *   <li>{@code -D} with the old result when the group's last row was retracted; its state is cleared then.
 * </ul>
 *
 * A retraction for a group that holds no rows is ignored: it retracts a row this operator never counted (e.g. one
 * whose state expired). All state is declared through {@link StateRetention}, so with
 * {@code table.exec.state.ttl} set, a group not updated for that long is forgotten: its next row starts it afresh
 * with {@code +I}, and its last result stays downstream un-retracted, as in Flink.
 *
 * <p>{@link MiniBatchGroupAggregateOperator} does the same per bundle of rows instead of per row.
 */
public final class GroupAggregateOperator implements Operator {
  private final GroupAccumulatorState group;

  /**
   * @param grouping the indices of the group's fields in the input row, which the output row starts with
   * @param aggregators fresh instances, used by this operator instance only
   * @param emitUpdateBefore false for an upsert changelog: an update is only its {@code +U}
   */
  public GroupAggregateOperator(int[] grouping, List<Aggregator> aggregators, boolean emitUpdateBefore) {
    this.group = new GroupAccumulatorState(grouping, new Accumulators(aggregators), emitUpdateBefore);
  }

  @Override
  public void open(OperatorContext context) {
    group.open(StateRetention.keyedState(context));
  }

  @Override
  public void processRow(Row row, Output out) {
    Object[] accumulator = group.load();
    Object[] before = group.results(accumulator);
    group.finish(before, group.apply(accumulator, row), row, out);
  }
}
