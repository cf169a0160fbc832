package io.sluice.sql.statement;

import io.sluice.common.SqlPosition;

/** {@code CREATE SAVEPOINT FOR JOB 'id'}: a savepoint of a running job, which goes on running. */
public record CreateSavepointStatement(SqlPosition position, String text, String jobId) implements Statement {}
