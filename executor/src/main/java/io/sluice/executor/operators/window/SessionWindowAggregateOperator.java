package io.sluice.executor.operators.window;

import io.sluice.common.Row;
import io.sluice.executor.api.Counter;
import io.sluice.executor.api.EventTimeTimers;
import io.sluice.executor.api.KeyedStateStore;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.OperatorMetrics;
import io.sluice.executor.api.Output;
import io.sluice.executor.operators.aggregate.Accumulators;
import io.sluice.executor.operators.aggregate.Aggregator;
import io.sluice.state.ListState;
import io.sluice.state.ListStateDescriptor;
import io.sluice.state.MapState;
import io.sluice.state.MapStateDescriptor;
import io.sluice.state.serde.RowSerializer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Aggregation over SESSION windows: a keyed operator (keyed by the session's partition columns) over an
 * insert-only input, emitting one final {@code +I} row per session when the watermark passes the session's end.
 *
 * <p>A row at time t opens the window {@code [t, t + gap)}; windows that overlap or touch belong to one session,
 * whose window covers them all. Per key, the open sessions are kept in map state ({@code sessions}: session window
 * → state window), pairwise apart. A session's rows are kept in list state ({@code rows}) under its <em>state
 * window</em>, which does not change while the session grows, so that adding a row never moves the rows before it
 * (as in Flink's merging window set). A new row's window merges with every session it overlaps or touches: the
 * first of them keeps its state window and receives the rows of the others, and the session's event-time timer
 * moves to the new window's last instant. When the timer fires, the rows are aggregated by fresh accumulators (so
 * any aggregate works, with no merge function per aggregate), the result is emitted and the session's state is
 * cleared. Rows are kept rather than accumulators because sessions merge: FIRST_VALUE, LAST_VALUE and LISTAGG see
 * a merged session's rows session by session, each in arrival order.
 *
 * <p>A row at or below the watermark is late: it is dropped and counted
 * ({@link OperatorMetrics#LATE_ROWS_DROPPED}).
 */
public final class SessionWindowAggregateOperator implements Operator {
  private final int timeField;
  private final long gap;
  private final Accumulators accumulators;
  private final WindowOutput output;
  private final RowSerializer rowSerializer;
  private WindowScopedStateStore windowState;
  private MapState<TimeWindow, TimeWindow> sessions;
  private ListState<Row> rows;
  private EventTimeTimers<TimeWindow> timers;
  private Counter lateRows;

  /**
   * @param timeField the index of the row's event time
   * @param gap the longest time between two rows of one session, in milliseconds
   * @param aggregators fresh instances, used by this operator instance only
   * @param output how output rows are laid out
   * @param rowSerializer the format of the input rows, which the operator keeps until their session fires
   */
  public SessionWindowAggregateOperator(int timeField, long gap, List<Aggregator> aggregators, WindowOutput output,
      RowSerializer rowSerializer) {
    if (gap <= 0) {
      throw new IllegalArgumentException("The session gap must be positive, got " + gap + " ms");
    }
    this.timeField = timeField;
    this.gap = gap;
    this.accumulators = new Accumulators(aggregators);
    this.output = output;
    this.rowSerializer = rowSerializer;
  }

  @Override
  public void open(OperatorContext context) {
    KeyedStateStore state = context.keyedState();
    windowState = new WindowScopedStateStore(state);
    accumulators.open(windowState);
    sessions = state.getState(new MapStateDescriptor<>("sessions", TimeWindowSerializer.INSTANCE,
        TimeWindowSerializer.INSTANCE));
    rows = state.getState(new ListStateDescriptor<>("rows", rowSerializer), TimeWindowSerializer.INSTANCE);
    timers = state.eventTimeTimers(TimeWindowSerializer.INSTANCE);
    lateRows = context.metrics().counter(OperatorMetrics.LATE_ROWS_DROPPED);
  }

  @Override
  public void processRow(Row row, Output out) {
    long time = Windowing.time(row, timeField);
    if (time <= timers.currentWatermark()) {
      lateRows.inc();
      return;
    }
    TimeWindow merged = new TimeWindow(time, time + gap);
    List<Map.Entry<TimeWindow, TimeWindow>> overlapping = new ArrayList<>();
    for (Map.Entry<TimeWindow, TimeWindow> session : sessions.entries()) {
      if (session.getKey().intersects(merged)) {
        overlapping.add(session);
      }
    }
    TimeWindow stateWindow = overlapping.isEmpty() ? merged : overlapping.get(0).getValue();
    List<Row> moved = new ArrayList<>();
    for (int i = 0; i < overlapping.size(); i++) {
      TimeWindow window = overlapping.get(i).getKey();
      merged = merged.cover(window);
      sessions.remove(window);
      timers.delete(window, window.maxTimestamp());
      if (i > 0) {
        rows.setCurrentNamespace(overlapping.get(i).getValue());
        rows.get().forEach(moved::add);
        rows.clear();
      }
    }
    moved.add(row);
    rows.setCurrentNamespace(stateWindow);
    rows.addAll(moved);
    sessions.put(merged, stateWindow);
    timers.register(merged, merged.maxTimestamp());
  }

  @Override
  public void onEventTime(long time, Object namespace, Output out) {
    TimeWindow window = (TimeWindow) namespace;
    TimeWindow stateWindow = sessions.get(window);
    if (stateWindow == null) {
      return;
    }
    rows.setCurrentNamespace(stateWindow);
    windowState.setWindow(stateWindow);
    Object[] accumulator = accumulators.create();
    for (Row row : rows.get()) {
      accumulators.accumulate(accumulator, row);
    }
    out.emit(output.row((Row) windowState.currentKey(), window, accumulators.results(accumulator)));
    rows.clear();
    accumulators.clear();
    sessions.remove(window);
  }
}
