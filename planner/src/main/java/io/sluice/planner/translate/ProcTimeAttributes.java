package io.sluice.planner.translate;

import io.sluice.planner.calcite.LogicalWatermarkAssigner;
import io.sluice.planner.functions.ProcTimeFunction;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;

/**
 * Which columns of an optimized Calcite plan are processing-time attributes: a {@code PROCTIME()} call computed
 * by a Calc or Project, and what carries it on unchanged (a reference in a Calc or Project, a filter, the
 * watermark assigner). Read on the Calcite side, before translation, because the physical Calc keeps only
 * which columns it forwards.
 */
final class ProcTimeAttributes {
  private ProcTimeAttributes() {}

  static boolean isProctime(RelNode rel, int field) {
    if (rel instanceof Calc calc) {
      var program = calc.getProgram();
      return isProctime(calc.getInput(), program.expandLocalRef(program.getProjectList().get(field)));
    }
    if (rel instanceof Project project) {
      return isProctime(project.getInput(), project.getProjects().get(field));
    }
    if (rel instanceof Filter || rel instanceof LogicalWatermarkAssigner) {
      return isProctime(rel.getInput(0), field);
    }
    return false;
  }

  private static boolean isProctime(RelNode input, RexNode expression) {
    if (expression instanceof RexCall call && call.getOperator() instanceof ProcTimeFunction) {
      return true;
    }
    return expression instanceof RexInputRef ref && isProctime(input, ref.getIndex());
  }
}
