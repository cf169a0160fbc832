package io.sluice.sql.statement;

import io.sluice.common.SqlPosition;

/** {@code DROP [TEMPORARY] TABLE|VIEW [IF EXISTS] name}. */
public record DropStatement(SqlPosition position, String text, Kind kind, String name, boolean ifExists)
    implements Statement {
  public enum Kind { TABLE, VIEW }
}
