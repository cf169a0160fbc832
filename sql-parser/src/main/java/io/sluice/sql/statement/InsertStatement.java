package io.sluice.sql.statement;

import io.sluice.common.SqlPosition;

/** {@code INSERT INTO table query}: runs as a job in the background. */
public record InsertStatement(SqlPosition position, String text, String table, SqlFragment query)
    implements Statement {}
