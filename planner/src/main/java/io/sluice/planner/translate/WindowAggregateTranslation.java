package io.sluice.planner.translate;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.common.types.RowType;
import io.sluice.planner.plan.AggregateCall;
import io.sluice.planner.plan.CalcNode;
import io.sluice.planner.plan.PlanNode;
import io.sluice.planner.plan.WindowAggregateNode;
import io.sluice.planner.plan.WindowSpec;
import io.sluice.planner.plan.WindowTableFunctionNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Recognises a window aggregation: an aggregate that groups by both {@code window_start} and {@code window_end} of
 * a window table function. Directly over the function, the aggregation takes it over and assigns windows itself
 * from the event time (HOP and CUMULATE rows then cross the network once, not once per window). With a Calc in
 * between that forwards both columns, the function stays and the aggregation reads the windows it attached
 * (TUMBLE, HOP and CUMULATE only: sessions are found by the aggregation). An aggregate that groups a window
 * aggregation's output by its {@code window_start} and {@code window_end} is a cascaded window aggregation, as in
 * Flink: it reads the windows attached to the rows, so it too emits once per window and forgets it (a plain group
 * aggregation there would keep every window forever and emit updates). Any other aggregate is not a window
 * aggregation; it stays a group aggregation over the function's rows.
 */
final class WindowAggregateTranslation {
  private WindowAggregateTranslation() {}

  /** The window aggregation, or empty when the aggregate is not one. */
  static Optional<PlanNode> of(PlanNode input, List<Integer> grouping, List<AggregateCall> calls, RowType output) {
    if (input instanceof WindowTableFunctionNode function) {
      return merged(function, grouping, calls, output);
    }
    if (input instanceof CalcNode calc && calc.input() instanceof WindowTableFunctionNode function) {
      return attached(calc, function, grouping, calls, output);
    }
    return WindowColumns.cascaded(input, grouping).map(windows -> {
      Grouping split = Grouping.split(grouping, windows.startField(), windows.endField(), windows.timeField());
      return new WindowAggregateNode(input, windows.window(), -1, windows.startField(), windows.endField(),
          split.keys(), split.columns(), calls, output);
    });
  }

  private static Optional<PlanNode> merged(WindowTableFunctionNode function, List<Integer> grouping,
      List<AggregateCall> calls, RowType output) {
    int start = function.windowStartField();
    if (!grouping.contains(start) || !grouping.contains(start + 1)) {
      return Optional.empty();
    }
    for (AggregateCall call : calls) {
      if (call.arguments().stream().anyMatch(a -> a >= start) || call.filterArgument() >= start) {
        throw new SluiceException(ErrorCode.UNSUPPORTED, "Aggregates over window_start, window_end or "
            + "window_time are not supported in a window aggregation; group by them instead.");
      }
    }
    Grouping split = Grouping.split(grouping, start, start + 1, start + 2);
    if (function.window().kind() == WindowSpec.Kind.SESSION
        && !new HashSet<>(split.keys()).equals(new HashSet<>(function.partitionKeys()))) {
      RowType in = function.input().outputType();
      throw new SluiceException(ErrorCode.UNSUPPORTED, "A SESSION window aggregation must group by exactly the "
          + "columns of SESSION's PARTITION BY (" + names(function.partitionKeys(), in) + "), besides "
          + "window_start and window_end; it groups by " + names(split.keys(), in) + ".");
    }
    return Optional.of(new WindowAggregateNode(function.input(), function.window(), function.timeField(), -1, -1,
        split.keys(), split.columns(), calls, output));
  }

  private static Optional<PlanNode> attached(CalcNode calc, WindowTableFunctionNode function,
      List<Integer> grouping, List<AggregateCall> calls, RowType output) {
    int start = function.windowStartField();
    int startField = forwarding(calc, grouping, start);
    int endField = forwarding(calc, grouping, start + 1);
    if (startField < 0 || endField < 0) {
      return Optional.empty();
    }
    if (function.window().kind() == WindowSpec.Kind.SESSION) {
      throw new SluiceException(ErrorCode.UNSUPPORTED, "A SESSION window aggregation must read SESSION's rows "
          + "directly: move filters and expressions into a subquery on the table inside SESSION(TABLE ...).");
    }
    Grouping split = Grouping.split(grouping, startField, endField, forwarding(calc, grouping, start + 2));
    return Optional.of(new WindowAggregateNode(calc, function.window(), -1, startField, endField, split.keys(),
        split.columns(), calls, output));
  }

  /** The group field of the Calc's output that forwards the function's field, or -1. */
  private static int forwarding(CalcNode calc, List<Integer> grouping, int functionField) {
    for (int field : grouping) {
      if (calc.forwardedFields().get(field) == functionField) {
        return field;
      }
    }
    return -1;
  }

  private static String names(List<Integer> fields, RowType type) {
    return fields.isEmpty() ? "no columns" : String.join(", ", fields.stream().map(i -> type.column(i).name())
        .toList());
  }

  /** The group fields split into the key fields and, per group column, a key index or a window property. */
  private record Grouping(List<Integer> keys, List<Integer> columns) {
    static Grouping split(List<Integer> grouping, int start, int end, int time) {
      List<Integer> keys = new ArrayList<>();
      List<Integer> columns = new ArrayList<>();
      for (int field : grouping) {
        if (field == start) {
          columns.add(WindowAggregateNode.WINDOW_START);
        } else if (field == end) {
          columns.add(WindowAggregateNode.WINDOW_END);
        } else if (field == time) {
          columns.add(WindowAggregateNode.WINDOW_TIME);
        } else {
          columns.add(keys.size());
          keys.add(field);
        }
      }
      return new Grouping(keys, columns);
    }
  }
}
