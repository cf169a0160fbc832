package io.sluice.planner.plan;

import io.sluice.common.types.RowType;
import java.util.ArrayList;
import java.util.List;

/**
 * A window aggregation ({@code GROUP BY window_start, window_end, k} over a window table function): one final row
 * per group and window, emitted once the watermark passes the window's end, so its output is insert-only. Rows
 * behind the watermark are dropped as late.
 *
 * <p>Two ways to find a row's windows: from its event time ({@code timeField >= 0}), when the aggregation reads
 * the window table function's input directly (it took the function over), or from the {@code window_start} and
 * {@code window_end} columns a {@link WindowTableFunctionNode} further upstream attached ({@code windowStartField}
 * and {@code windowEndField >= 0}, {@code timeField} -1), when a Calc sits between the two.
 *
 * @param window the windows; {@link WindowSpec.Kind#SESSION} needs {@code timeField}
 * @param timeField the input's event-time attribute, or -1
 * @param windowStartField the input's {@code window_start}, or -1
 * @param windowEndField the input's {@code window_end}, or -1
 * @param keys the input fields the aggregation is keyed by: the group columns other than the window's
 * @param groupColumns per group column of the output, in order: an index into {@code keys}, or
 *     {@link #WINDOW_START}, {@link #WINDOW_END}, {@link #WINDOW_TIME}
 * @param aggregateCalls the aggregates, whose arguments index the input row; output after the group columns
 */
public record WindowAggregateNode(PlanNode input, WindowSpec window, int timeField, int windowStartField,
    int windowEndField, List<Integer> keys, List<Integer> groupColumns, List<AggregateCall> aggregateCalls,
    RowType outputType) implements PlanNode {
  public static final int WINDOW_START = -1;
  public static final int WINDOW_END = -2;
  public static final int WINDOW_TIME = -3;

  public WindowAggregateNode {
    keys = List.copyOf(keys);
    groupColumns = List.copyOf(groupColumns);
    aggregateCalls = List.copyOf(aggregateCalls);
  }

  public WindowAggregateNode withInput(PlanNode newInput) {
    return new WindowAggregateNode(newInput, window, timeField, windowStartField, windowEndField, keys,
        groupColumns, aggregateCalls, outputType);
  }

  @Override
  public String kind() {
    return "WindowAggregate";
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

  @Override
  public String describe() {
    RowType in = input.outputType();
    List<String> groupBy = new ArrayList<>();
    keys.forEach(k -> groupBy.add(in.column(k).name()));
    String windowText = timeField >= 0
        ? WindowTableFunctionNode.describeWindow(window, in, timeField, List.of())
        : window.describe() + " from [" + in.column(windowStartField).name() + ", "
            + in.column(windowEndField).name() + "]";
    List<String> select = new ArrayList<>();
    for (int i = 0; i < groupColumns.size(); i++) {
      int column = groupColumns.get(i);
      select.add(column >= 0 ? in.column(keys.get(column)).name()
          : propertyName(column) + " AS " + outputType.column(i).name());
    }
    aggregateCalls.forEach(call -> select.add(call.describe(in)));
    return kind() + "(" + (groupBy.isEmpty() ? "" : "groupBy=[" + String.join(", ", groupBy) + "], ")
        + "window=[" + windowText + "], select=[" + String.join(", ", select) + "])";
  }

  private static String propertyName(int column) {
    return switch (column) {
      case WINDOW_START -> "window_start()";
      case WINDOW_END -> "window_end()";
      case WINDOW_TIME -> "window_time()";
      default -> throw new IllegalArgumentException("Not a window property: " + column);
    };
  }
}
