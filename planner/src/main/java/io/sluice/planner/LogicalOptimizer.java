package io.sluice.planner;

import io.sluice.planner.rules.SluiceRules;
import java.util.EnumSet;
import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.hep.HepMatchOrder;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.plan.hep.HepProgramBuilder;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.rules.AggregateReduceFunctionsRule;
import org.apache.calcite.rel.rules.CoreRules;
import org.apache.calcite.sql.SqlKind;

/**
 * Rewrites a query's relational plan with Calcite's rules, in four phases: first turn joins {@code FOR SYSTEM_TIME
 * AS OF} into temporal joins; move window functions
 * ({@code ROW_NUMBER() OVER (...)}) out of projections into Window nodes; then simplify (push filters down and into joins, computed join keys into projections below the join,
 * merge projections and filters, fold constants, let aggregates read their input's columns directly, rewrite
 * AVG, STDDEV and VARIANCE into SUM and COUNT, which the runtime retracts cheaply, and turn a filter on
 * {@code ROW_NUMBER} into a rank, dropping a rank number nobody reads); then fuse each run of projections and
 * filters into one Calc, which becomes one compiled function at run time.
 */
final class LogicalOptimizer {
  private static final List<RelOptRule> SIMPLIFY = List.of(
      CoreRules.FILTER_PROJECT_TRANSPOSE,
      CoreRules.FILTER_INTO_JOIN,
      CoreRules.JOIN_CONDITION_PUSH,
      CoreRules.JOIN_PUSH_EXPRESSIONS,
      CoreRules.FILTER_MERGE,
      CoreRules.PROJECT_MERGE,
      CoreRules.PROJECT_REMOVE,
      CoreRules.FILTER_REDUCE_EXPRESSIONS,
      CoreRules.PROJECT_REDUCE_EXPRESSIONS,
      CoreRules.FILTER_VALUES_MERGE,
      CoreRules.PROJECT_VALUES_MERGE,
      CoreRules.PROJECT_FILTER_VALUES_MERGE,
      CoreRules.UNION_MERGE,
      CoreRules.AGGREGATE_PROJECT_MERGE,
      SluiceRules.FILTER_WINDOW_TABLE_FUNCTION_TRANSPOSE,
      SluiceRules.AGGREGATE_PROJECT_WINDOW_TABLE_FUNCTION_TRANSPOSE,
      AggregateReduceFunctionsRule.Config.DEFAULT
          .withFunctionsToReduce(EnumSet.of(SqlKind.AVG, SqlKind.STDDEV_POP, SqlKind.STDDEV_SAMP,
              SqlKind.VAR_POP, SqlKind.VAR_SAMP))
          .toRule(),
      SluiceRules.FILTER_WINDOW_TO_RANK,
      SluiceRules.PROJECT_RANK_PRUNE,
      SluiceRules.RANK_NUMBER_COLUMN_REMOVE);

  private static final List<RelOptRule> TO_CALC = List.of(
      CoreRules.FILTER_TO_CALC,
      CoreRules.PROJECT_TO_CALC,
      CoreRules.CALC_MERGE,
      CoreRules.CALC_REMOVE);

  private LogicalOptimizer() {}

  static RelNode optimize(RelNode rel) {
    HepProgram program = new HepProgramBuilder()
        .addMatchOrder(HepMatchOrder.BOTTOM_UP)
        .addRuleInstance(SluiceRules.CORRELATE_FILTER_SNAPSHOT_TO_TEMPORAL_JOIN)
        .addRuleInstance(SluiceRules.CORRELATE_SNAPSHOT_TO_TEMPORAL_JOIN)
        .addRuleInstance(CoreRules.PROJECT_TO_LOGICAL_PROJECT_AND_WINDOW)
        .addRuleCollection(SIMPLIFY)
        .addRuleCollection(TO_CALC)
        .build();
    HepPlanner planner = new HepPlanner(program);
    planner.setRoot(rel);
    return planner.findBestExp();
  }
}
