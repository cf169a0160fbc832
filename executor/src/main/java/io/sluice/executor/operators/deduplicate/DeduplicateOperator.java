package io.sluice.executor.operators.deduplicate;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.types.RowType;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.operators.StateRetention;
import io.sluice.executor.operators.sort.RowComparator;
import io.sluice.state.ValueState;
import io.sluice.state.ValueStateDescriptor;
import io.sluice.state.serde.RowSerializer;
import java.util.Arrays;

/**
 * Deduplication, {@code ROW_NUMBER() OVER (PARTITION BY key ORDER BY ts) = 1} over an insert-only input: a keyed
 * operator (keyed by the PARTITION BY fields) that keeps one row per key in value state ({@code kept}) and emits
 * the changelog of that row.
 *
 * <p>The kept row is the one that comes first in {@code order}. The first row of a key is emitted as {@code +I};
 * a later row replaces it when it comes before it in the order, or, when the two are equal in the order, if
 * {@code keepLast} says so ({@code ORDER BY ts DESC}: the last row to arrive among those with the greatest ts,
 * Flink's keep-last-row). A replacement emits {@code -U} of the old row (unless upserting by the key) and
 * {@code +U} of the new; a replacement by a row with the same fields emits nothing. So keep-first by a time
 * column emits an update only when a row with an earlier time arrives late.
 */
public final class DeduplicateOperator implements Operator {
  private final RowType inputType;
  private final RowComparator order;
  private final boolean keepLast;
  private final boolean emitUpdateBefore;
  private ValueState<Row> kept;

  /**
   * @param inputType the type of the input rows, which the operator keeps in state
   * @param order the ORDER BY of the ROW_NUMBER, over input fields
   * @param keepLast true when a row equal in the order to the kept one replaces it
   * @param emitUpdateBefore false for an upsert changelog keyed by the partition: a replacement is only its
   *     {@code +U}
   */
  public DeduplicateOperator(RowType inputType, RowComparator order, boolean keepLast, boolean emitUpdateBefore) {
    this.inputType = inputType;
    this.order = order;
    this.keepLast = keepLast;
    this.emitUpdateBefore = emitUpdateBefore;
  }

  @Override
  public void open(OperatorContext context) {
    kept = StateRetention.keyedState(context)
        .getState(new ValueStateDescriptor<>("kept", RowSerializer.of(inputType)));
  }

  /** @throws IllegalStateException for a retraction: deduplication takes an insert-only input */
  @Override
  public void processRow(Row row, Output out) {
    if (!row.kind().isAccumulate()) {
      throw new IllegalStateException("Deduplication takes only inserts, got " + row);
    }
    Row current = kept.value();
    Row candidate = row.withKind(RowKind.INSERT);
    if (current == null) {
      kept.update(candidate);
      out.emit(candidate);
      return;
    }
    int comparison = order.compare(candidate, current);
    if (comparison > 0 || (comparison == 0 && !keepLast)) {
      return;
    }
    kept.update(candidate);
    if (!Arrays.deepEquals(current.fields(), candidate.fields())) {
      if (emitUpdateBefore) {
        out.emit(current.withKind(RowKind.UPDATE_BEFORE));
      }
      out.emit(candidate.withKind(RowKind.UPDATE_AFTER));
    }
  }
}
