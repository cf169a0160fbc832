package io.sluice.planner.rules;

import java.util.function.Function;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.tools.RelBuilderFactory;

/**
 * The configuration of a Sluice rule: Calcite's rules are configured by classes its build generates (immutables),
 * which Sluice's build does not; this record is the hand-written equivalent, with the logical builder.
 *
 * @param description the rule's name in traces
 * @param operandSupplier the tree of operands the rule matches
 * @param factory creates the rule from this configuration
 */
record RuleConfig(String description, RelRule.OperandTransform operandSupplier,
    Function<RuleConfig, RelOptRule> factory) implements RelRule.Config {

  @Override
  public RelOptRule toRule() {
    return factory.apply(this);
  }

  @Override
  public RelRule.Config withRelBuilderFactory(RelBuilderFactory relBuilderFactory) {
    throw new UnsupportedOperationException("Sluice rules use the logical builder");
  }

  @Override
  public RelRule.Config withDescription(String newDescription) {
    return new RuleConfig(newDescription, operandSupplier, factory);
  }

  @Override
  public RelRule.Config withOperandSupplier(RelRule.OperandTransform transform) {
    return new RuleConfig(description, transform, factory);
  }
}
