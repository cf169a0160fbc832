package io.sluice.sql.statement;

import io.sluice.common.SqlPosition;

/** {@code DESCRIBE JOB 'id'} (or {@code DESC JOB 'id'}). */
public record DescribeJobStatement(SqlPosition position, String text, String jobId) implements Statement {}
