package io.sluice.engine.translate;

import io.sluice.common.function.ProjectFilter;
import io.sluice.executor.api.OperatorFactory;
import io.sluice.executor.operators.join.IntervalJoinOperator;
import io.sluice.executor.operators.join.IntervalJoinSpec;
import io.sluice.executor.operators.join.JoinCondition;
import io.sluice.executor.operators.join.JoinSpec;
import io.sluice.executor.operators.join.StreamingJoinOperator;
import io.sluice.planner.codegen.CodeCompiler;
import io.sluice.planner.codegen.RuntimeDataContext;
import io.sluice.planner.plan.JoinNode;
import io.sluice.planner.plan.TimeBounds;

/** Maps the plan's join nodes onto the runtime's join operators, with their compiled conditions. */
final class JoinOperators {
  private JoinOperators() {}

  /** A regular join's operator, or an interval join's when the node has time bounds. */
  static OperatorFactory join(JoinNode node) {
    // Compile now, so a problem shows when the statement runs rather than inside a task.
    CodeCompiler.instantiate(node.condition(), ProjectFilter.class, new RuntimeDataContext());
    TimeBounds bounds = node.timeBounds();
    if (bounds == null) {
      return () -> new StreamingJoinOperator(spec(node));
    }
    return () -> new IntervalJoinOperator(new IntervalJoinSpec(spec(node), bounds.leftTimeField(),
        bounds.rightTimeField(), bounds.lower(), bounds.upper()));
  }

  private static JoinSpec spec(JoinNode node) {
    return new JoinSpec(node.left().outputType(), node.right().outputType(), node.joinType().leftOuter(),
        node.joinType().rightOuter(), condition(node));
  }

  /** The compiled condition over the left fields followed by the right ones; one instance per operator. */
  private static JoinCondition condition(JoinNode node) {
    ProjectFilter function = CodeCompiler.instantiate(node.condition(), ProjectFilter.class,
        new RuntimeDataContext());
    return (left, right) -> {
      Object[] pair = new Object[left.length + right.length];
      System.arraycopy(left, 0, pair, 0, left.length);
      System.arraycopy(right, 0, pair, left.length, right.length);
      return function.apply(pair) != null;
    };
  }
}
