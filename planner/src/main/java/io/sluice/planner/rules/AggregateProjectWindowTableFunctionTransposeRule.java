package io.sluice.planner.rules;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.TableFunctionScan;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.util.mapping.Mapping;
import org.apache.calcite.util.mapping.MappingType;
import org.apache.calcite.util.mapping.Mappings;

/**
 * Pushes the computing part of an aggregate's input projection below a window table function: in
 * {@code Aggregate(Project(TUMBLE(t)))} every expression over the input's columns is evaluated by a new projection
 * below the function (which also keeps the columns the function's descriptors name), and the projection above
 * becomes plain column references, which the aggregate then absorbs; a window aggregation can then read the
 * function directly. Applies only when some expression computes something and none computes with a window column
 * (a window column may be passed on as it is). Without an aggregate above, the projection is best left where it
 * is: it would only split into two.
 */
final class AggregateProjectWindowTableFunctionTransposeRule extends RelRule<RuleConfig> {
  AggregateProjectWindowTableFunctionTransposeRule(RuleConfig config) {
    super(config);
  }

  static AggregateProjectWindowTableFunctionTransposeRule create() {
    return (AggregateProjectWindowTableFunctionTransposeRule) new RuleConfig(
        "AggregateProjectWindowTableFunctionTransposeRule",
        b0 -> b0.operand(Aggregate.class).oneInput(b1 -> b1.operand(Project.class).oneInput(b2 -> b2
            .operand(TableFunctionScan.class).predicate(WindowTableFunctionScans::isWindow).anyInputs())),
        AggregateProjectWindowTableFunctionTransposeRule::new).toRule();
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    Aggregate aggregate = call.rel(0);
    Project project = call.rel(1);
    TableFunctionScan scan = call.rel(2);
    int windowStart = WindowTableFunctionScans.windowStart(scan);
    boolean computes = false;
    for (RexNode expr : project.getProjects()) {
      if (expr instanceof RexInputRef) {
        continue;
      }
      computes = true;
      if (RelOptUtil.InputFinder.bits(expr).length() > windowStart) {
        return;
      }
    }
    if (!computes) {
      return;
    }
    // Below: the descriptor columns first (so the function still finds them), then each computed expression.
    List<Integer> descriptors = WindowTableFunctionScans.descriptorColumns(scan).asList();
    Mapping descriptorMapping = Mappings.create(MappingType.PARTIAL_FUNCTION, windowStart, descriptors.size());
    List<RexNode> below = new ArrayList<>();
    for (int i = 0; i < descriptors.size(); i++) {
      descriptorMapping.set(descriptors.get(i), i);
      below.add(RexInputRef.of(descriptors.get(i), scan.getInput(0).getRowType()));
    }
    for (RexNode expr : project.getProjects()) {
      if (!isWindowColumn(expr, windowStart) && indexOf(below, expr) < 0) {
        below.add(expr);
      }
    }
    RelNode input = call.builder().push(scan.getInput(0)).project(below).build();
    TableFunctionScan moved = WindowTableFunctionScans.withInput(scan, input, descriptorMapping);
    List<RexNode> refs = new ArrayList<>();
    for (RexNode expr : project.getProjects()) {
      int index = isWindowColumn(expr, windowStart)
          ? below.size() + ((RexInputRef) expr).getIndex() - windowStart
          : indexOf(below, expr);
      refs.add(RexInputRef.of(index, moved.getRowType()));
    }
    RelNode above = call.builder().push(moved).project(refs, project.getRowType().getFieldNames()).build();
    call.transformTo(aggregate.copy(aggregate.getTraitSet(), List.of(above)));
  }

  private static boolean isWindowColumn(RexNode expr, int windowStart) {
    return expr instanceof RexInputRef ref && ref.getIndex() >= windowStart;
  }

  private static int indexOf(List<RexNode> expressions, RexNode expr) {
    for (int i = 0; i < expressions.size(); i++) {
      if (expressions.get(i).equals(expr)) {
        return i;
      }
    }
    return -1;
  }
}
