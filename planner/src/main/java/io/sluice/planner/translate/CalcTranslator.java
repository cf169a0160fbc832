package io.sluice.planner.translate;

import io.sluice.planner.calcite.TypeConversion;
import io.sluice.planner.codegen.CalcCodeGenerator;
import io.sluice.planner.plan.CalcNode;
import io.sluice.planner.plan.PlanNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexLocalRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;

final class CalcTranslator implements RelTranslator<Calc> {
  @Override
  public PlanNode translate(Calc rel, List<PlanNode> inputs, TranslationContext context) {
    RexProgram program = rel.getProgram();
    return new CalcNode(
        inputs.get(0),
        TypeConversion.toRowType(rel.getRowType()),
        CalcCodeGenerator.generate(program, context.typeFactory()),
        describeProjection(program),
        program.getCondition() == null ? null : ExpressionNames.withInputNames(
            program.expandLocalRef(program.getCondition()), program.getInputRowType().getFieldList()));
  }

  /** {@code id, *(id, 2) AS twice}: input column names instead of $0, aliases where the name changes. */
  private static String describeProjection(RexProgram program) {
    List<String> items = new ArrayList<>();
    List<RelDataTypeField> inputFields = program.getInputRowType().getFieldList();
    List<RelDataTypeField> outputFields = program.getOutputRowType().getFieldList();
    List<RexLocalRef> projects = program.getProjectList();
    for (int i = 0; i < projects.size(); i++) {
      RexNode expr = program.expandLocalRef(projects.get(i));
      String text = ExpressionNames.withInputNames(expr, inputFields);
      String name = outputFields.get(i).getName();
      items.add(text.equals(name) ? text : text + " AS " + name);
    }
    return String.join(", ", items);
  }
}
