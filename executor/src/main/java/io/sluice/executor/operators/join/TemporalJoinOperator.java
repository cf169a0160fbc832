package io.sluice.executor.operators.join;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.executor.api.Counter;
import io.sluice.executor.api.EventTimeTimers;
import io.sluice.executor.api.KeyedStateStore;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.OperatorMetrics;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.TwoInputOperator;
import io.sluice.state.MapState;
import io.sluice.state.MapStateDescriptor;
import io.sluice.state.serde.ListSerializer;
import io.sluice.state.serde.PrimitiveSerializer;
import io.sluice.state.serde.RowSerializer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An event-time temporal join, as Flink's row-time temporal join: keyed by the join keys, which cover the
 * versioned (right) table's primary key, so each key has one timeline of versions. Right rows are versions in map
 * state ({@code versions}: time → row; an insert or update-after starts a version, a deletion ends the previous
 * one, an update-before is ignored). Left rows wait in map state ({@code left-rows}: time → rows) with an
 * event-time timer at their time; when the watermark reaches it, each joins the version valid at its time — the
 * latest at or before it, unless that is a deletion — keeping its change kind, or is padded with NULLs for a LEFT
 * join when there is none or the condition fails. Then the versions older than the one valid at the timer's time
 * are dropped, since no row that is not late can need them; a right row's own timer does the same for keys
 * without left rows. A left row at or behind the watermark is late: dropped and counted
 * ({@link OperatorMetrics#LATE_ROWS_DROPPED}), since the versions it would need may be gone.
 */
public final class TemporalJoinOperator implements TwoInputOperator {
  private static final int LEFT = 0;
  private static final int RIGHT = 1;
  private final JoinSpec spec;
  private final int leftTimeField;
  private final int rightTimeField;
  private MapState<Long, List<Row>> leftRows;
  private MapState<Long, Row> versions;
  private EventTimeTimers<Integer> timers;
  private Counter lateRows;

  /**
   * @param spec the row types, whether the left side is outer (a LEFT join) and the condition; the right side is
   *     never outer
   * @param leftTimeField the left rows' event time (epoch milliseconds)
   * @param rightTimeField the versions' event time
   */
  public TemporalJoinOperator(JoinSpec spec, int leftTimeField, int rightTimeField) {
    if (spec.rightOuter()) {
      throw new IllegalArgumentException("A temporal join keeps only the left side's unmatched rows");
    }
    this.spec = spec;
    this.leftTimeField = leftTimeField;
    this.rightTimeField = rightTimeField;
  }

  @Override
  public void open(OperatorContext context) {
    KeyedStateStore store = context.keyedState();
    leftRows = store.getState(new MapStateDescriptor<>("left-rows", PrimitiveSerializer.LONG,
        new ListSerializer<>(RowSerializer.of(spec.leftType()))));
    versions = store.getState(new MapStateDescriptor<>("versions", PrimitiveSerializer.LONG,
        RowSerializer.of(spec.rightType())));
    timers = store.eventTimeTimers(PrimitiveSerializer.INT);
    lateRows = context.metrics().counter(OperatorMetrics.LATE_ROWS_DROPPED);
  }

  @Override
  public void processRow(int input, Row row, Output out) {
    Long time = (Long) row.field(input == LEFT ? leftTimeField : rightTimeField);
    if (input == RIGHT) {
      if (time != null && row.kind() != RowKind.UPDATE_BEFORE) {
        versions.put(time, row.kind() == RowKind.DELETE ? row : row.withKind(RowKind.INSERT));
        timers.register(RIGHT, time);
      }
      return;
    }
    if (time == null || time <= timers.currentWatermark()) {
      lateRows.inc();
      return;
    }
    List<Row> stored = leftRows.get(time);
    List<Row> updated = stored == null ? new ArrayList<>() : new ArrayList<>(stored);
    updated.add(row);
    leftRows.put(time, updated);
    timers.register(LEFT, time);
  }

  @Override
  public void onEventTime(long time, Object namespace, Output out) {
    if ((Integer) namespace == LEFT) {
      List<Row> due = leftRows.get(time);
      if (due != null) {
        Row version = validAt(time);
        for (Row left : due) {
          emit(left, version, out);
        }
        leftRows.remove(time);
      }
    }
    dropVersionsBefore(time);
  }

  private void emit(Row left, Row version, Output out) {
    if (version != null && spec.condition().test(left.fields(), version.fields())) {
      out.emit(new Row(left.kind(), JoinedRows.joined(LEFT, left.fields(), version.fields())));
    } else if (spec.leftOuter()) {
      out.emit(new Row(left.kind(), JoinedRows.padded(LEFT, left.fields(), spec.rightType().arity())));
    }
  }

  /** The version valid at {@code time}: the latest at or before it, null if none or a deletion. */
  private Row validAt(long time) {
    long best = Long.MIN_VALUE;
    Row version = null;
    for (Map.Entry<Long, Row> entry : versions.entries()) {
      if (entry.getKey() <= time && (version == null || entry.getKey() > best)) {
        best = entry.getKey();
        version = entry.getValue();
      }
    }
    return version == null || version.kind() == RowKind.DELETE ? null : version;
  }

  /**
   * Drops the versions that ended at or before {@code time}: all before the one valid at {@code time}, and that
   * one too if it is a deletion.
   */
  private void dropVersionsBefore(long time) {
    Long latest = null;
    for (Map.Entry<Long, Row> entry : versions.entries()) {
      if (entry.getKey() <= time && (latest == null || entry.getKey() > latest)) {
        latest = entry.getKey();
      }
    }
    if (latest == null) {
      return;
    }
    List<Long> expired = new ArrayList<>();
    for (Map.Entry<Long, Row> entry : versions.entries()) {
      if (entry.getKey() < latest || entry.getKey().equals(latest) && entry.getValue().kind() == RowKind.DELETE) {
        expired.add(entry.getKey());
      }
    }
    expired.forEach(versions::remove);
  }
}
