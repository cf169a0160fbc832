package io.sluice.planner.calcite.window;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperatorBinding;
import org.apache.calcite.sql.SqlWindowTableFunction;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlReturnTypeInference;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlValidator;

/**
 * TUMBLE, HOP, CUMULATE and SESSION as Flink has them: the table's columns followed by {@code window_start} and {@code
 * window_end} (TIMESTAMP(3) NOT NULL) and {@code window_time} (TIMESTAMP(3) or TIMESTAMP_LTZ(3) as the time column,
 * NOT NULL: the last instant of the window, which stays an event-time attribute). Calcite's own functions lack
 * CUMULATE and {@code window_time}.
 *
 * <p>SESSION also takes Flink's {@code SESSION(TABLE t PARTITION BY k, ...)}: Calcite parses the partitioned table as
 * a set-semantics table argument, which this operator rewrites, before validation, into Calcite's form {@code
 * SESSION(TABLE t, DESCRIPTOR(time), DESCRIPTOR(k), ...)}.
 */
public final class WindowTableFunction extends SqlWindowTableFunction {
  public static final String WINDOW_START = "window_start";
  public static final String WINDOW_END = "window_end";
  public static final String WINDOW_TIME = "window_time";

  private final WindowKind kind;

  public WindowTableFunction(WindowKind kind) {
    super(kind.name(), new WindowOperands(kind));
    this.kind = kind;
  }

  public WindowKind kind() {
    return kind;
  }

  @Override
  public SqlReturnTypeInference getRowTypeInference() {
    return WindowTableFunction::inferRowType;
  }

  private static RelDataType inferRowType(SqlOperatorBinding binding) {
    if (!(binding instanceof SqlCallBinding call)) {
      throw new IllegalStateException("Window table functions are typed during validation only");
    }
    SqlValidator validator = call.getValidator();
    RelDataType table = call.getOperandType(0);
    String timeColumn = ((SqlIdentifier) ((SqlCall) call.operand(1)).operand(0)).getSimple();
    RelDataTypeField time = validator.getCatalogReader().nameMatcher().field(table, timeColumn);
    RelDataTypeFactory factory = binding.getTypeFactory();
    RelDataType timestamp = factory.createSqlType(SqlTypeName.TIMESTAMP, 3);
    return factory.builder()
        .kind(table.getStructKind())
        .addAll(table.getFieldList())
        .add(WINDOW_START, timestamp)
        .add(WINDOW_END, timestamp)
        .add(WINDOW_TIME, factory.createSqlType(time.getType().getSqlTypeName(), 3))
        .build();
  }

  @Override
  public SqlNode rewriteCall(SqlValidator validator, SqlCall call) {
    if (kind != WindowKind.SESSION || call.operandCount() == 0
        || call.operand(0).getKind() != SqlKind.SET_SEMANTICS_TABLE) {
      return call;
    }
    SqlCall table = call.operand(0);
    SqlNodeList partition = table.operand(1);
    SqlNodeList order = table.operand(2);
    if (!order.isEmpty()) {
      throw ValidationErrors.at(order, "SESSION takes no ORDER BY in its table argument: " + kind.signature());
    }
    List<SqlNode> operands = new ArrayList<>();
    operands.add(table.operand(0));
    if (call.operandCount() > 1) {
      operands.add(call.operand(1));
    }
    if (!partition.isEmpty()) {
      operands.add(SqlStdOperatorTable.DESCRIPTOR.createCall(partition.getParserPosition(), partition.getList()));
    }
    operands.addAll(call.getOperandList().subList(Math.min(2, call.operandCount()), call.operandCount()));
    return createCall(call.getFunctionQuantifier(), call.getParserPosition(), operands);
  }
}
