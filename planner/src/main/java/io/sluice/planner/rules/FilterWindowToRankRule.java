package io.sluice.planner.rules;

import io.sluice.planner.rel.LogicalRank;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Window;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.tools.RelBuilder;

/**
 * Turns a filter that bounds a {@code ROW_NUMBER()} from above, {@code rn <= N} (or {@code rn < N},
 * {@code rn = N}, {@code rn BETWEEN a AND b}), over the window that computes it, into a {@link LogicalRank} of
 * that range of ranks: the Top-N pattern. The window must compute only that one {@code ROW_NUMBER}, with an
 * {@code ORDER BY}. Conjuncts that bound the rank number by constants ({@link RankNumberBounds}) make up the
 * range; the others stay in a filter above the rank. A range that holds no rank becomes an empty VALUES.
 */
public final class FilterWindowToRankRule extends RelRule<RuleConfig> {
  static final RuleConfig CONFIG = new RuleConfig("FilterWindowToRankRule",
      filter -> filter.operand(Filter.class).oneInput(window -> window.operand(Window.class).anyInputs()),
      FilterWindowToRankRule::new);

  private FilterWindowToRankRule(RuleConfig config) {
    super(config);
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    Filter filter = call.rel(0);
    Window window = call.rel(1);
    if (window.groups.size() != 1) {
      return;
    }
    Window.Group group = window.groups.get(0);
    if (group.aggCalls.size() != 1 || group.aggCalls.get(0).getKind() != SqlKind.ROW_NUMBER
        || group.orderKeys.getFieldCollations().isEmpty()) {
      return;
    }
    int rankNumber = window.getInput().getRowType().getFieldCount();
    long start = 1;
    long end = Long.MAX_VALUE;
    List<RexNode> others = new ArrayList<>();
    for (RexNode conjunct : RelOptUtil.conjunctions(filter.getCondition())) {
      RankNumberBounds bounds = RankNumberBounds.of(conjunct, rankNumber);
      if (bounds == null || !bounds.exact()) {
        others.add(conjunct);
      }
      if (bounds != null) {
        start = Math.max(start, bounds.from());
        end = Math.min(end, bounds.to());
      }
    }
    if (end == Long.MAX_VALUE) {
      return;
    }
    RelBuilder builder = call.builder();
    if (start > end) {
      call.transformTo(builder.push(filter).empty().build());
      return;
    }
    LogicalRank rank = new LogicalRank(window.getCluster(), window.getTraitSet(), window.getInput(),
        group.keys, group.orderKeys, start, end, window.getRowType().getFieldList().get(rankNumber));
    call.transformTo(builder.push(rank).filter(others).build());
  }
}
