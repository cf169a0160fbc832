package io.sluice.planner.rules;

import io.sluice.planner.rel.LogicalRank;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.tools.RelBuilder;

/**
 * When a {@link LogicalRank}'s range holds one rank ({@code rn = 1}), its rank number is that constant: the rank
 * stops emitting it and a projection above adds the constant (Flink's rule of the same name). Deduplication
 * ({@code rn = 1}) is recognised on the rank without its number.
 */
public final class RankNumberColumnRemoveRule extends RelRule<RuleConfig> {
  static final RuleConfig CONFIG = new RuleConfig("RankNumberColumnRemoveRule",
      rank -> rank.operand(LogicalRank.class)
          .predicate(r -> r.outputsRankNumber() && r.rankStart() == r.rankEnd()).anyInputs(),
      RankNumberColumnRemoveRule::new);

  private RankNumberColumnRemoveRule(RuleConfig config) {
    super(config);
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalRank rank = call.rel(0);
    RelBuilder builder = call.builder().push(rank.withoutRankNumber());
    List<RexNode> fields = new ArrayList<>(builder.fields());
    RelDataType rankType = rank.getRowType().getFieldList().get(rank.rankNumberIndex()).getType();
    fields.add(builder.getRexBuilder().makeExactLiteral(BigDecimal.valueOf(rank.rankStart()), rankType));
    call.transformTo(builder.project(fields, rank.getRowType().getFieldNames()).build());
  }
}
