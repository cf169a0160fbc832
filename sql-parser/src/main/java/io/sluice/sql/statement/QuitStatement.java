package io.sluice.sql.statement;

import io.sluice.common.SqlPosition;

/** {@code QUIT} or {@code EXIT}: leaves the shell. */
public record QuitStatement(SqlPosition position, String text) implements Statement {}
