package io.sluice.planner.rules;

import org.apache.calcite.plan.RelOptRule;

/** The instances of Sluice's own rewrite rules; Calcite's are in {@link org.apache.calcite.rel.rules.CoreRules}. */
public final class SluiceRules {
  private SluiceRules() {}

  /** Filter on {@code ROW_NUMBER} over its window → {@link io.sluice.planner.rel.LogicalRank}. */
  public static final RelOptRule FILTER_WINDOW_TO_RANK = FilterWindowToRankRule.CONFIG.toRule();

  /** Drops a rank number no projection reads. */
  public static final RelOptRule PROJECT_RANK_PRUNE = ProjectRankPruneRule.CONFIG.toRule();

  /** Replaces the rank number of a one-rank range by its constant. */
  public static final RelOptRule RANK_NUMBER_COLUMN_REMOVE = RankNumberColumnRemoveRule.CONFIG.toRule();

  /** {@code Filter(TUMBLE(t))} → {@code TUMBLE(Filter(t))} when the filter reads no window column. */
  public static final RelOptRule FILTER_WINDOW_TABLE_FUNCTION_TRANSPOSE =
      FilterWindowTableFunctionTransposeRule.create();

  /**
   * {@code Aggregate(Project(TUMBLE(t)))} → {@code Aggregate(Project(TUMBLE(Project(t))))}, computing below the
   * function.
   */
  public static final RelOptRule AGGREGATE_PROJECT_WINDOW_TABLE_FUNCTION_TRANSPOSE =
      AggregateProjectWindowTableFunctionTransposeRule.create();

  /** {@code Correlate(l, Filter(Snapshot(r)))} → {@link io.sluice.planner.rel.LogicalTemporalJoin}. */
  public static final RelOptRule CORRELATE_FILTER_SNAPSHOT_TO_TEMPORAL_JOIN =
      CorrelateSnapshotToTemporalJoinRule.WITH_FILTER.toRule();

  /** {@code Correlate(l, Snapshot(r))} → {@link io.sluice.planner.rel.LogicalTemporalJoin}. */
  public static final RelOptRule CORRELATE_SNAPSHOT_TO_TEMPORAL_JOIN =
      CorrelateSnapshotToTemporalJoinRule.WITHOUT_FILTER.toRule();
}
