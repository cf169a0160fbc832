package io.sluice.planner.translate;

import io.sluice.planner.calcite.LogicalWatermarkAssigner;
import io.sluice.planner.codegen.CalcCodeGenerator;
import io.sluice.planner.plan.PlanNode;
import io.sluice.planner.plan.WatermarkAssignerNode;
import java.util.List;
import org.apache.calcite.rex.RexProgramBuilder;

/** A table's watermark assigner: its expression is compiled like a Calc's projection, onto one column. */
final class WatermarkAssignerTranslator implements RelTranslator<LogicalWatermarkAssigner> {
  @Override
  public PlanNode translate(LogicalWatermarkAssigner rel, List<PlanNode> inputs, TranslationContext context) {
    RexProgramBuilder program = new RexProgramBuilder(rel.getInput().getRowType(),
        rel.getCluster().getRexBuilder());
    program.addProject(rel.watermark(), "watermark");
    return new WatermarkAssignerNode(inputs.get(0), rel.rowtimeField(),
        CalcCodeGenerator.generate(program.getProgram(), context.typeFactory()),
        ExpressionNames.withInputNames(rel.watermark(), rel.getInput().getRowType().getFieldList()));
  }
}
