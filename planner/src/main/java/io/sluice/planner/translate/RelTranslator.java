package io.sluice.planner.translate;

import io.sluice.planner.plan.PlanNode;
import java.util.List;
import org.apache.calcite.rel.RelNode;

/** Turns one kind of optimized Calcite node, whose inputs are already translated, into a physical plan node. */
interface RelTranslator<R extends RelNode> {
  PlanNode translate(R rel, List<PlanNode> inputs, TranslationContext context);
}
