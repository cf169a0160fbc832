package io.sluice.planner.functions;

import java.util.List;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;

/**
 * {@code PROCTIME()}: the wall-clock time when a row is processed, as TIMESTAMP_LTZ(3) NOT NULL, as in Flink. Used
 * as a computed column ({@code pt AS PROCTIME()}) it makes a processing-time attribute. Unlike most functions it
 * is not deterministic, so the planner never folds it into a constant; every row reads the clock.
 */
public final class ProcTimeFunction extends SqlUserDefinedFunction {
  public static final String NAME = "PROCTIME";

  private ProcTimeFunction(String name) {
    super(new SqlIdentifier(name, SqlParserPos.ZERO), SqlKind.OTHER_FUNCTION,
        ReturnTypes.explicit(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE, 3), null,
        OperandTypes.operandMetadata(List.of(), factory -> List.of(), i -> "", i -> false),
        ScalarFunctionImpl.create(ProcTimeFunction.class, "now"));
  }

  /** The function under its upper- and lower-case names. */
  public static List<SqlOperator> all() {
    return List.of(new ProcTimeFunction(NAME), new ProcTimeFunction(NAME.toLowerCase()));
  }

  /** The implementation generated code calls: the current time in epoch milliseconds. */
  public static long now() {
    return System.currentTimeMillis();
  }

  @Override
  public boolean isDeterministic() {
    return false;
  }

  @Override
  public boolean isDynamicFunction() {
    return true;
  }
}
