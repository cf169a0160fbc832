package io.sluice.planner.rules;

import java.util.function.Function;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.tools.RelBuilderFactory;

/**
 * The configuration of one of Sluice's rules: Calcite's {@link RelRule.Config} as a plain record, where Calcite's
 * own rules generate it with the Immutables annotation processor. It carries the operands to match, a
 * description, and the rule's constructor. Rules build their expressions with Calcite's default builder.
 */
record RuleConfig(String description, RelRule.OperandTransform operandSupplier,
    Function<RuleConfig, RelOptRule> constructor) implements RelRule.Config {

  @Override
  public RelOptRule toRule() {
    return constructor.apply(this);
  }

  @Override
  public RuleConfig withDescription(String newDescription) {
    return new RuleConfig(newDescription, operandSupplier, constructor);
  }

  @Override
  public RuleConfig withOperandSupplier(RelRule.OperandTransform transform) {
    return new RuleConfig(description, transform, constructor);
  }

  /** @throws UnsupportedOperationException always: Sluice's rules use Calcite's default builder */
  @Override
  public RuleConfig withRelBuilderFactory(RelBuilderFactory factory) {
    throw new UnsupportedOperationException("Sluice's rules use the default RelBuilder");
  }
}
