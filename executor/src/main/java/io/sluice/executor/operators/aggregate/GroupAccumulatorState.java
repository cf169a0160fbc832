package io.sluice.executor.operators.aggregate;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.executor.api.KeyedStateStore;
import io.sluice.executor.api.Output;
import io.sluice.state.ValueState;
import io.sluice.state.ValueStateDescriptor;
import java.util.Arrays;

/**
 * The steps every group aggregation operator takes for the current group, whether per row or per bundle:
 * {@link #load} its accumulator from keyed state, take its {@link #results} before, fold rows ({@link #apply}) or
 * partial accumulators ({@link #merge}) into it, then {@link #finish}: store it and emit what changed.
 *
 * <p>The accumulator is one row of value state ({@code accumulators}, laid out as {@link Accumulators} says). A
 * group that holds no rows has no accumulator (null): a retraction for it is ignored (it retracts a row this
 * operator never counted, e.g. one whose state expired), and a group whose last row is retracted is cleared.
 * {@link #finish} compares the results before and after: {@code +I} for a new group, {@code -U}/{@code +U} for a
 * changed one (no {@code -U} in upsert mode), nothing for an unchanged one and {@code -D} for a cleared one.
 */
final class GroupAccumulatorState {
  private static final String ACCUMULATORS = "accumulators";

  private final int[] grouping;
  private final Accumulators accumulators;
  private final boolean emitUpdateBefore;
  private ValueState<Row> stored;

  /**
   * @param grouping the indices, in the rows given to {@link #finish}, of the group's fields, which the output row
   *     starts with
   */
  GroupAccumulatorState(int[] grouping, Accumulators accumulators, boolean emitUpdateBefore) {
    this.grouping = grouping.clone();
    this.accumulators = accumulators;
    this.emitUpdateBefore = emitUpdateBefore;
  }

  /** Declares the state; called once from the operator's {@code open}. */
  void open(KeyedStateStore state) {
    accumulators.open(state);
    stored = state.getState(new ValueStateDescriptor<>(ACCUMULATORS, accumulators.serializer()));
  }

  /** The current group's accumulator, null when it holds no rows; the caller may change it in place. */
  Object[] load() {
    Row row = stored.value();
    return row == null ? null : row.fields();
  }

  /** The results of an accumulator, null for none. */
  Object[] results(Object[] accumulator) {
    return accumulator == null ? null : accumulators.results(accumulator);
  }

  /** Adds or retracts a row; returns the accumulator after it, null when the group holds no rows any more. */
  Object[] apply(Object[] accumulator, Row row) {
    boolean accumulate = row.kind().isAccumulate();
    if (accumulator == null && !accumulate) {
      return null;
    }
    Object[] target = accumulator == null ? accumulators.create() : accumulator;
    long rows = accumulate ? accumulators.accumulate(target, row) : accumulators.retract(target, row);
    return emptied(target, rows);
  }

  /** Merges a partial accumulator (of a local aggregation); returns the accumulator after it, as {@link #apply}. */
  Object[] merge(Object[] accumulator, Object[] partial) {
    Object[] target = accumulator == null ? accumulators.create() : accumulator;
    return emptied(target, accumulators.merge(target, partial));
  }

  private Object[] emptied(Object[] accumulator, long rows) {
    if (rows <= 0) {
      accumulators.clear();
      return null;
    }
    return accumulator;
  }

  /**
   * Stores the accumulator after the changes (or clears the group) and emits the change from {@code before}.
   *
   * @param source a row of the group, whose {@code grouping} fields start the output row
   */
  void finish(Object[] before, Object[] accumulator, Row source, Output out) {
    if (accumulator == null) {
      if (before != null) {
        stored.clear();
        out.emit(output(RowKind.DELETE, source, before));
      }
      return;
    }
    stored.update(new Row(RowKind.INSERT, accumulator));
    Object[] after = accumulators.results(accumulator);
    if (before == null) {
      out.emit(output(RowKind.INSERT, source, after));
    } else if (!Arrays.equals(before, after)) {
      if (emitUpdateBefore) {
        out.emit(output(RowKind.UPDATE_BEFORE, source, before));
      }
      out.emit(output(RowKind.UPDATE_AFTER, source, after));
    }
  }

  /** The group's fields, taken from the source row, followed by the results. */
  private Row output(RowKind kind, Row source, Object[] results) {
    Object[] fields = new Object[grouping.length + results.length];
    for (int i = 0; i < grouping.length; i++) {
      fields[i] = source.field(grouping[i]);
    }
    System.arraycopy(results, 0, fields, grouping.length, results.length);
    return new Row(kind, fields);
  }
}
