package io.sluice.planner.codegen;

import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Gives both arguments of an integer {@code MOD} the same type before code generation, so that Calcite's
 * translator calls {@code SqlFunctions.mod(long, long)} (or the {@code int} one) instead of converting both to
 * {@code BigDecimal}, which it does whenever the types differ, as in {@code MOD(bigint_column, 10)}: a division
 * of {@code BigDecimal}s for every row. {@code MOD(a, b)} becomes {@code CAST(MOD(CAST(a AS w), CAST(b AS w)) AS
 * t)}, with {@code w} the wider of the two types and {@code t} the call's type (that of {@code b}); the value is
 * the same, since the remainder keeps the sign of {@code a} either way and is smaller than {@code b} in
 * magnitude, so it fits {@code t}.
 */
final class IntegerModRewriter extends RexShuttle {
  private static final List<SqlTypeName> BY_WIDTH =
      List.of(SqlTypeName.TINYINT, SqlTypeName.SMALLINT, SqlTypeName.INTEGER, SqlTypeName.BIGINT);

  private final RexBuilder rexBuilder;
  private boolean changed;

  private IntegerModRewriter(RexBuilder rexBuilder) {
    this.rexBuilder = rexBuilder;
  }

  /** The program with its integer {@code MOD}s rewritten, or the program itself when it has none to rewrite. */
  static RexProgram rewrite(RexProgram program, RexBuilder rexBuilder) {
    IntegerModRewriter rewriter = new IntegerModRewriter(rexBuilder);
    List<RexNode> projects = program.getProjectList().stream()
        .map(ref -> program.expandLocalRef(ref).accept(rewriter))
        .toList();
    RexNode condition = program.getCondition() == null
        ? null : program.expandLocalRef(program.getCondition()).accept(rewriter);
    return rewriter.changed
        ? RexProgram.create(program.getInputRowType(), projects, condition, program.getOutputRowType(), rexBuilder)
        : program;
  }

  @Override
  public RexNode visitCall(RexCall call) {
    RexCall visited = (RexCall) super.visitCall(call);
    if (visited.getKind() != SqlKind.MOD) {
      return visited;
    }
    RelDataType dividend = visited.getOperands().get(0).getType();
    RelDataType divisor = visited.getOperands().get(1).getType();
    if (!BY_WIDTH.contains(dividend.getSqlTypeName()) || !BY_WIDTH.contains(divisor.getSqlTypeName())
        || dividend.getSqlTypeName() == divisor.getSqlTypeName()) {
      return visited;
    }
    RelDataType wider = BY_WIDTH.indexOf(dividend.getSqlTypeName()) > BY_WIDTH.indexOf(divisor.getSqlTypeName())
        ? dividend : divisor;
    RexNode mod = rexBuilder.makeCall(visited.getOperator(),
        castTo(wider, visited.getOperands().get(0)), castTo(wider, visited.getOperands().get(1)));
    changed = true;
    return rexBuilder.makeCast(visited.getType(), mod, true, false);
  }

  private RexNode castTo(RelDataType type, RexNode operand) {
    RelDataType target = rexBuilder.getTypeFactory()
        .createTypeWithNullability(type, operand.getType().isNullable());
    return rexBuilder.makeCast(target, operand, true, false);
  }
}
