package io.sluice.executor.operators.rank;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.executor.api.KeyedStateStore;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.operators.StateRetention;
import io.sluice.executor.operators.sort.RowComparator;
import io.sluice.state.MapState;
import io.sluice.state.MapStateDescriptor;
import io.sluice.state.ValueState;
import io.sluice.state.ValueStateDescriptor;
import io.sluice.state.serde.ListSerializer;
import io.sluice.state.serde.RowSerializer;
import io.sluice.state.serde.TypeSerializers;
import java.util.List;

/**
 * Top-N: a keyed operator (keyed by the PARTITION BY fields) that keeps, per partition, its rows in the order of
 * {@code ROW_NUMBER() OVER (... ORDER BY ...)} and emits the changelog of the rows ranked
 * {@code [rankStart, rankEnd]} (see {@link RankChanges} for what a change emits, {@link RankPartition} for the
 * state layout).
 *
 * <p>For each input row it reads the partition's top {@code rankEnd} rows, adds ({@code +I}, {@code +U}) or
 * removes ({@code -U}, {@code -D}) the row, reads the top again and emits the difference. A row that sorts after a
 * full top changes nothing visible: over an insert-only input it is dropped at once (it can never rise into the
 * top, so the operator keeps at most {@code rankEnd} rows per partition), over an updating input it is stored,
 * since a retraction in the top may bring it up. A retraction of a row the partition does not hold (never seen,
 * or expired under a state TTL) is ignored.
 */
public final class RankOperator implements Operator {
  private final RankSpec spec;
  private final RowComparator order;
  private final RowComparator keyOrder;
  private final RankChanges changes;
  private ValueState<List<Row>> sortKeys;
  private MapState<Row, List<Row>> rows;

  public RankOperator(RankSpec spec) {
    this.spec = spec;
    this.order = new RowComparator(spec.order());
    this.keyOrder = order.onKeysOnly();
    this.changes = new RankChanges(spec);
  }

  @Override
  public void open(OperatorContext context) {
    KeyedStateStore state = StateRetention.keyedState(context);
    RowSerializer keySerializer = new RowSerializer(spec.order().stream()
        .map(key -> TypeSerializers.forRoot(spec.inputType().column(key.field()).type().root())).toList());
    ListSerializer<Row> rowList = new ListSerializer<>(RowSerializer.of(spec.inputType()));
    sortKeys = state.getState(new ValueStateDescriptor<>("sort-keys", new ListSerializer<>(keySerializer)));
    rows = state.getState(new MapStateDescriptor<>("rows", keySerializer, rowList));
  }

  @Override
  public void processRow(Row row, Output out) {
    Row stored = row.withKind(RowKind.INSERT);
    Row sortKey = order.keysOf(row);
    RankPartition partition = new RankPartition(sortKeys, rows, keyOrder);
    List<Row> before = partition.top(spec.rankEnd());
    boolean accumulate = row.kind().isAccumulate();
    if (isBelowFullTop(before, sortKey, accumulate)) {
      if (!accumulate) {
        partition.remove(sortKey, stored);
      } else if (spec.inputRetracts()) {
        partition.add(sortKey, stored);
      }
      partition.flush();
      return;
    }
    if (accumulate) {
      partition.add(sortKey, stored);
      if (!spec.inputRetracts()) {
        partition.truncate(spec.rankEnd());
      }
    } else if (!partition.remove(sortKey, stored)) {
      partition.flush();
      return;
    }
    List<Row> after = partition.top(spec.rankEnd());
    partition.flush();
    changes.emit(before, after, out);
  }

  /**
   * Whether the row cannot be in the top: the top is full and the row sorts after its last row (or, for a new
   * row, ties with it: ties rank in arrival order).
   */
  private boolean isBelowFullTop(List<Row> top, Row sortKey, boolean accumulate) {
    if (top.size() < spec.rankEnd()) {
      return false;
    }
    int comparison = keyOrder.compare(sortKey, order.keysOf(top.get(top.size() - 1)));
    return accumulate ? comparison >= 0 : comparison > 0;
  }
}
