package io.sluice.planner.rules;

import org.apache.calcite.plan.RelOptRule;

/** Sluice's own rewrite rules, one instance each, for the logical optimizer to add to Calcite's. */
public final class SluiceRules {
  private SluiceRules() {}

  /** {@code Filter(TUMBLE(t))} → {@code TUMBLE(Filter(t))} when the filter reads no window column. */
  public static final RelOptRule FILTER_WINDOW_TABLE_FUNCTION_TRANSPOSE =
      FilterWindowTableFunctionTransposeRule.create();

  /**
   * {@code Aggregate(Project(TUMBLE(t)))} → {@code Aggregate(Project(TUMBLE(Project(t))))}, computing below the
   * function.
   */
  public static final RelOptRule AGGREGATE_PROJECT_WINDOW_TABLE_FUNCTION_TRANSPOSE =
      AggregateProjectWindowTableFunctionTransposeRule.create();
}
