package io.sluice.sql.statement;

import io.sluice.common.SqlPosition;

/** {@code SHOW TABLES}: tables and views. */
public record ShowTablesStatement(SqlPosition position, String text) implements Statement {}
