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
import io.sluice.state.ValueState;
import io.sluice.state.ValueStateDescriptor;
import java.util.List;

/**
 * Aggregation over windows of fixed boundaries (TUMBLE, HOP, CUMULATE, or windows a table function attached
 * upstream): a keyed operator (keyed by the group columns other than the window's) over an insert-only input,
 * whose output is one final {@code +I} row per key and window, emitted when the watermark passes the window.
 *
 * <p>Per key and window (the state namespace) it keeps one accumulator in value state ({@code accumulators},
 * laid out as {@link Accumulators} says), and each aggregator's own state is scoped to the window too
 * ({@link WindowScopedStateStore}). A row is added to every window {@link Windowing} gives it; the first row of a
 * key's window registers an event-time timer at the window's last instant. When the timer fires (the runtime makes
 * its key current first) the window's result is emitted and all its state is cleared, so a key holds state only
 * for windows that have not fired. A row that is late ({@link Windowing#isLate}) is dropped and counted
 * ({@link OperatorMetrics#LATE_ROWS_DROPPED}): its windows may have fired already.
 */
public final class WindowAggregateOperator implements Operator {
  private static final String ACCUMULATORS = "accumulators";

  private final Windowing windowing;
  private final Accumulators accumulators;
  private final WindowOutput output;
  private WindowScopedStateStore windowState;
  private ValueState<Row> stored;
  private EventTimeTimers<TimeWindow> timers;
  private Counter lateRows;

  /**
   * @param windowing how rows find their windows; input rows are inserts
   * @param aggregators fresh instances, used by this operator instance only
   * @param output how output rows are laid out
   */
  public WindowAggregateOperator(Windowing windowing, List<Aggregator> aggregators, WindowOutput output) {
    this.windowing = windowing;
    this.accumulators = new Accumulators(aggregators);
    this.output = output;
  }

  @Override
  public void open(OperatorContext context) {
    KeyedStateStore state = context.keyedState();
    windowState = new WindowScopedStateStore(state);
    accumulators.open(windowState);
    stored = state.getState(new ValueStateDescriptor<>(ACCUMULATORS, accumulators.serializer()),
        TimeWindowSerializer.INSTANCE);
    timers = state.eventTimeTimers(TimeWindowSerializer.INSTANCE);
    lateRows = context.metrics().counter(OperatorMetrics.LATE_ROWS_DROPPED);
  }

  @Override
  public void processRow(Row row, Output out) {
    if (windowing.isLate(row, timers.currentWatermark())) {
      lateRows.inc();
      return;
    }
    for (TimeWindow window : windowing.windows(row)) {
      scopeTo(window);
      if (accumulators.accumulateInto(stored, row)) {
        timers.register(window, window.maxTimestamp());
      }
    }
  }

  @Override
  public void onEventTime(long time, Object namespace, Output out) {
    TimeWindow window = (TimeWindow) namespace;
    scopeTo(window);
    Row accumulator = stored.value();
    if (accumulator == null) {
      return;
    }
    out.emit(output.row((Row) windowState.currentKey(), window, accumulators.results(accumulator.fields())));
    stored.clear();
    accumulators.clear();
  }

  private void scopeTo(TimeWindow window) {
    stored.setCurrentNamespace(window);
    windowState.setWindow(window);
  }
}
