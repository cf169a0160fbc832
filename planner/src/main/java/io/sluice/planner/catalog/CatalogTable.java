package io.sluice.planner.catalog;

import io.sluice.common.types.Column;
import io.sluice.common.types.RowType;
import io.sluice.sql.statement.SqlFragment;
import java.util.List;
import java.util.Map;

/**
 * A table created with CREATE TABLE, resolved: every column's type is known, computed columns included.
 *
 * @param schema all columns in declared order (what queries see)
 * @param physicalSchema the columns the connector reads or writes, in declared order
 * @param computedColumns the expression of each computed column, by name
 * @param watermark the watermark strategy, or null
 * @param primaryKey the primary key's columns (empty if none)
 * @param options the WITH options, in written order
 */
public record CatalogTable(
    String name,
    RowType schema,
    RowType physicalSchema,
    Map<String, SqlFragment> computedColumns,
    Watermark watermark,
    List<String> primaryKey,
    Map<String, String> options,
    boolean temporary) implements CatalogObject {

  /** {@code WATERMARK FOR rowtimeColumn AS expression}, already checked against the schema. */
  public record Watermark(String rowtimeColumn, SqlFragment expression) {}

  public CatalogTable {
    computedColumns = Map.copyOf(computedColumns);
    primaryKey = List.copyOf(primaryKey);
    options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
  }

  @Override
  public String kind() {
    return "TABLE";
  }

  public boolean isComputed(Column column) {
    return computedColumns.containsKey(column.name());
  }
}
