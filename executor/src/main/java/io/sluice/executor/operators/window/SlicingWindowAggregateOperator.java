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
 * Aggregation over HOP or CUMULATE windows that share slices ({@link Slicing}), as Flink's slicing window
 * operator: the same input, output and lateness as {@link WindowAggregateOperator}, but a row updates one
 * accumulator, its slice's, instead of one per window it falls in. Every aggregator must be
 * {@linkplain Accumulators#canMerge() mergeable}.
 *
 * <p>State, all in the keyed state backend: per key and slice (the namespace) one accumulator in value state
 * ({@code slices}), and event-time timers whose namespace is a window, at its last instant. The first row of a
 * key's slice registers the timer of the slice's first window. When a window's timer fires, the accumulators of its
 * slices are merged into its result, which is emitted; the slices whose last window this is are cleared, and if
 * the others hold rows, the timer of the next window is registered: it holds them too. So every window that holds
 * a row fires, in order, and a slice lives until its last window has fired. Late rows ({@link Windowing#isLate}:
 * at or below the watermark) are dropped and counted ({@link OperatorMetrics#LATE_ROWS_DROPPED}).
 */
public final class SlicingWindowAggregateOperator implements Operator {
  private static final String SLICES = "slices";

  private final Slicing slicing;
  private final int timeField;
  private final Accumulators accumulators;
  private final WindowOutput output;
  private KeyedStateStore state;
  private ValueState<Row> stored;
  private EventTimeTimers<TimeWindow> timers;
  private Counter lateRows;

  /**
   * @param slicing the windows and their slices
   * @param timeField the index of the input's event time
   * @param aggregators fresh, mergeable instances, used by this operator instance only
   * @param output how output rows are laid out
   * @throws IllegalArgumentException if an aggregator cannot merge
   */
  public SlicingWindowAggregateOperator(Slicing slicing, int timeField, List<Aggregator> aggregators,
      WindowOutput output) {
    this.slicing = slicing;
    this.timeField = timeField;
    this.accumulators = new Accumulators(aggregators);
    this.output = output;
    if (!accumulators.canMerge()) {
      throw new IllegalArgumentException("Slicing needs aggregators that merge, got " + aggregators);
    }
  }

  @Override
  public void open(OperatorContext context) {
    state = context.keyedState();
    // Mergeable aggregators keep no state of their own: their accumulator is their fields.
    accumulators.open(state);
    stored = state.getState(new ValueStateDescriptor<>(SLICES, accumulators.serializer()),
        TimeWindowSerializer.INSTANCE);
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
    TimeWindow slice = slicing.slice(time);
    stored.setCurrentNamespace(slice);
    if (accumulators.accumulateInto(stored, row)) {
      TimeWindow first = slicing.firstWindow(slice);
      timers.register(first, first.maxTimestamp());
    }
  }

  @Override
  public void onEventTime(long time, Object namespace, Output out) {
    TimeWindow window = (TimeWindow) namespace;
    Object[] merged = null;
    boolean rowsRemain = false;
    for (TimeWindow slice : slicing.slices(window)) {
      stored.setCurrentNamespace(slice);
      Row accumulator = stored.value();
      if (accumulator == null) {
        continue;
      }
      if (merged == null) {
        merged = accumulators.create();
      }
      accumulators.merge(merged, accumulator.fields());
      if (slicing.lastWindowEnd(slice) <= window.end()) {
        stored.clear();
      } else {
        rowsRemain = true;
      }
    }
    if (merged == null) {
      return;
    }
    out.emit(output.row((Row) state.currentKey(), window, accumulators.results(merged)));
    TimeWindow next = slicing.nextWindow(window);
    if (rowsRemain && next != null) {
      timers.register(next, next.maxTimestamp());
    }
  }
}
