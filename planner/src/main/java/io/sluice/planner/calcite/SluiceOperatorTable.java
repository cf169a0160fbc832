package io.sluice.planner.calcite;

import io.sluice.planner.calcite.window.WindowKind;
import io.sluice.planner.calcite.window.WindowTableFunction;
import io.sluice.planner.functions.BuiltInFunctions;
import io.sluice.planner.functions.CurrentWatermarkFunction;
import io.sluice.planner.functions.ProcTimeFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.apache.calcite.sql.SqlAggFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.util.SqlOperatorTables;
import org.apache.calcite.sql.validate.SqlNameMatcher;
import org.apache.calcite.util.Optionality;

/**
 * The functions queries may call: the {@link BuiltInFunctions}, with Flink's FIRST_VALUE and LAST_VALUE,
 * which are aggregates usable with GROUP BY as well as window functions (Calcite's require OVER), Flink's window
 * table functions TUMBLE, HOP, CUMULATE and SESSION ({@link WindowTableFunction}) in place of Calcite's, and
 * PROCTIME ({@link ProcTimeFunction}) and CURRENT_WATERMARK ({@link CurrentWatermarkFunction}).
 */
final class SluiceOperatorTable {
  private SluiceOperatorTable() {}

  static SqlOperatorTable create() {
    SqlOperatorTable libraries = BuiltInFunctions.operatorTable();
    List<SqlOperator> own = new ArrayList<>(List.of(new GroupableFirstLastValue(SqlKind.FIRST_VALUE),
        new GroupableFirstLastValue(SqlKind.LAST_VALUE)));
    for (WindowKind kind : WindowKind.values()) {
      own.add(new WindowTableFunction(kind));
    }
    own.addAll(ProcTimeFunction.all());
    own.addAll(CurrentWatermarkFunction.all());
    return SqlOperatorTables.chain(
        SqlOperatorTables.of(own),
        new Without(libraries, Set.of(SqlStdOperatorTable.FIRST_VALUE, SqlStdOperatorTable.LAST_VALUE,
            SqlStdOperatorTable.TUMBLE, SqlStdOperatorTable.HOP, SqlStdOperatorTable.SESSION)));
  }

  /** A table without some of its operators; lookups otherwise go to the table itself, with its own rules. */
  private record Without(SqlOperatorTable table, Set<SqlOperator> removed) implements SqlOperatorTable {
    @Override
    public void lookupOperatorOverloads(SqlIdentifier name, @Nullable SqlFunctionCategory category,
        SqlSyntax syntax, List<SqlOperator> operators, SqlNameMatcher nameMatcher) {
      List<SqlOperator> found = new ArrayList<>();
      table.lookupOperatorOverloads(name, category, syntax, found, nameMatcher);
      found.removeIf(removed::contains);
      operators.addAll(found);
    }

    @Override
    public List<SqlOperator> getOperatorList() {
      List<SqlOperator> all = new ArrayList<>(table.getOperatorList());
      all.removeIf(removed::contains);
      return all;
    }
  }

  /** FIRST_VALUE or LAST_VALUE as Calcite declares them, but without the need for OVER. */
  private static final class GroupableFirstLastValue extends SqlAggFunction {
    GroupableFirstLastValue(SqlKind kind) {
      super(kind.name(), null, kind, ReturnTypes.ARG0_NULLABLE_IF_EMPTY, null, OperandTypes.ANY,
          SqlFunctionCategory.NUMERIC, false, false, Optionality.FORBIDDEN);
    }

    @Override
    public boolean allowsNullTreatment() {
      return true;
    }
  }
}
