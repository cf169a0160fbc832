package io.sluice.sql.statement;

import io.sluice.common.SqlPosition;

/**
 * A piece of SQL the statement layer does not parse itself (a query, a computed column's expression, a
 * watermark's expression) but hands on to Calcite, with the position of its first character in the script.
 */
public record SqlFragment(String sql, SqlPosition position) {
  @Override
  public String toString() {
    return sql;
  }
}
