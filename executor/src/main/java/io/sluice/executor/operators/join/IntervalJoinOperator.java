package io.sluice.executor.operators.join;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.types.RowType;
import io.sluice.executor.api.EventTimeTimers;
import io.sluice.executor.api.KeyedStateStore;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.TwoInputOperator;
import io.sluice.state.MapState;
import io.sluice.state.MapStateDescriptor;
import io.sluice.state.serde.ListSerializer;
import io.sluice.state.serde.PrimitiveSerializer;
import io.sluice.state.serde.RowSerializer;
import io.sluice.state.serde.TypeSerializer;
import io.sluice.state.serde.TypeSerializers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An interval join of two insert-only inputs, keyed by the join key, as Flink's time-interval join. Each input's
 * rows live in map state by time ({@code left-rows}, {@code right-rows}: time → rows, each row with a trailing
 * {@code matched} flag), and each new row is joined with the other input's rows under its key whose times are
 * within the bounds and that satisfy the condition; every joined pair is emitted once, as {@code +I}.
 *
 * <p>A row is kept until the watermark reaches its {@linkplain IntervalJoinSpec#cleanupTime cleanup time}, after
 * which no row of the other input that is not late can match it; an event-time timer (namespace: the input index)
 * then removes it, and a row of an outer side that never matched is emitted padded with NULLs. A row that arrives
 * already past its cleanup time joins what is still stored and is not kept (an unmatched outer one is padded at
 * once). So state returns to empty once both inputs have ended, and the output is insert-only.
 *
 * <p>The output keeps both inputs' rowtimes, which may lie behind the input watermark (a new row joins older rows
 * of the other input; an outer row is padded only once its interval has closed), so the watermark is passed on
 * held back by {@link IntervalJoinSpec#outputDelay()}, as Flink does: every row emitted is then above the last
 * watermark emitted, and a window over the join's output sees none of its rows as late.
 */
public final class IntervalJoinOperator implements TwoInputOperator {
  private final IntervalJoinSpec spec;
  @SuppressWarnings("unchecked")
  private final MapState<Long, List<Row>>[] rows = new MapState[2];
  private EventTimeTimers<Integer> timers;

  public IntervalJoinOperator(IntervalJoinSpec spec) {
    this.spec = spec;
  }

  @Override
  public void open(OperatorContext context) {
    KeyedStateStore store = context.keyedState();
    rows[0] = store.getState(new MapStateDescriptor<>("left-rows", PrimitiveSerializer.LONG,
        new ListSerializer<>(withMatchedFlag(spec.join().leftType()))));
    rows[1] = store.getState(new MapStateDescriptor<>("right-rows", PrimitiveSerializer.LONG,
        new ListSerializer<>(withMatchedFlag(spec.join().rightType()))));
    timers = store.eventTimeTimers(PrimitiveSerializer.INT);
  }

  @Override
  public void processRow(int input, Row row, Output out) {
    Object time = row.field(spec.timeField(input));
    boolean matched = time != null && joinWithOtherInput(input, row.fields(), (Long) time, out);
    long cleanup = time == null ? Long.MIN_VALUE : spec.cleanupTime(input, (Long) time);
    if (cleanup > timers.currentWatermark()) {
      List<Row> stored = rows[input].get((Long) time);
      List<Row> updated = stored == null ? new ArrayList<>() : new ArrayList<>(stored);
      updated.add(stored(row.fields(), matched));
      rows[input].put((Long) time, updated);
      timers.register(input, cleanup);
    } else if (!matched && spec.join().isOuter(input)) {
      out.emit(Row.of(padded(input, row.fields())));
    }
  }

  @Override
  public void processWatermark(long watermark, Output out) {
    long delay = spec.outputDelay();
    if (watermark == Long.MAX_VALUE) {
      out.emitWatermark(watermark);
    } else {
      out.emitWatermark(watermark < Long.MIN_VALUE + delay ? Long.MIN_VALUE : watermark - delay);
    }
  }

  @Override
  public void onEventTime(long time, Object namespace, Output out) {
    int input = (Integer) namespace;
    List<Long> expired = new ArrayList<>();
    for (Map.Entry<Long, List<Row>> entry : rows[input].entries()) {
      if (spec.cleanupTime(input, entry.getKey()) <= time) {
        expired.add(entry.getKey());
        if (spec.join().isOuter(input)) {
          for (Row stored : entry.getValue()) {
            if (!isMatched(stored)) {
              out.emit(Row.of(padded(input, fields(stored))));
            }
          }
        }
      }
    }
    expired.forEach(rows[input]::remove);
  }

  /** Emits the joined pairs of a new row; marks the other input's rows it matched; true if it matched any. */
  private boolean joinWithOtherInput(int input, Object[] fields, long time, Output out) {
    int other = 1 - input;
    boolean matched = false;
    for (Map.Entry<Long, List<Row>> entry : rows[other].entries()) {
      if (!spec.inBounds(input, time, entry.getKey())) {
        continue;
      }
      List<Row> updated = new ArrayList<>(entry.getValue());
      boolean changed = false;
      for (int i = 0; i < updated.size(); i++) {
        Object[] otherFields = fields(updated.get(i));
        if (JoinedRows.matches(spec.join().condition(), input, fields, otherFields)) {
          matched = true;
          out.emit(Row.of(JoinedRows.joined(input, fields, otherFields)));
          if (!isMatched(updated.get(i))) {
            updated.set(i, stored(otherFields, true));
            changed = true;
          }
        }
      }
      if (changed && spec.join().isOuter(other)) {
        rows[other].put(entry.getKey(), updated);
      }
    }
    return matched;
  }

  private Object[] padded(int input, Object[] fields) {
    return JoinedRows.padded(input, fields, spec.join().type(1 - input).arity());
  }

  private static Row stored(Object[] fields, boolean matched) {
    Object[] withFlag = Arrays.copyOf(fields, fields.length + 1);
    withFlag[fields.length] = matched;
    return new Row(RowKind.INSERT, withFlag);
  }

  private static boolean isMatched(Row stored) {
    return (Boolean) stored.field(stored.arity() - 1);
  }

  private static Object[] fields(Row stored) {
    return Arrays.copyOf(stored.fields(), stored.arity() - 1);
  }

  private static RowSerializer withMatchedFlag(RowType type) {
    List<TypeSerializer<?>> fields = new ArrayList<>();
    type.columns().forEach(column -> fields.add(TypeSerializers.forRoot(column.type().root())));
    fields.add(PrimitiveSerializer.BOOLEAN);
    return new RowSerializer(fields);
  }
}
