package io.sluice.executor.operators.aggregate;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.executor.api.KeyedStateStore;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.operators.StateRetention;
import io.sluice.state.ValueState;
import io.sluice.state.ValueStateDescriptor;
import java.util.Arrays;
import java.util.List;

/**
 * An unbounded group aggregation over a changelog: a keyed operator (keyed by the group) whose output is the
 * changelog of one row per group, the group's fields followed by one value per aggregator.
 *
 * <p>Per group it keeps one accumulator in keyed value state ({@code accumulators}, laid out as
 * {@link Accumulators} says: field 0 counts the rows the group holds, the aggregators own the fields after it).
 * For each input row it loads the accumulator, computes the result before, lets every aggregator accumulate
 * ({@code +I}, {@code +U}) or retract ({@code -U}, {@code -D}) the row, and emits what changed:
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
 */
public final class GroupAggregateOperator implements Operator {
  private static final String ACCUMULATORS = "accumulators";

  private final int[] grouping;
  private final Accumulators accumulators;
  private final boolean emitUpdateBefore;
  private ValueState<Row> stored;

  /**
   * @param grouping the indices of the group's fields in the input row, which the output row starts with
   * @param aggregators fresh instances, used by this operator instance only
   * @param emitUpdateBefore false for an upsert changelog: an update is only its {@code +U}
   */
  public GroupAggregateOperator(int[] grouping, List<Aggregator> aggregators, boolean emitUpdateBefore) {
    this.grouping = grouping.clone();
    this.accumulators = new Accumulators(aggregators);
    this.emitUpdateBefore = emitUpdateBefore;
  }

  @Override
  public void open(OperatorContext context) {
    KeyedStateStore state = StateRetention.keyedState(context);
    accumulators.open(state);
    stored = state.getState(new ValueStateDescriptor<>(ACCUMULATORS, accumulators.serializer()));
  }

  @Override
  public void processRow(Row row, Output out) {
    Row previous = stored.value();
    boolean accumulate = row.kind().isAccumulate();
    if (previous == null && !accumulate) {
      return;
    }
    Object[] accumulator = previous == null ? accumulators.create() : previous.fields();
    Object[] before = previous == null ? null : accumulators.results(accumulator);
    long rows = accumulate ? accumulators.accumulate(accumulator, row) : accumulators.retract(accumulator, row);
    if (rows == 0) {
      stored.clear();
      accumulators.clear();
      out.emit(output(RowKind.DELETE, row, before));
      return;
    }
    stored.update(new Row(RowKind.INSERT, accumulator));
    Object[] after = accumulators.results(accumulator);
    if (before == null) {
      out.emit(output(RowKind.INSERT, row, after));
    } else if (!Arrays.equals(before, after)) {
      if (emitUpdateBefore) {
        out.emit(output(RowKind.UPDATE_BEFORE, row, before));
      }
      out.emit(output(RowKind.UPDATE_AFTER, row, after));
    }
  }

  /** The group's fields, taken from the input row, followed by the results. */
  private Row output(RowKind kind, Row input, Object[] results) {
    Object[] fields = new Object[grouping.length + results.length];
    for (int i = 0; i < grouping.length; i++) {
      fields[i] = input.field(grouping[i]);
    }
    System.arraycopy(results, 0, fields, grouping.length, results.length);
    return new Row(kind, fields);
  }
}
