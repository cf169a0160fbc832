package io.sluice.planner.translate;

import io.sluice.planner.plan.CalcNode;
import io.sluice.planner.plan.PlanNode;
import io.sluice.planner.plan.WindowAggregateNode;
import io.sluice.planner.plan.WindowSpec;
import io.sluice.planner.plan.WindowTableFunctionNode;
import io.sluice.planner.plan.JoinWindow;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which columns of a physical plan node are a window's bounds: {@code window_start} and {@code window_end} of a
 * window table function or grouped by a window aggregation, and what a Calc forwards of them unchanged. A window
 * Top-N partitions by both, a window join equates both of its inputs', and a cascaded window aggregation groups
 * by both of a window aggregation's output, so each knows when a window's rows are complete.
 */
final class WindowColumns {
  private enum Bound { START, END, NONE }

  private WindowColumns() {}

  /** The field among {@code fields} that is {@code window_end}, if another of them is {@code window_start}. */
  static OptionalInt windowEnd(PlanNode node, List<Integer> fields) {
    boolean start = fields.stream().anyMatch(field -> bound(node, field) == Bound.START);
    return start
        ? fields.stream().filter(field -> bound(node, field) == Bound.END).mapToInt(Integer::intValue).findFirst()
        : OptionalInt.empty();
  }

  /**
   * The window join of two inputs over these key pairs: the positions of {@code window_end} in each input, if
   * the pairs equate both inputs' {@code window_start} and both inputs' {@code window_end}.
   */
  static Optional<JoinWindow> joinWindow(PlanNode left, List<Integer> leftKeys, PlanNode right,
      List<Integer> rightKeys) {
    boolean starts = false;
    JoinWindow ends = null;
    for (int i = 0; i < leftKeys.size(); i++) {
      Bound leftBound = bound(left, leftKeys.get(i));
      if (leftBound != Bound.NONE && leftBound == bound(right, rightKeys.get(i))) {
        starts |= leftBound == Bound.START;
        ends = leftBound == Bound.END ? new JoinWindow(leftKeys.get(i), rightKeys.get(i)) : ends;
      }
    }
    return starts ? Optional.ofNullable(ends) : Optional.empty();
  }

  /**
   * The windows of a window aggregation's output, as a cascaded window aggregation over it finds them among its
   * group fields: the fields holding {@code window_start} and {@code window_end} of the same window aggregation
   * upstream (seen through Calcs that forward them), and that aggregation's windows.
   *
   * @param timeField the group field holding the same aggregation's {@code window_time}, or -1
   */
  record Cascaded(int startField, int endField, int timeField, WindowSpec window) {}

  /** The cascaded windows among {@code grouping}, or empty when it does not hold both bounds of one aggregation. */
  static Optional<Cascaded> cascaded(PlanNode input, List<Integer> grouping) {
    int start = -1;
    int end = -1;
    int time = -1;
    WindowAggregateNode origin = null;
    for (int field : grouping) {
      Origin found = origin(input, field);
      if (found == null || origin != null && found.aggregate() != origin) {
        continue;
      }
      int column = found.aggregate().groupColumns().get(found.field());
      if (column == WindowAggregateNode.WINDOW_START && start < 0) {
        start = field;
      } else if (column == WindowAggregateNode.WINDOW_END && end < 0) {
        end = field;
      } else if (column == WindowAggregateNode.WINDOW_TIME && time < 0) {
        time = field;
      } else {
        continue;
      }
      origin = found.aggregate();
    }
    return start >= 0 && end >= 0
        ? Optional.of(new Cascaded(start, end, time, Objects.requireNonNull(origin).window())) : Optional.empty();
  }

  /** A window property column of a window aggregation: the aggregation and its output field. */
  private record Origin(WindowAggregateNode aggregate, int field) {}

  private static Origin origin(PlanNode node, int field) {
    if (node instanceof CalcNode calc) {
      int forwarded = calc.forwardedFields().get(field);
      return forwarded < 0 ? null : origin(calc.input(), forwarded);
    }
    return node instanceof WindowAggregateNode aggregate && field < aggregate.groupColumns().size()
        && aggregate.groupColumns().get(field) < 0 ? new Origin(aggregate, field) : null;
  }

  private static Bound bound(PlanNode node, int field) {
    if (node instanceof CalcNode calc) {
      int forwarded = calc.forwardedFields().get(field);
      return forwarded < 0 ? Bound.NONE : bound(calc.input(), forwarded);
    }
    if (node instanceof WindowTableFunctionNode window) {
      int start = window.windowStartField();
      return field == start ? Bound.START : field == start + 1 ? Bound.END : Bound.NONE;
    }
    if (node instanceof WindowAggregateNode aggregate && field < aggregate.groupColumns().size()) {
      int column = aggregate.groupColumns().get(field);
      return column == WindowAggregateNode.WINDOW_START ? Bound.START
          : column == WindowAggregateNode.WINDOW_END ? Bound.END : Bound.NONE;
    }
    return Bound.NONE;
  }
}
