package io.sluice.planner.rules;

import io.sluice.planner.rel.LogicalRank;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.Project;

/**
 * Drops the rank number from a {@link LogicalRank}'s output when the projection above does not read it
 * ({@code SELECT a, b FROM (... ROW_NUMBER() ... AS rn ...) WHERE rn <= 3}): the rank then emits its rows without
 * the rank, and a row entering the top no longer updates the rows below it. The rank number is the rank's last
 * field, so the projection's references stay as they are.
 */
public final class ProjectRankPruneRule extends RelRule<RuleConfig> {
  static final RuleConfig CONFIG = new RuleConfig("ProjectRankPruneRule",
      project -> project.operand(Project.class).oneInput(rank -> rank.operand(LogicalRank.class)
          .predicate(LogicalRank::outputsRankNumber).anyInputs()),
      ProjectRankPruneRule::new);

  private ProjectRankPruneRule(RuleConfig config) {
    super(config);
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    Project project = call.rel(0);
    LogicalRank rank = call.rel(1);
    if (RelOptUtil.InputFinder.bits(project.getProjects(), null).get(rank.rankNumberIndex())) {
      return;
    }
    call.transformTo(project.copy(project.getTraitSet(), rank.withoutRankNumber(), project.getProjects(),
        project.getRowType()));
  }
}
