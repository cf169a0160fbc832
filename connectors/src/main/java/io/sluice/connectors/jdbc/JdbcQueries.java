package io.sluice.connectors.jdbc;

import io.sluice.common.types.RowType;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The SQL the connector sends. A plain identifier (letters, digits, underscores) is written as it is, so the
 * database folds its case as it folds the names in its own DDL; any other is double-quoted, so no name can change
 * the statement.
 */
final class JdbcQueries {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private JdbcQueries() {}

  /** {@code SELECT a, b FROM t WHERE k = ?}, the columns in the schema's order. */
  static String lookup(String tableName, RowType schema, List<Integer> lookupColumns) {
    String columns = schema.names().stream().map(JdbcQueries::identifier).collect(Collectors.joining(", "));
    String where = lookupColumns.stream().map(i -> identifier(schema.column(i).name()) + " = ?")
        .collect(Collectors.joining(" AND "));
    return "SELECT " + columns + " FROM " + table(tableName) + (where.isEmpty() ? "" : " WHERE " + where);
  }

  /** A possibly qualified table name, {@code schema.table}, each part an identifier. */
  static String table(String tableName) {
    return Arrays.stream(tableName.split("\\.", -1)).map(JdbcQueries::identifier)
        .collect(Collectors.joining("."));
  }

  static String identifier(String name) {
    return PLAIN.matcher(name).matches() ? name : "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
