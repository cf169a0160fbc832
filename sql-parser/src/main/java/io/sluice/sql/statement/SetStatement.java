package io.sluice.sql.statement;

import io.sluice.common.SqlPosition;

/** {@code SET 'key' = 'value'}, or {@code SET} alone (key and value null) to list the session's options. */
public record SetStatement(SqlPosition position, String text, String key, String value) implements Statement {
  public boolean listsAll() {
    return key == null;
  }
}
