package io.sluice.executor.operators.over;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.executor.api.Counter;
import io.sluice.executor.api.EventTimeTimers;
import io.sluice.executor.api.KeyedStateStore;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.OperatorMetrics;
import io.sluice.executor.api.Output;
import io.sluice.executor.operators.StateRetention;
import io.sluice.executor.operators.aggregate.Accumulators;
import io.sluice.executor.operators.aggregate.Aggregator;
import io.sluice.state.ListState;
import io.sluice.state.ListStateDescriptor;
import io.sluice.state.ValueState;
import io.sluice.state.ValueStateDescriptor;
import io.sluice.state.serde.PrimitiveSerializer;
import io.sluice.state.serde.RowSerializer;
import java.util.ArrayList;
import java.util.List;

/**
 * OVER aggregation over event time: a keyed operator (keyed by the PARTITION BY columns) over an insert-only input
 * that emits every row once, as {@code +I}, followed by the aggregates of its frame ({@link OverFrame}).
 *
 * <p>Rows arrive out of order, but a frame is defined in time order, so a row waits until the watermark passes
 * its time: it goes into list state {@code pending} under its time as namespace, and an event-time timer for that
 * time is registered. When the timer fires, no row of that time or earlier can arrive any more; the operator
 * loads the partition's accumulator ({@code accumulator}, laid out as {@link Accumulators} says) and the rows it
 * holds ({@code frame}, in time order), adds the time's rows one by one (ROWS: emitting each after it is added) or
 * all at once (RANGE: the rows of one time are peers and share a result), and retracts the rows that fell out of
 * the frame. An unbounded frame keeps no rows, only the accumulator. A RANGE frame also registers a cleanup timer
 * ({@link #CLEANUP} namespace) for when its newest rows leave the frame, so an idle partition's state goes away;
 * a ROWS frame keeps at most {@code preceding} rows per partition.
 *
 * <p>A row at or below the watermark is late: it is dropped and counted ({@link OperatorMetrics#LATE_ROWS_DROPPED}).
 * All state is declared through {@link StateRetention}, so {@code table.exec.state.ttl} also applies.
 */
public final class OverAggregateOperator implements Operator {
  /** The namespace of cleanup timers; no row is pending at this time, since such a row is always late. */
  static final long CLEANUP = Long.MIN_VALUE;

  private final int timeField;
  private final OverFrame frame;
  private final Accumulators accumulators;
  private final RowSerializer rowSerializer;
  private ListState<Row> pending;
  private ListState<Row> frameRows;
  private ValueState<Row> accumulator;
  private EventTimeTimers<Long> timers;
  private Counter lateRows;

  /**
   * @param timeField the index of the row's event time (epoch milliseconds), the window's ORDER BY
   * @param frame the rows each row's aggregates cover
   * @param aggregators fresh instances, used by this operator instance only; able to retract if the frame is
   *     bounded
   * @param rowSerializer the format of the input rows, which the operator keeps until they leave the frame
   */
  public OverAggregateOperator(int timeField, OverFrame frame, List<Aggregator> aggregators,
      RowSerializer rowSerializer) {
    this.timeField = timeField;
    this.frame = frame;
    this.accumulators = new Accumulators(aggregators);
    this.rowSerializer = rowSerializer;
  }

  @Override
  public void open(OperatorContext context) {
    KeyedStateStore state = StateRetention.keyedState(context);
    accumulators.open(state);
    pending = state.getState(new ListStateDescriptor<>("pending", rowSerializer), PrimitiveSerializer.LONG);
    frameRows = state.getState(new ListStateDescriptor<>("frame", rowSerializer));
    accumulator = state.getState(new ValueStateDescriptor<>("accumulator", accumulators.serializer()));
    timers = state.eventTimeTimers(PrimitiveSerializer.LONG);
    lateRows = context.metrics().counter(OperatorMetrics.LATE_ROWS_DROPPED);
  }

  @Override
  public void processRow(Row row, Output out) {
    long time = time(row);
    if (time <= timers.currentWatermark()) {
      lateRows.inc();
      return;
    }
    pending.setCurrentNamespace(time);
    pending.add(row);
    timers.register(time, time);
  }

  @Override
  public void onEventTime(long time, Object namespace, Output out) {
    List<Row> held = new ArrayList<>();
    frameRows.get().forEach(held::add);
    Row stored = accumulator.value();
    Object[] acc = stored == null ? accumulators.create() : stored.fields();
    if ((Long) namespace == CLEANUP) {
      evictBefore(time - frame.preceding(), held, acc);
    } else {
      fire(time, held, acc, out);
    }
    if ((Long) acc[0] == 0) {
      accumulator.clear();
      frameRows.clear();
      accumulators.clear();
    } else {
      accumulator.update(new Row(RowKind.INSERT, acc));
      frameRows.update(held);
    }
  }

  private void fire(long time, List<Row> held, Object[] acc, Output out) {
    pending.setCurrentNamespace(time);
    List<Row> rows = new ArrayList<>();
    pending.get().forEach(rows::add);
    pending.clear();
    if (frame.rows()) {
      for (Row row : rows) {
        add(row, held, acc);
        while (frame.bounded() && held.size() > frame.preceding() + 1) {
          accumulators.retract(acc, held.remove(0));
        }
        emit(row, acc, out);
      }
      return;
    }
    rows.forEach(row -> add(row, held, acc));
    if (frame.bounded()) {
      evictBefore(time - frame.preceding(), held, acc);
      timers.register(CLEANUP, time + frame.preceding() + 1);
    }
    rows.forEach(row -> emit(row, acc, out));
  }

  private void add(Row row, List<Row> held, Object[] acc) {
    accumulators.accumulate(acc, row);
    if (frame.bounded()) {
      held.add(row);
    }
  }

  /** Retracts the held rows older than {@code start}; they are first in the list, which is in time order. */
  private void evictBefore(long start, List<Row> held, Object[] acc) {
    while (!held.isEmpty() && time(held.get(0)) < start) {
      accumulators.retract(acc, held.remove(0));
    }
  }

  private void emit(Row row, Object[] acc, Output out) {
    Object[] results = accumulators.results(acc);
    Object[] fields = new Object[row.arity() + results.length];
    System.arraycopy(row.fields(), 0, fields, 0, row.arity());
    System.arraycopy(results, 0, fields, row.arity(), results.length);
    out.emit(Row.of(fields));
  }

  private long time(Row row) {
    Object value = row.field(timeField);
    if (value == null) {
      throw new IllegalArgumentException("The time attribute (field " + timeField + ") of row " + row
          + " is NULL; OVER aggregation needs a time for every row: filter out or replace NULL times first");
    }
    return (Long) value;
  }
}
