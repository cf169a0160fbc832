package io.sluice.sql.statement;

import io.sluice.common.SqlPosition;

/** {@code DESCRIBE name} or {@code DESC name}: the columns of a table or view. */
public record DescribeStatement(SqlPosition position, String text, String name) implements Statement {}
