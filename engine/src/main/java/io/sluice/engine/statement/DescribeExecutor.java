package io.sluice.engine.statement;

import io.sluice.common.types.Column;
import io.sluice.engine.EngineContext;
import io.sluice.engine.StatementResult;
import io.sluice.planner.catalog.CatalogObject;
import io.sluice.planner.catalog.CatalogTable;
import io.sluice.sql.statement.DescribeStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * DESCRIBE t: one row per column with Flink's columns name, type, null, key, extras, watermark. As in Flink, the type
 * of a time attribute is marked: {@code TIMESTAMP(3) *ROWTIME*} for the column a WATERMARK is declared for,
 * {@code TIMESTAMP_LTZ(3) *PROCTIME*} for a {@code PROCTIME()} column.
 */
final class DescribeExecutor implements StatementExecutor<DescribeStatement> {
  @Override
  public StatementResult execute(DescribeStatement statement, EngineContext context) {
    CatalogObject object = context.catalog().require(statement.name());
    CatalogTable table = object instanceof CatalogTable t ? t : null;
    List<List<String>> rows = new ArrayList<>();
    for (Column column : object.schema().columns()) {
      String type = column.type().withNullable(true) + timeAttribute(table, column);
      String key = table != null && table.primaryKey().contains(column.name())
          ? "PRI(" + String.join(", ", table.primaryKey()) + ")" : "";
      String extras = table != null && table.isComputed(column)
          ? "AS " + table.computedColumns().get(column.name()).sql() : "";
      String watermark = table != null && table.watermark() != null
          && table.watermark().rowtimeColumn().equals(column.name()) ? table.watermark().expression().sql() : "";
      rows.add(List.of(column.name(), type, Boolean.toString(column.type().nullable()).toUpperCase(), key, extras,
          watermark));
    }
    return new StatementResult.Table(List.of("name", "type", "null", "key", "extras", "watermark"), rows);
  }

  private static String timeAttribute(CatalogTable table, Column column) {
    if (table == null) {
      return "";
    }
    if (table.isRowtime(column)) {
      return " *ROWTIME*";
    }
    return table.isProctime(column) ? " *PROCTIME*" : "";
  }
}
