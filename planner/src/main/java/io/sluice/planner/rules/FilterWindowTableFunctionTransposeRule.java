package io.sluice.planner.rules;

import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.TableFunctionScan;
import org.apache.calcite.util.ImmutableBitSet;
import org.apache.calcite.util.mapping.Mappings;

/**
 * Pushes a filter below a window table function when it reads none of the window columns:
 * {@code Filter(TUMBLE(t))} becomes {@code TUMBLE(Filter(t))}. The function's input columns keep their positions,
 * so the condition is unchanged. Then a window aggregation can read the function directly and take it over.
 */
final class FilterWindowTableFunctionTransposeRule extends RelRule<RuleConfig> {
  FilterWindowTableFunctionTransposeRule(RuleConfig config) {
    super(config);
  }

  static FilterWindowTableFunctionTransposeRule create() {
    return (FilterWindowTableFunctionTransposeRule) new RuleConfig("FilterWindowTableFunctionTransposeRule",
        b0 -> b0.operand(Filter.class).oneInput(b1 -> b1.operand(TableFunctionScan.class)
            .predicate(WindowTableFunctionScans::isWindow).anyInputs()),
        FilterWindowTableFunctionTransposeRule::new).toRule();
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    Filter filter = call.rel(0);
    TableFunctionScan scan = call.rel(1);
    int windowStart = WindowTableFunctionScans.windowStart(scan);
    ImmutableBitSet used = RelOptUtil.InputFinder.bits(filter.getCondition());
    if (used.isEmpty() || used.length() > windowStart) {
      return;
    }
    RelNode input = call.builder().push(scan.getInput(0)).filter(filter.getCondition()).build();
    call.transformTo(WindowTableFunctionScans.withInput(scan, input,
        Mappings.createIdentity(windowStart)));
  }
}
