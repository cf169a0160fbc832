package io.sluice.sql.statement;

import io.sluice.common.SqlPosition;

/** {@code STOP JOB 'id' [WITH SAVEPOINT] [WITH DRAIN]}. */
public record StopJobStatement(
    SqlPosition position, String text, String jobId, boolean withSavepoint, boolean withDrain)
    implements Statement {}
