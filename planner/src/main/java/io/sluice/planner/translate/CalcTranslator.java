package io.sluice.planner.translate;

import io.sluice.planner.calcite.TypeConversion;
import io.sluice.planner.codegen.CalcCodeGenerator;
import io.sluice.planner.plan.CalcNode;
import io.sluice.planner.plan.PlanNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLocalRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeUtil;

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
            program.expandLocalRef(program.getCondition()), program.getInputRowType().getFieldList()),
        forwardedFields(program));
  }

  /** Per output column, the input column it copies (directly, or through a cast that only changes nullability). */
  private static List<Integer> forwardedFields(RexProgram program) {
    List<Integer> forwarded = new ArrayList<>();
    for (RexLocalRef project : program.getProjectList()) {
      RexNode expr = program.expandLocalRef(project);
      if (expr.getKind() == SqlKind.CAST && ((RexCall) expr).getOperands().get(0) instanceof RexInputRef ref
          && SqlTypeUtil.equalSansNullability(expr.getType(), ref.getType())) {
        expr = ref;
      }
      forwarded.add(expr instanceof RexInputRef ref ? ref.getIndex() : -1);
    }
    return forwarded;
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
