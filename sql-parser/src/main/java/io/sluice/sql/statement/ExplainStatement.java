package io.sluice.sql.statement;

import io.sluice.common.SqlPosition;

/** {@code EXPLAIN [PLAN FOR] query-or-insert}. */
public record ExplainStatement(SqlPosition position, String text, Statement explained) implements Statement {}
