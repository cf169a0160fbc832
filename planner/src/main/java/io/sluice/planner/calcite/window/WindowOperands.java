package io.sluice.planner.calcite.window;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperandCountRange;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.type.SqlOperandCountRanges;
import org.apache.calcite.sql.type.SqlOperandMetadata;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeUtil;
import org.apache.calcite.sql.validate.SqlNameMatcher;
import org.apache.calcite.sql.validate.SqlValidator;

/**
 * Checks the operands of a window table function: a table, {@code DESCRIPTOR(column)} naming one TIMESTAMP or
 * TIMESTAMP_LTZ column of it (milliseconds at most), for SESSION optionally {@code DESCRIPTOR(columns)} naming its
 * partition columns, then the kind's intervals. Errors name the function's signature and point at the operand.
 */
final class WindowOperands implements SqlOperandMetadata {
  private final WindowKind kind;

  WindowOperands(WindowKind kind) {
    this.kind = kind;
  }

  @Override
  public SqlOperandCountRange getOperandCountRange() {
    int keys = kind == WindowKind.SESSION ? 1 : 0;
    return SqlOperandCountRanges.between(2 + kind.requiredIntervals(), 2 + keys + kind.intervals().size());
  }

  @Override
  public boolean checkOperandTypes(SqlCallBinding binding, boolean throwOnFailure) {
    SqlValidator validator = binding.getValidator();
    RelDataType table = validator.getValidatedNodeType(binding.operand(0));
    if (table.getSqlTypeName() != SqlTypeName.ROW) {
      return fail(binding.operand(0), "The first argument of " + kind + " must be a table: " + kind.signature(),
          throwOnFailure);
    }
    SqlNode time = binding.operand(1);
    List<RelDataTypeField> timeColumns = descriptorColumns(binding, time, table);
    if (timeColumns.size() != 1) {
      return fail(time, "The second argument of " + kind + " must be DESCRIPTOR(time_column) naming one column: "
          + kind.signature(), throwOnFailure);
    }
    RelDataType timeType = timeColumns.get(0).getType();
    if (!SqlTypeUtil.isTimestamp(timeType)) {
      return fail(time, "The time column '" + timeColumns.get(0).getName() + "' of " + kind + " must be of type "
          + "TIMESTAMP or TIMESTAMP_LTZ, but is " + timeType.getFullTypeString() + ".", throwOnFailure);
    }
    int first = 2;
    if (kind == WindowKind.SESSION && binding.getOperandCount() > 2
        && binding.operand(2).getKind() == SqlKind.DESCRIPTOR) {
      descriptorColumns(binding, binding.operand(2), table);
      first = 3;
    }
    int intervals = binding.getOperandCount() - first;
    if (intervals < kind.requiredIntervals() || intervals > kind.intervals().size()) {
      return fail(binding.getCall(), kind + " takes " + kind.signature(), throwOnFailure);
    }
    for (int i = first; i < binding.getOperandCount(); i++) {
      RelDataType type = validator.getValidatedNodeType(binding.operand(i));
      if (!SqlTypeName.DAY_INTERVAL_TYPES.contains(type.getSqlTypeName())) {
        return fail(binding.operand(i), "The " + kind.intervals().get(i - first).toLowerCase() + " of " + kind
            + " must be a day-time INTERVAL such as INTERVAL '10' SECOND: " + kind.signature(), throwOnFailure);
      }
    }
    return true;
  }

  /** The columns a DESCRIPTOR names; throws if one is not a column of the table. */
  private static List<RelDataTypeField> descriptorColumns(SqlCallBinding binding, SqlNode node, RelDataType table) {
    if (node.getKind() != SqlKind.DESCRIPTOR) {
      return List.of();
    }
    SqlNameMatcher matcher = binding.getValidator().getCatalogReader().nameMatcher();
    List<RelDataTypeField> columns = new ArrayList<>();
    for (SqlNode operand : ((SqlCall) node).getOperandList()) {
      String name = ((SqlIdentifier) operand).getSimple();
      RelDataTypeField field = matcher.field(table, name);
      if (field == null) {
        throw ValidationErrors.at(operand, "Column '" + name + "' not found in the table; columns: "
            + String.join(", ", table.getFieldNames()) + ".");
      }
      columns.add(field);
    }
    return columns;
  }

  private static boolean fail(SqlNode node, String message, boolean throwOnFailure) {
    if (throwOnFailure) {
      throw ValidationErrors.at(node, message);
    }
    return false;
  }

  @Override
  public String getAllowedSignatures(SqlOperator op, String opName) {
    return kind.signature();
  }

  @Override
  public List<RelDataType> paramTypes(RelDataTypeFactory typeFactory) {
    return Collections.nCopies(paramNames().size(), typeFactory.createSqlType(SqlTypeName.ANY));
  }

  @Override
  public List<String> paramNames() {
    List<String> names = new ArrayList<>(List.of("DATA", "TIMECOL"));
    if (kind == WindowKind.SESSION) {
      names.add("KEY");
    }
    names.addAll(kind.intervals());
    return names;
  }

  @Override
  public boolean isOptional(int i) {
    return i >= getOperandCountRange().getMin();
  }
}
