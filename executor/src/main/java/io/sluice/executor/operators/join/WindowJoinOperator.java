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
import io.sluice.state.serde.PrimitiveSerializer;
import io.sluice.state.serde.RowSerializer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A window join of two insert-only window inputs, as Flink's window join: keyed by the join keys (which hold
 * both inputs' {@code window_start} and {@code window_end}), it keeps each window's rows of both inputs in map
 * state from row to its number of copies ({@code left-row-counts}, {@code right-row-counts}; namespace: the
 * window's end) and joins them once, when the
 * watermark reaches the window's last instant ({@code window_end - 1}): every pair that satisfies the condition is
 * emitted as {@code +I}, and for an outer side each row that matched nothing, padded with NULLs. Then the window's
 * state is cleared, so it is empty once the watermark has passed every window.
 *
 * <p>A map, not a list: when the keys are only the window's bounds (a join of a window aggregation with a
 * per-window aggregate of it, as in Nexmark q5), one key holds every row of the window, and adding to a list
 * stored as one value would copy the list each time on the heap backend; a map adds an entry.
 *
 * <p>A row whose window has already been joined (its last instant at or below the watermark) is late: it is
 * dropped and counted ({@link OperatorMetrics#LATE_ROWS_DROPPED}).
 */
public final class WindowJoinOperator implements TwoInputOperator {
  private final JoinSpec spec;
  private final int[] windowEndFields;
  @SuppressWarnings("unchecked")
  private final MapState<Row, Long>[] rows = new MapState[2];
  private EventTimeTimers<Long> timers;
  private Counter lateRows;

  /**
   * @param spec the inputs' types, outer sides and condition
   * @param leftWindowEnd the left input's {@code window_end} (epoch milliseconds)
   * @param rightWindowEnd the right input's {@code window_end}
   */
  public WindowJoinOperator(JoinSpec spec, int leftWindowEnd, int rightWindowEnd) {
    this.spec = spec;
    this.windowEndFields = new int[] {leftWindowEnd, rightWindowEnd};
  }

  @Override
  public void open(OperatorContext context) {
    KeyedStateStore store = context.keyedState();
    rows[0] = store.getState(new MapStateDescriptor<>("left-row-counts", RowSerializer.of(spec.leftType()),
        PrimitiveSerializer.LONG), PrimitiveSerializer.LONG);
    rows[1] = store.getState(new MapStateDescriptor<>("right-row-counts", RowSerializer.of(spec.rightType()),
        PrimitiveSerializer.LONG), PrimitiveSerializer.LONG);
    timers = store.eventTimeTimers(PrimitiveSerializer.LONG);
    lateRows = context.metrics().counter(OperatorMetrics.LATE_ROWS_DROPPED);
  }

  @Override
  public void processRow(int input, Row row, Output out) {
    long windowEnd = (Long) row.field(windowEndFields[input]);
    if (windowEnd - 1 <= timers.currentWatermark()) {
      lateRows.inc();
      return;
    }
    MapState<Row, Long> counts = rows[input];
    counts.setCurrentNamespace(windowEnd);
    Row record = row.withKind(RowKind.INSERT);
    Long count = counts.get(record);
    counts.put(record, count == null ? 1 : count + 1);
    timers.register(windowEnd, windowEnd - 1);
  }

  @Override
  public void onEventTime(long time, Object namespace, Output out) {
    List<Object[]> left = read(0, namespace);
    List<Object[]> right = read(1, namespace);
    boolean[] rightMatched = new boolean[right.size()];
    for (Object[] l : left) {
      boolean matched = false;
      for (int i = 0; i < right.size(); i++) {
        if (spec.condition().test(l, right.get(i))) {
          matched = true;
          rightMatched[i] = true;
          out.emit(Row.of(JoinedRows.joined(0, l, right.get(i))));
        }
      }
      if (!matched && spec.leftOuter()) {
        out.emit(Row.of(JoinedRows.padded(0, l, spec.rightType().arity())));
      }
    }
    for (int i = 0; i < right.size() && spec.rightOuter(); i++) {
      if (!rightMatched[i]) {
        out.emit(Row.of(JoinedRows.padded(1, right.get(i), spec.leftType().arity())));
      }
    }
  }

  /** The window's rows of one input, its state cleared. */
  private List<Object[]> read(int input, Object window) {
    rows[input].setCurrentNamespace(window);
    List<Object[]> fields = new ArrayList<>();
    for (Map.Entry<Row, Long> entry : rows[input].entries()) {
      for (long copy = 0; copy < entry.getValue(); copy++) {
        fields.add(entry.getKey().fields());
      }
    }
    rows[input].clear();
    return fields;
  }
}
