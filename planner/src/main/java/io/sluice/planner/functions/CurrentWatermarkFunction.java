package io.sluice.planner.functions;

import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.CallImplementor;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ImplementableFunction;
import org.apache.calcite.schema.ScalarFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;

/**
 * {@code CURRENT_WATERMARK(rowtime)}: the current watermark of the operator that evaluates the call, as Flink
 * defines it: of the argument's type ({@code TIMESTAMP(3)} or {@code TIMESTAMP_LTZ(3)}), NULL until the operator
 * has received its first watermark. The argument only gives the type; Flink requires it to be a rowtime attribute,
 * Sluice accepts any timestamp. Typical use drops late rows: {@code WHERE CURRENT_WATERMARK(ts) IS NULL OR ts >
 * CURRENT_WATERMARK(ts)}.
 *
 * <p>The generated code reads the watermark from its {@link DataContext} under {@link #CONTEXT_KEY}, which the Calc
 * operator advances with each watermark it receives (see {@code RuntimeDataContext}). Like {@code PROCTIME()}, the
 * call is not deterministic, so the planner never folds it into a constant.
 */
public final class CurrentWatermarkFunction extends SqlUserDefinedFunction {
  public static final String NAME = "CURRENT_WATERMARK";
  /** The {@link DataContext} variable holding the watermark as epoch milliseconds ({@code Long}), or null. */
  public static final String CONTEXT_KEY = "sluice.currentWatermark";

  private CurrentWatermarkFunction(String name) {
    super(new SqlIdentifier(name, SqlParserPos.ZERO), SqlKind.OTHER_FUNCTION, ReturnTypes.ARG0_FORCE_NULLABLE,
        null, OperandTypes.operandMetadata(List.of(SqlTypeFamily.TIMESTAMP),
            factory -> List.of(factory.createSqlType(SqlTypeName.TIMESTAMP, 3)), i -> "rowtime", i -> false),
        new Implementation());
  }

  /** The function under its upper- and lower-case names. */
  public static List<SqlOperator> all() {
    return List.of(new CurrentWatermarkFunction(NAME), new CurrentWatermarkFunction(NAME.toLowerCase()));
  }

  /** What generated code calls: the watermark the context holds, null before the first. */
  public static Long read(DataContext root) {
    return (Long) root.get(CONTEXT_KEY);
  }

  @Override
  public boolean isDeterministic() {
    return false;
  }

  @Override
  public boolean isDynamicFunction() {
    return true;
  }

  /** Calls {@link #read} with the generated code's data context; the argument is not evaluated. */
  private static final class Implementation implements ScalarFunction, ImplementableFunction {
    @Override
    public CallImplementor getImplementor() {
      return (translator, call, nullAs) -> Expressions.call(CurrentWatermarkFunction.class, "read",
          translator.getRoot());
    }

    @Override
    public RelDataType getReturnType(RelDataTypeFactory typeFactory) {
      return typeFactory.createTypeWithNullability(typeFactory.createSqlType(SqlTypeName.TIMESTAMP, 3), true);
    }

    @Override
    public List<FunctionParameter> getParameters() {
      return List.of();
    }
  }
}
