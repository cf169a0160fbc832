package io.sluice.planner.translate;

import io.sluice.planner.plan.CalcNode;
import io.sluice.planner.plan.JoinNode;
import io.sluice.planner.plan.LookupJoinNode;
import io.sluice.planner.plan.TemporalJoinNode;
import io.sluice.planner.plan.OverAggregateNode;
import io.sluice.planner.plan.PlanNode;
import io.sluice.planner.plan.UnionNode;
import io.sluice.planner.plan.WatermarkAssignerNode;
import io.sluice.planner.plan.WindowAggregateNode;
import io.sluice.planner.plan.WindowRankNode;
import io.sluice.planner.plan.WindowTableFunctionNode;

/**
 * Which columns of a physical plan node are event-time attributes (Flink's rowtime indicators; Calcite has none):
 * the rowtime column of a {@link WatermarkAssignerNode}, and what carries it on unchanged — a Calc that forwards
 * it, every input of a union, a window table function's input columns and its {@code window_time}, and the
 * {@code window_time} a window aggregation groups by,
 * the input columns an OVER aggregation or a window Top-N forwards, and both inputs' rowtimes an interval join
 * emits (as in Flink, whose interval join keeps the time attributes of both inputs), the left input's a temporal
 * or lookup join emits. Only such a column has watermarks that say when a window on
 * it is complete.
 */
final class TimeAttributes {
  private TimeAttributes() {}

  static boolean isRowtime(PlanNode node, int field) {
    if (node instanceof WatermarkAssignerNode assigner) {
      return field == assigner.rowtimeField();
    }
    if (node instanceof CalcNode calc) {
      int forwarded = calc.forwardedFields().get(field);
      return forwarded >= 0 && isRowtime(calc.input(), forwarded);
    }
    if (node instanceof UnionNode union) {
      return union.inputs().stream().allMatch(input -> isRowtime(input, field));
    }
    if (node instanceof WindowTableFunctionNode window) {
      int start = window.windowStartField();
      return field == start + 2 || field < start && isRowtime(window.input(), field);
    }
    if (node instanceof WindowAggregateNode aggregate) {
      return field < aggregate.groupColumns().size()
          && aggregate.groupColumns().get(field) == WindowAggregateNode.WINDOW_TIME;
    }
    if (node instanceof OverAggregateNode || node instanceof WindowRankNode) {
      PlanNode input = node.inputs().get(0);
      return field < input.outputType().arity() && isRowtime(input, field);
    }
    if (node instanceof TemporalJoinNode || node instanceof LookupJoinNode) {
      PlanNode left = node.inputs().get(0);
      return field < left.outputType().arity() && isRowtime(left, field);
    }
    if (node instanceof JoinNode join && join.timeBounds() != null) {
      int leftArity = join.left().outputType().arity();
      return field < leftArity ? isRowtime(join.left(), field) : isRowtime(join.right(), field - leftArity);
    }
    return false;
  }
}
