package io.sluice.engine.translate;

import io.sluice.common.config.Configuration;
import io.sluice.common.config.SluiceOptions;
import io.sluice.common.function.ProjectFilter;
import io.sluice.connectors.LookupTableSource;
import io.sluice.executor.operators.join.AsyncLookup;
import io.sluice.executor.operators.join.LookupJoinOperator;
import io.sluice.executor.operators.join.LookupJoinSpec;
import io.sluice.executor.operators.join.TemporalJoinOperator;
import io.sluice.planner.plan.GeneratedCode;
import io.sluice.planner.plan.LookupJoinNode;
import io.sluice.planner.plan.TemporalJoinNode;
import io.sluice.executor.api.OperatorFactory;
import io.sluice.executor.operators.join.IntervalJoinOperator;
import io.sluice.executor.operators.join.IntervalJoinSpec;
import io.sluice.executor.operators.join.JoinCondition;
import io.sluice.executor.operators.join.JoinSpec;
import io.sluice.executor.operators.join.StreamingJoinOperator;
import io.sluice.executor.operators.join.WindowJoinOperator;
import io.sluice.planner.codegen.CodeCompiler;
import io.sluice.planner.codegen.RuntimeDataContext;
import io.sluice.planner.plan.JoinNode;
import io.sluice.planner.plan.JoinWindow;
import io.sluice.planner.plan.TimeBounds;

/** Maps the plan's join nodes onto the runtime's join operators, with their compiled conditions. */
final class JoinOperators {
  private JoinOperators() {}

  /** A regular join's operator, or an interval or window join's when the node has time bounds or windows. */
  static OperatorFactory join(JoinNode node) {
    // Compile now, so a problem shows when the statement runs rather than inside a task.
    CodeCompiler.instantiate(node.condition(), ProjectFilter.class, new RuntimeDataContext());
    TimeBounds bounds = node.timeBounds();
    JoinWindow window = node.window();
    if (window != null) {
      return () -> new WindowJoinOperator(spec(node), window.leftEndField(), window.rightEndField());
    }
    if (bounds == null) {
      return () -> new StreamingJoinOperator(spec(node));
    }
    return () -> new IntervalJoinOperator(new IntervalJoinSpec(spec(node), bounds.leftTimeField(),
        bounds.rightTimeField(), bounds.lower(), bounds.upper()));
  }

  /** An event-time temporal join's operator. */
  static OperatorFactory temporalJoin(TemporalJoinNode node) {
    CodeCompiler.instantiate(node.condition(), ProjectFilter.class, new RuntimeDataContext());
    return () -> new TemporalJoinOperator(new JoinSpec(node.left().outputType(), node.right().outputType(),
        node.joinType().leftOuter(), false, condition(node.condition())), node.leftTimeField(),
        node.rightTimeField());
  }

  /**
   * A lookup join's operator, looking rows up through {@code table}; async as the table and the job's
   * {@code table.exec.async-lookup.*} options say.
   */
  static OperatorFactory lookupJoin(LookupJoinNode node, LookupTableSource table, Configuration configuration) {
    CodeCompiler.instantiate(node.condition(), ProjectFilter.class, new RuntimeDataContext());
    AsyncLookup async = table.asyncThreads() == 0 ? AsyncLookup.SYNC : new AsyncLookup(table.asyncThreads(),
        configuration.get(SluiceOptions.ASYNC_LOOKUP_BUFFER_CAPACITY),
        configuration.get(SluiceOptions.ASYNC_LOOKUP_OUTPUT_MODE) == SluiceOptions.AsyncOutputMode.ORDERED);
    int[] inputKeys = node.inputKeys().stream().mapToInt(Integer::intValue).toArray();
    return () -> new LookupJoinOperator(new LookupJoinSpec(node.tableSchema(), inputKeys,
        node.joinType().leftOuter(), condition(node.condition()), table.function(), async));
  }

  private static JoinSpec spec(JoinNode node) {
    return new JoinSpec(node.left().outputType(), node.right().outputType(), node.joinType().leftOuter(),
        node.joinType().rightOuter(), condition(node.condition()));
  }

  /** The compiled condition over the left fields followed by the right ones; one instance per operator. */
  private static JoinCondition condition(GeneratedCode code) {
    ProjectFilter function = CodeCompiler.instantiate(code, ProjectFilter.class,
        new RuntimeDataContext());
    return (left, right) -> {
      Object[] pair = new Object[left.length + right.length];
      System.arraycopy(left, 0, pair, 0, left.length);
      System.arraycopy(right, 0, pair, left.length, right.length);
      return function.apply(pair) != null;
    };
  }
}
