package io.sluice.planner.translate;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.planner.calcite.TypeConversion;
import io.sluice.planner.codegen.CalcCodeGenerator;
import io.sluice.planner.plan.JoinNode;
import io.sluice.planner.plan.PlanNode;
import io.sluice.planner.plan.TimeBounds;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.JoinInfo;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.sql.type.SqlTypeUtil;
import org.apache.calcite.sql.validate.SqlValidatorUtil;

/**
 * Translates a Calcite join into a regular {@link JoinNode}. Its keys are the equalities between a column of each
 * input whose types agree (Calcite's {@link JoinInfo}); the whole condition is compiled, keys included, so that
 * NULL keys match nothing. A join without such a key is refused: over unbounded inputs it would have to keep
 * every row of both and compare each new row with all of them. When both inputs are insert-only and the condition
 * bounds their rowtimes against each other ({@link IntervalJoinBounds}), the node is an interval join.
 */
final class JoinTranslator implements RelTranslator<Join> {
  @Override
  public PlanNode translate(Join rel, List<PlanNode> inputs, TranslationContext context) {
    List<RelDataTypeField> fields = new ArrayList<>(rel.getLeft().getRowType().getFieldList());
    fields.addAll(rel.getRight().getRowType().getFieldList());
    String conditionText = ExpressionNames.withInputNames(rel.getCondition(), fields);
    JoinNode.JoinType type = switch (rel.getJoinType()) {
      case INNER -> JoinNode.JoinType.INNER;
      case LEFT -> JoinNode.JoinType.LEFT;
      case RIGHT -> JoinNode.JoinType.RIGHT;
      case FULL -> JoinNode.JoinType.FULL;
      default -> throw new SluiceException(ErrorCode.UNSUPPORTED, "The " + rel.getJoinType() + " join ON "
          + conditionText + " is not supported in streaming yet.");
    };
    JoinInfo info = rel.analyzeCondition();
    List<Integer> leftKeys = new ArrayList<>();
    List<Integer> rightKeys = new ArrayList<>();
    for (int i = 0; i < info.leftKeys.size(); i++) {
      RelDataType leftType = fields.get(info.leftKeys.get(i)).getType();
      RelDataType rightType = rel.getRight().getRowType().getFieldList().get(info.rightKeys.get(i)).getType();
      if (SqlTypeUtil.equalSansNullability(context.typeFactory(), leftType, rightType)) {
        leftKeys.add(info.leftKeys.get(i));
        rightKeys.add(info.rightKeys.get(i));
      }
    }
    if (leftKeys.isEmpty()) {
      throw new SluiceException(ErrorCode.UNSUPPORTED, "The " + type.name() + " JOIN ON " + conditionText
          + " cannot run over unbounded inputs: it has no equality between a column of each input (of the same "
          + "type) to partition both inputs by, so every row of both inputs would have to be kept and compared "
          + "with every new row. Add an equi-join condition such as a.id = b.id.");
    }
    RelDataType pairType = SqlValidatorUtil.deriveJoinRowType(rel.getLeft().getRowType(),
        rel.getRight().getRowType(), JoinRelType.INNER, context.typeFactory(), null, List.of());
    // A filter without projections: the generated class yields an empty row when the pair joins.
    RexProgram program = RexProgram.create(pairType, List.of(), rel.getCondition(),
        context.typeFactory().createStructType(List.of(), List.of()), new RexBuilder(context.typeFactory()));
    return new JoinNode(inputs.get(0), inputs.get(1), type, leftKeys, rightKeys,
        CalcCodeGenerator.generate(program, context.typeFactory()), conditionText, timeBounds(rel, inputs),
        TypeConversion.toRowType(rel.getRowType()));
  }

  /** The bounds of an interval join: both inputs insert-only and their rowtimes bounded; else null. */
  private static TimeBounds timeBounds(Join rel, List<PlanNode> inputs) {
    if (!inputs.get(0).changelogMode().isInsertOnly() || !inputs.get(1).changelogMode().isInsertOnly()) {
      return null;
    }
    return IntervalJoinBounds.of(rel.getCondition(), inputs.get(0), inputs.get(1)).orElse(null);
  }
}
