package io.sluice.planner;

import io.sluice.planner.plan.PlanNode;
import io.sluice.planner.plan.PlanPrinter;

/**
 * A statement planned for execution.
 *
 * @param root the physical plan
 * @param logicalPlan Calcite's plan as converted from SQL, before optimization (for EXPLAIN)
 */
public record PlannedQuery(PlanNode root, String logicalPlan) {
  /** The EXPLAIN text: the logical plan, then the physical plan. */
  public String explain() {
    return "== Abstract Syntax Tree ==\n" + logicalPlan.strip() + "\n\n"
        + "== Optimized Physical Plan ==\n" + PlanPrinter.print(root).strip() + "\n";
  }
}
