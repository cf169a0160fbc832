package io.sluice.sql.statement;

import io.sluice.common.SqlPosition;

/** {@code CREATE [TEMPORARY] VIEW [IF NOT EXISTS] name AS query}. */
public record CreateViewStatement(
    SqlPosition position, String text, String name, SqlFragment query, boolean temporary, boolean ifNotExists)
    implements Statement {}
