package io.sluice.planner.plan;

import io.sluice.common.types.RowType;
import java.util.ArrayList;
import java.util.List;

/**
 * OVER aggregation over event time: {@code agg(x) OVER (PARTITION BY partitionKeys ORDER BY rowtime frame)}, whose
 * frame ends at the current row and starts a number of rows ({@code ROWS}) or an interval ({@code RANGE}) before
 * it, or at the partition's first row. Every input row comes out once, when the watermark passes its time, in
 * the order of time, followed by the aggregates of its frame: an insert-only output. Rows behind the watermark
 * are dropped as late.
 *
 * @param partitionKeys indices of the PARTITION BY fields; empty for one partition
 * @param timeField the input's event-time attribute, the ORDER BY (ascending)
 * @param rows true for a {@code ROWS} frame (rows before the current one), false for {@code RANGE} (all rows
 *     whose time is within {@code preceding} ms of the current row's, its peers included)
 * @param preceding the frame's start: rows or milliseconds before the current row, or {@link #UNBOUNDED}
 * @param aggregateCalls the aggregates, whose arguments index the input row; output after the input's fields
 * @param outputType the input's fields, then one per aggregate
 */
public record OverAggregateNode(PlanNode input, List<Integer> partitionKeys, int timeField, boolean rows,
    long preceding, List<AggregateCall> aggregateCalls, RowType outputType) implements PlanNode {
  /** {@code UNBOUNDED PRECEDING}: the frame starts at the partition's first row. */
  public static final long UNBOUNDED = -1;

  public OverAggregateNode {
    partitionKeys = List.copyOf(partitionKeys);
    aggregateCalls = List.copyOf(aggregateCalls);
    if (preceding < UNBOUNDED) {
      throw new IllegalArgumentException("A frame cannot start after the current row: " + preceding);
    }
  }

  public OverAggregateNode withInput(PlanNode newInput) {
    return new OverAggregateNode(newInput, partitionKeys, timeField, rows, preceding, aggregateCalls, outputType);
  }

  @Override
  public String kind() {
    return "OverAggregate";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of(input);
  }

  @Override
  public ChangelogMode changelogMode() {
    return ChangelogMode.INSERT_ONLY;
  }

  /** {@code OverAggregate(partitionBy=[k], orderBy=[ts ASC], window=[ROWS BETWEEN 2 PRECEDING AND CURRENT ROW], ...)}. */
  @Override
  public String describe() {
    RowType in = input.outputType();
    String start = preceding == UNBOUNDED ? "UNBOUNDED" : rows ? Long.toString(preceding) : preceding + " ms";
    List<String> select = new ArrayList<>(in.names());
    aggregateCalls.forEach(call -> select.add(call.describe(in)));
    return kind() + "(partitionBy=[" + PlanPrinter.fieldNames(in, partitionKeys) + "], orderBy=["
        + in.column(timeField).name() + " ASC], window=["
        + (rows ? "ROWS" : "RANGE") + " BETWEEN " + start + " PRECEDING AND CURRENT ROW], select=["
        + String.join(", ", select) + "])";
  }
}
