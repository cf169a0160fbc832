package io.sluice.executor.operators.aggregate;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import io.sluice.executor.api.KeyedStateStore;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.operators.StateRetention;
import io.sluice.state.ValueState;
import io.sluice.state.ValueStateDescriptor;
import io.sluice.state.serde.RowSerializer;
import io.sluice.state.serde.TypeSerializers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An unbounded group aggregation over a changelog: a keyed operator (keyed by the group) whose output is the
 * changelog of one row per group, the group's fields followed by one value per aggregator.
 *
 * <p>Per group it keeps one accumulator in keyed value state ({@code accumulators}): field 0 counts the rows the
 * group holds, the aggregators own the fields after it (see {@link Aggregator}). For each input row it loads the
 * accumulator, computes the result before, lets every aggregator accumulate ({@code +I}, {@code +U}) or retract
 * ({@code -U}, {@code -D}) the row, and emits what changed:
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
  private final List<Aggregator> aggregators;
  private final boolean emitUpdateBefore;
  private ValueState<Row> accumulators;
  private int accumulatorArity;

  /**
   * @param grouping the indices of the group's fields in the input row, which the output row starts with
   * @param aggregators fresh instances, used by this operator instance only
   * @param emitUpdateBefore false for an upsert changelog: an update is only its {@code +U}
   */
  public GroupAggregateOperator(int[] grouping, List<Aggregator> aggregators, boolean emitUpdateBefore) {
    this.grouping = grouping.clone();
    this.aggregators = List.copyOf(aggregators);
    this.emitUpdateBefore = emitUpdateBefore;
  }

  @Override
  public void open(OperatorContext context) {
    KeyedStateStore state = StateRetention.keyedState(context);
    List<DataType> types = new ArrayList<>();
    types.add(DataType.of(TypeRoot.BIGINT).notNull());
    for (int i = 0; i < aggregators.size(); i++) {
      Aggregator aggregator = aggregators.get(i);
      aggregator.open(new AggregatorContext(types.size(), "agg" + i, state));
      types.addAll(aggregator.accumulatorTypes());
    }
    accumulatorArity = types.size();
    RowSerializer serializer =
        new RowSerializer(types.stream().map(t -> TypeSerializers.forRoot(t.root())).toList());
    accumulators = state.getState(new ValueStateDescriptor<>(ACCUMULATORS, serializer));
  }

  @Override
  public void processRow(Row row, Output out) {
    Row stored = accumulators.value();
    boolean accumulate = row.kind().isAccumulate();
    if (stored == null && !accumulate) {
      return;
    }
    Object[] accumulator = stored == null ? newAccumulator() : stored.fields();
    Object[] before = stored == null ? null : results(accumulator);
    long rows = (Long) accumulator[0] + (accumulate ? 1 : -1);
    accumulator[0] = rows;
    for (Aggregator aggregator : aggregators) {
      if (accumulate) {
        aggregator.accumulate(accumulator, row);
      } else {
        aggregator.retract(accumulator, row);
      }
    }
    if (rows == 0) {
      accumulators.clear();
      aggregators.forEach(Aggregator::clear);
      out.emit(output(RowKind.DELETE, row, before));
      return;
    }
    accumulators.update(new Row(RowKind.INSERT, accumulator));
    Object[] after = results(accumulator);
    if (before == null) {
      out.emit(output(RowKind.INSERT, row, after));
    } else if (!Arrays.equals(before, after)) {
      if (emitUpdateBefore) {
        out.emit(output(RowKind.UPDATE_BEFORE, row, before));
      }
      out.emit(output(RowKind.UPDATE_AFTER, row, after));
    }
  }

  private Object[] newAccumulator() {
    Object[] accumulator = new Object[accumulatorArity];
    accumulator[0] = 0L;
    for (Aggregator aggregator : aggregators) {
      aggregator.initialize(accumulator);
    }
    return accumulator;
  }

  private Object[] results(Object[] accumulator) {
    Object[] results = new Object[aggregators.size()];
    for (int i = 0; i < results.length; i++) {
      results[i] = aggregators.get(i).result(accumulator);
    }
    return results;
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
