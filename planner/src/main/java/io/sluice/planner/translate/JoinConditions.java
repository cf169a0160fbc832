package io.sluice.planner.translate;

import io.sluice.planner.codegen.CalcCodeGenerator;
import io.sluice.planner.plan.GeneratedCode;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.JoinInfo;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.sql.type.SqlTypeUtil;
import org.apache.calcite.sql.validate.SqlValidatorUtil;

/** What every join translator reads from a join condition over the left fields followed by the right ones. */
final class JoinConditions {
  /** Pairwise equal key fields: {@code left.get(i) = right.get(i)} (right fields counted from 0). */
  record Keys(List<Integer> left, List<Integer> right) {
    boolean isEmpty() {
      return left.isEmpty();
    }
  }

  private JoinConditions() {}

  /**
   * The equalities between a column of each input whose types agree (Calcite's {@link JoinInfo}); others stay
   * in the condition only.
   */
  static Keys keys(RelNode left, RelNode right, RexNode condition, JavaTypeFactory typeFactory) {
    JoinInfo info = JoinInfo.of(left, right, condition);
    List<Integer> leftKeys = new ArrayList<>();
    List<Integer> rightKeys = new ArrayList<>();
    List<RelDataTypeField> leftFields = left.getRowType().getFieldList();
    List<RelDataTypeField> rightFields = right.getRowType().getFieldList();
    for (int i = 0; i < info.leftKeys.size(); i++) {
      RelDataType leftType = leftFields.get(info.leftKeys.get(i)).getType();
      RelDataType rightType = rightFields.get(info.rightKeys.get(i)).getType();
      if (SqlTypeUtil.equalSansNullability(typeFactory, leftType, rightType)) {
        leftKeys.add(info.leftKeys.get(i));
        rightKeys.add(info.rightKeys.get(i));
      }
    }
    return new Keys(List.copyOf(leftKeys), List.copyOf(rightKeys));
  }

  /**
   * The whole condition, keys included (so NULL keys match nothing), compiled as a filter without projections
   * over the left fields followed by the right ones: the generated class yields an empty row when a pair joins.
   */
  static GeneratedCode compile(RelNode left, RelNode right, RexNode condition, JavaTypeFactory typeFactory) {
    RelDataType pairType = SqlValidatorUtil.deriveJoinRowType(left.getRowType(), right.getRowType(),
        JoinRelType.INNER, typeFactory, null, List.of());
    RexProgram program = RexProgram.create(pairType, List.of(), condition,
        typeFactory.createStructType(List.of(), List.of()), new RexBuilder(typeFactory));
    return CalcCodeGenerator.generate(program, typeFactory);
  }

  /** The condition as EXPLAIN shows it, with the inputs' column names. */
  static String text(RelNode left, RelNode right, RexNode condition) {
    List<RelDataTypeField> fields = new ArrayList<>(left.getRowType().getFieldList());
    fields.addAll(right.getRowType().getFieldList());
    return ExpressionNames.withInputNames(condition, fields);
  }
}
