package io.sluice.sql.statement;

import io.sluice.common.SqlPosition;

/** {@code SHOW VIEWS}. */
public record ShowViewsStatement(SqlPosition position, String text) implements Statement {}
