package io.sluice.executor.operators.rank;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.executor.api.Counter;
import io.sluice.executor.api.EventTimeTimers;
import io.sluice.executor.api.KeyedStateStore;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.OperatorMetrics;
import io.sluice.executor.api.Output;
import io.sluice.executor.operators.sort.RowComparator;
import io.sluice.state.ListState;
import io.sluice.state.ListStateDescriptor;
import io.sluice.state.serde.PrimitiveSerializer;
import io.sluice.state.serde.RowSerializer;
import java.util.ArrayList;
import java.util.List;

/**
 * Window Top-N: a keyed operator (keyed by the PARTITION BY fields, a window's bounds among them) over an
 * insert-only input, emitting each window's rows ranked {@code [rankStart, rankEnd]} once, as {@code +I}, when
 * the watermark reaches the window's last instant ({@code window_end - 1}).
 *
 * <p>Per key and window it keeps, in list state ({@code top}) under the window's end as namespace, the window's
 * best {@code rankEnd} rows so far in rank order: a new row is inserted after every row it does not sort before
 * (so ties rank in arrival order) and the list is cut to {@code rankEnd}, since a row below the top can never
 * rise. The first row of a key's window registers an event-time timer at the window's last instant; when it
 * fires, the ranks in range are emitted and the window's state cleared.
 *
 * <p>A row whose window has ended (its last instant at or below the watermark) is late: it is dropped and
 * counted ({@link OperatorMetrics#LATE_ROWS_DROPPED}).
 */
public final class WindowRankOperator implements Operator {
  private final int windowEndField;
  private final RowComparator order;
  private final long rankStart;
  private final long rankEnd;
  private final boolean outputRankNumber;
  private final RowSerializer rowSerializer;
  private ListState<Row> top;
  private EventTimeTimers<Long> timers;
  private Counter lateRows;

  /**
   * @param windowEndField the input's {@code window_end} (epoch milliseconds)
   * @param spec the order, the ranks emitted, whether the rank is appended and the input's type; its
   *     {@code emitUpdateBefore} and {@code inputRetracts} are not used (the output is insert-only)
   */
  public WindowRankOperator(int windowEndField, RankSpec spec) {
    if (spec.inputRetracts()) {
      throw new IllegalArgumentException("A window Top-N needs an insert-only input");
    }
    this.windowEndField = windowEndField;
    this.order = new RowComparator(spec.order());
    this.rankStart = spec.rankStart();
    this.rankEnd = spec.rankEnd();
    this.outputRankNumber = spec.outputRankNumber();
    this.rowSerializer = RowSerializer.of(spec.inputType());
  }

  @Override
  public void open(OperatorContext context) {
    KeyedStateStore state = context.keyedState();
    top = state.getState(new ListStateDescriptor<>("top", rowSerializer), PrimitiveSerializer.LONG);
    timers = state.eventTimeTimers(PrimitiveSerializer.LONG);
    lateRows = context.metrics().counter(OperatorMetrics.LATE_ROWS_DROPPED);
  }

  @Override
  public void processRow(Row row, Output out) {
    long windowEnd = (Long) row.field(windowEndField);
    if (windowEnd - 1 <= timers.currentWatermark()) {
      lateRows.inc();
      return;
    }
    top.setCurrentNamespace(windowEnd);
    List<Row> rows = new ArrayList<>();
    top.get().forEach(rows::add);
    int position = rows.size();
    while (position > 0 && order.compare(row, rows.get(position - 1)) < 0) {
      position--;
    }
    if (position >= rankEnd) {
      return;
    }
    rows.add(position, row.withKind(RowKind.INSERT));
    if (rows.size() > rankEnd) {
      rows.remove(rows.size() - 1);
    }
    top.update(rows);
    if (rows.size() == 1) {
      timers.register(windowEnd, windowEnd - 1);
    }
  }

  @Override
  public void onEventTime(long time, Object namespace, Output out) {
    top.setCurrentNamespace(namespace);
    long rank = 0;
    for (Row row : top.get()) {
      rank++;
      if (rank >= rankStart) {
        out.emit(outputRankNumber ? withRank(row, rank) : row);
      }
    }
    top.clear();
  }

  private static Row withRank(Row row, long rank) {
    Object[] fields = new Object[row.arity() + 1];
    System.arraycopy(row.fields(), 0, fields, 0, row.arity());
    fields[row.arity()] = rank;
    return Row.of(fields);
  }
}
