package io.sluice.sql.statement;

import io.sluice.common.SqlPosition;

/** {@code HELP}: lists the statements the shell accepts. */
public record HelpStatement(SqlPosition position, String text) implements Statement {}
