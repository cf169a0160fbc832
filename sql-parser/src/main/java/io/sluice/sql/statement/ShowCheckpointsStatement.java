package io.sluice.sql.statement;

import io.sluice.common.SqlPosition;

/** {@code SHOW CHECKPOINTS FOR JOB 'id'}. */
public record ShowCheckpointsStatement(SqlPosition position, String text, String jobId) implements Statement {}
