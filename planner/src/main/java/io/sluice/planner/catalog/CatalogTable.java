package io.sluice.planner.catalog;

import io.sluice.common.types.Column;
import io.sluice.common.types.RowType;
import io.sluice.sql.statement.SqlFragment;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A table created with CREATE TABLE, resolved: every column's type is known, computed columns included. Its time
 * attributes are the WATERMARK's rowtime column ({@link #isRowtime}) and {@code PROCTIME()} columns
 * ({@link #isProctime}).
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

  private static final Pattern PROCTIME_CALL = Pattern.compile("\\s*(?i:proctime)\\s*\\(\\s*\\)\\s*");

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

  /** True for the column the WATERMARK is declared for: an event-time attribute. */
  public boolean isRowtime(Column column) {
    return watermark != null && watermark.rowtimeColumn().equals(column.name());
  }

  /** True for a column computed as {@code PROCTIME()}: a processing-time attribute. */
  public boolean isProctime(Column column) {
    SqlFragment expression = computedColumns.get(column.name());
    return expression != null && PROCTIME_CALL.matcher(expression.sql()).matches();
  }
}
