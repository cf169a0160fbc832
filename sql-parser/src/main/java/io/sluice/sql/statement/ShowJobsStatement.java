package io.sluice.sql.statement;

import io.sluice.common.SqlPosition;

/** {@code SHOW JOBS}. */
public record ShowJobsStatement(SqlPosition position, String text) implements Statement {}
